# The order of set-ups, tear-downs and cleanups at test, class and module level, and how
# failures in them are reported.
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

    def tearDown(self):
        events.append('tearDown')

    def test_one(self):
        events.append('test_one')

    def test_two(self):
        events.append('test_two')
        self.fail('two fails')


class Resource:
    def __enter__(self):
        events.append('enter resource')
        return 'R'

    def __exit__(self, *exc):
        events.append('exit resource')


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(events.append, 'cleanup after failed setUp')
        self.value = self.enterContext(Resource())
        raise RuntimeError('setUp broke')

    def tearDown(self):
        events.append('never: tearDown')

    def test_x(self):
        events.append('never: test_x')


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError('no class today')

    def test_y(self):
        events.append('never: test_y')


class FailingCleanup(unittest.TestCase):
    def test_z(self):
        def bad():
            raise KeyError('cleanup')
        self.addCleanup(bad)
        self.addCleanup(events.append, 'runs before the bad one')


class BadTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError('tearDownClass broke')

    def test_w(self):
        pass


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('never: skipped setUpClass')

    def test_v(self):
        pass


stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromModule(sys.modules[__name__])
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
sys.stdout.write(stream.getvalue())
for e in events:
    print(e)
print([str(t) for t, _ in result.errors])
print(result.skipped[0][0].id(), result.skipped[0][1])

try:
    enter = unittest.TestCase('run').enterContext(42)
except TypeError as e:
    print(e)
