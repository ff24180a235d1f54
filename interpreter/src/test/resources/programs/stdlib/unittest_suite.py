# TestSuite (adding tests, counting, equality, the tests dropped after running) and
# FunctionTestCase (a plain function with optional set-up and tear-down).
import unittest


class Alpha(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class Beta(unittest.TestCase):
    def runTest(self):
        pass


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
