# The order of set-ups, tear-downs, cleanups and entered contexts at test, class and module
# level, as a run goes through two classes of one module.
import io
import sys
import time
import unittest

time.perf_counter = lambda: 0.0
events = []


class Named:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        events.append('enter ' + self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        events.append('exit ' + self.name)


def setUpModule():
    events.append('setUpModule')
    unittest.addModuleCleanup(events.append, 'module cleanup')
    events.append('got ' + unittest.enterModuleContext(Named('module context')))


def tearDownModule():
    events.append('tearDownModule')


class Ordered(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('setUpClass')
        cls.addClassCleanup(events.append, 'class cleanup')
        events.append('got ' + cls.enterClassContext(Named('class context')))

    @classmethod
    def tearDownClass(cls):
        events.append('tearDownClass')

    def setUp(self):
        events.append('setUp ' + self._testMethodName)
        self.addCleanup(events.append, 'cleanup 1')
        self.addCleanup(events.append, 'cleanup 2')
        events.append('got ' + self.enterContext(Named('test context')))

    def tearDown(self):
        events.append('tearDown')

    def test_one(self):
        events.append('test_one')

    def test_two(self):
        events.append('test_two')
        self.fail('two fails')


class Second(unittest.TestCase):
    def test_three(self):
        events.append('test_three')


stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromModule(sys.modules[__name__])
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
sys.stdout.write(stream.getvalue())
for e in events:
    print(e)
try:
    unittest.TestCase('run').enterContext(42)
except TypeError as e:
    print(e)
