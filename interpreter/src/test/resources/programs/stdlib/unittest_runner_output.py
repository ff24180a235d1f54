# The text runner's output at verbosity 0, 1 and 2: status letters and words, the error
# and failure blocks with their tracebacks, the summary line with its counts.
import io
import re
import sys
import time
import unittest

time.perf_counter = lambda: 0.0   # a fixed clock: "Ran N tests in 0.000s"


class Mixed(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        """Checks arithmetic.

        More text that is not shown."""
        self.assertEqual(2 * 3, 7)

    def test_error(self):
        values = {}
        return values['missing']

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_surprise(self):
        pass

    def test_subtests(self):
        for n in range(4):
            with self.subTest(n=n):
                self.assertNotEqual(n % 2, 1, "odd")
        with self.subTest("named"):
            raise ValueError("inside a sub-test")


class AllGood(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        self.assertIn(3, [1, 2, 3])


def run(case, verbosity, descriptions=True):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(case)
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity,
                                     descriptions=descriptions)
    result = runner.run(suite)
    print("--- verbosity=%d descriptions=%s" % (verbosity, descriptions))
    print(stream.getvalue(), end='')
    print("result:", result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses),
          result.wasSuccessful())


for v in (0, 1, 2):
    run(Mixed, v)
run(Mixed, 2, descriptions=False)
run(AllGood, 1)
run(AllGood, 2)
print(repr(unittest.TestResult())[:30])
