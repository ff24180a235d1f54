# Sub-tests: nested parameters, a sub-test without parameters, failfast stopping inside the
# loop, an expected failure inside a sub-test, and a test whose body and tearDown both fail.
import io
import time
import unittest

time.perf_counter = lambda: 0.0


class Subs(unittest.TestCase):
    @unittest.expectedFailure
    def test_expected_in_subtest(self):
        with self.subTest(i=1):
            self.assertEqual(1, 2)
        print('not reached')

    def test_nested_subtests(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                self.fail('deep')
            with self.subTest():
                self.fail('no params')
            with self.subTest(a=3):
                raise KeyError('shadowed a')

    def test_test_and_teardown(self):
        self.addCleanup(print, 'cleanup ran')
        raise KeyError('in test')

    def tearDown(self):
        if self._testMethodName == 'test_test_and_teardown':
            raise OSError('in tearDown')


class SubFailFast(unittest.TestCase):
    def test_many(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertLess(i, 1)


def report(case, **options):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(case)
    result = unittest.TextTestRunner(stream=stream, verbosity=2, **options).run(suite)
    print(stream.getvalue(), end='')
    return result


r = report(Subs)
print([t.id() for t, _ in r.failures + r.errors])
report(SubFailFast, failfast=True)
