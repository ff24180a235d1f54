# How failures of fixtures are reported: a failing setUp (its cleanups still run), a failing
# setUpClass or tearDownClass (an error named after the fixture), a failing cleanup, and a
# skipped class whose setUpClass never runs.
import io
import sys
import time
import unittest

time.perf_counter = lambda: 0.0
events = []


class Resource:
    def __enter__(self):
        events.append('enter resource')

    def __exit__(self, *exc):
        events.append('exit resource')


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(events.append, 'cleanup after failed setUp')
        self.enterContext(Resource())
        raise RuntimeError('setUp broke')

    def tearDown(self):
        events.append('never: tearDown')

    def test_x(self):
        events.append('never: test_x')


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(events.append, 'class cleanup after failed setUpClass')
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
