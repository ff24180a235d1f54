# TestLoader: which methods are tests, their order, names, ids and descriptions, loading
# from classes, modules and dotted names, and what a name that cannot be loaded gives.
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
