# unittest.main with a runner class (given the options as keywords), an old runner class
# taking none, a runner instance, a custom result class, defaultTest as a list, a custom
# loader, and the exit status of a name that cannot be loaded.
import unittest, sys, io, time
time.perf_counter = lambda: 0.0
class A(unittest.TestCase):
    def test_1(self): print('A1')
class B(unittest.TestCase):
    def test_2(self): self.fail('B2')
class MyResult(unittest.TextTestResult):
    def addSuccess(self, test):
        super().addSuccess(test)
        self.stream.write('[ok %s]' % test.id())
class MyRunner(unittest.TextTestRunner):
    resultclass = MyResult
    def __init__(self, **kw):
        print('runner kwargs', sorted(kw))
        kw['stream'] = sys.stdout
        super().__init__(**kw)
p = unittest.main(argv=['x'], defaultTest=['A', 'B'], testRunner=MyRunner, exit=False, buffer=True)
print(p.result.wasSuccessful(), p.testNames)
class Old:
    def __init__(self):
        print('old runner, no kwargs')
    def run(self, test):
        r = unittest.TestResult(); test(r); return r
p = unittest.main(argv=['x', 'A'], testRunner=Old, exit=False)
print(p.result.testsRun)
inst = unittest.TextTestRunner(stream=sys.stdout, verbosity=0)
p = unittest.main(argv=['x', 'B.test_2'], testRunner=inst, exit=False)
l = unittest.TestLoader(); l.testMethodPrefix = 'nothing'
p = unittest.main(argv=['x'], testLoader=l, exit=False, testRunner=unittest.TextTestRunner(stream=sys.stdout))
print(p.result.testsRun)
try:
    p = unittest.main(argv=['x', 'Nope'], exit=True, testRunner=unittest.TextTestRunner(stream=sys.stdout))
except SystemExit as e:
    print('exit', e.code)
