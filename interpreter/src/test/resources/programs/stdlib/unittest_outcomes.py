# Less common outcomes: skipIf/skipUnless, SkipTest from setUp and setUpClass, expected
# failures with sub-tests, failfast inside sub-tests, errors in both the test and tearDown,
# run() without a result, debug(), and results without the newer add* methods.
import io
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


class Outcomes(unittest.TestCase):
    @unittest.skipIf(sys.version_info >= (3,), 'python 3')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(hasattr(sys, 'no_such_thing'), 'missing attribute')
    def test_skip_unless(self):
        pass

    @unittest.skipIf(False, 'never')
    def test_not_skipped(self):
        pass

    @unittest.skip
    def test_bare_skip(self):
        pass

    @unittest.expectedFailure
    def test_expected_in_subtest(self):
        with self.subTest(i=1):
            self.assertEqual(1, 2)
        print('not reached')

    def test_test_and_teardown(self):
        self.addCleanup(print, 'cleanup ran')
        raise KeyError('in test')

    def tearDown(self):
        if self._testMethodName == 'test_test_and_teardown':
            raise OSError('in tearDown')

    def test_nested_subtests(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                self.fail('deep')
            with self.subTest():
                self.fail('no params')


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.skipTest('not ready')

    def test_one(self):
        pass


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('class not ready')

    def test_two(self):
        pass


def report(case, **options):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(case)
    result = unittest.TextTestRunner(stream=stream, verbosity=2, **options).run(suite)
    print(stream.getvalue(), end='')
    return result


report(Outcomes)
report(SkipInSetUp)
r = report(SkipInSetUpClass)
print([(str(t), why) for t, why in r.skipped])


class SubFailFast(unittest.TestCase):
    def test_many(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertLess(i, 1)


report(SubFailFast, failfast=True)

# run() without a result makes its own
result = Outcomes('test_not_skipped').run()
print(type(result).__name__, result.testsRun, result.wasSuccessful())


class Debugged(unittest.TestCase):
    def test_boom(self):
        raise ZeroDivisionError('debug lets this through')


try:
    Debugged('test_boom').debug()
except ZeroDivisionError as e:
    print('debug:', e)
try:
    Outcomes('test_skip_if').debug()
except unittest.SkipTest as e:
    print('debug skip:', e)
try:
    unittest.TestSuite([Debugged('test_boom')]).debug()
except ZeroDivisionError as e:
    print('suite debug:', e)


class Minimal:
    """A result with only the oldest methods."""
    shouldStop = False
    failfast = False

    def startTest(self, test):
        print('startTest', test.id())

    def stopTest(self, test):
        print('stopTest')

    def addSuccess(self, test):
        print('addSuccess')

    def addError(self, test, err):
        print('addError', err[0].__name__)

    def addFailure(self, test, err):
        print('addFailure', err[0].__name__)


import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    Outcomes('test_skip_if').run(Minimal())
    Outcomes('test_expected_in_subtest').run(Minimal())
print([str(w.message) for w in caught])
