# Running without a runner: run() with no result (a fresh TestResult with
# startTestRun/stopTestRun), debug() letting exceptions through, and results that lack the
# newer add* methods (skips and expected failures then count as successes, with a warning).
import unittest
import warnings


class Cases(unittest.TestCase):
    def test_ok(self):
        pass

    def test_boom(self):
        raise ZeroDivisionError('debug lets this through')

    @unittest.skip('skipped')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.fail('as expected')


class Recording(unittest.TestResult):
    def startTestRun(self):
        print('startTestRun')

    def stopTestRun(self):
        print('stopTestRun')


result = Cases('test_ok').run()
print(type(result).__name__, result.testsRun, result.wasSuccessful())
Cases.defaultTestResult = lambda self: Recording()
result = Cases('test_boom').run()
print(type(result).__name__, len(result.errors))
try:
    Cases('test_boom').debug()
except ZeroDivisionError as e:
    print('debug:', e)
try:
    unittest.TestSuite([Cases('test_ok'), Cases('test_boom')]).debug()
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


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for name in ('test_skipped', 'test_expected', 'test_boom'):
        Cases(name).run(Minimal())
print([str(w.message) for w in caught])
