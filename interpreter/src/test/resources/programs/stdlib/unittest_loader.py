# TestLoader and TestSuite: which methods are tests, their order, names, ids and
# descriptions, loading by name, and FunctionTestCase.
import functools
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_b(self):
        """First line of the doc.
        second line"""

    def test_a(self):
        pass

    def check_c(self):
        pass

    test_not_callable = 3

    def helper(self):
        pass


class Beta(unittest.TestCase):
    def runTest(self):
        pass


def make_suite():
    return unittest.TestSuite([Alpha('test_a')])


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
loader.sortTestMethodsUsing = lambda x, y: (x < y) - (x > y)
print(loader.getTestCaseNames(Alpha))
loader.sortTestMethodsUsing = None
loader.testMethodPrefix = 'check'
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*_b']
print(loader.getTestCaseNames(Alpha))

suite = unittest.defaultTestLoader.loadTestsFromTestCase(Alpha)
print(suite.countTestCases(), [t.id() for t in suite])
print(repr(suite))
print([str(t) for t in unittest.defaultTestLoader.loadTestsFromTestCase(Beta)])
t = Alpha('test_b')
print(t.shortDescription(), Alpha('test_a').shortDescription())
print(t == Alpha('test_b'), t == Alpha('test_a'), hash(t) == hash(Alpha('test_b')))
print(repr(t), t.countTestCases())
try:
    Alpha('test_missing')
except ValueError as e:
    print('ValueError:', e)

module = sys.modules[__name__]
by_module = unittest.defaultTestLoader.loadTestsFromModule(module)
print(by_module.countTestCases(), [type(s).__name__ for s in by_module])
for name in ('Alpha', 'Alpha.test_a', 'make_suite'):
    s = unittest.defaultTestLoader.loadTestsFromName(name, module)
    print(name, [t.id() for t in s])
names = unittest.defaultTestLoader.loadTestsFromNames(['Alpha.test_b', 'Beta'], module)
print(names.countTestCases())
failed = unittest.defaultTestLoader.loadTestsFromName('Nothing', module)
print([str(t) for t in failed])
result = unittest.TestResult()
failed.run(result)
print(result.errors[0][1].splitlines()[-1])
try:
    unittest.defaultTestLoader.loadTestsFromName('loader', module)
except TypeError as e:
    print('TypeError:', str(e)[:40])

top = unittest.TestSuite()
top.addTest(Alpha('test_a'))
top.addTests([Beta(), unittest.TestSuite([Alpha('test_b')])])
print(top.countTestCases(), top == unittest.TestSuite(list(top)))
for bad in (5, Alpha, 'text'):
    try:
        top.addTest(bad) if bad != 'text' else top.addTests(bad)
    except TypeError as e:
        print('TypeError:', e)
r = unittest.TestResult()
top.run(r)
print(r.testsRun, top.countTestCases(), list(top))

calls = []


def check_something():
    """Checks something."""
    calls.append('test')


ftc = unittest.FunctionTestCase(check_something, setUp=lambda: calls.append('setUp'),
                                tearDown=lambda: calls.append('tearDown'))
print(str(ftc), ftc.id(), ftc.shortDescription())
r = unittest.TestResult()
ftc.run(r)
print(calls, r.wasSuccessful(), r.testsRun)
print(unittest.FunctionTestCase(len, description='about len').shortDescription())
