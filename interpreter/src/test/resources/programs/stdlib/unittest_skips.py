# Skipping: skip (with and without a reason), skipIf and skipUnless, skipTest and SkipTest
# raised from setUp and from setUpClass, and debug() of a skipped test.
import io
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


class Skips(unittest.TestCase):
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

    def test_skip_test(self):
        self.skipTest('decided inside')
        print('not reached')


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        raise unittest.SkipTest('not ready')

    def test_one(self):
        pass


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('class not ready')

    def test_two(self):
        pass


def report(case):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(case)
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    print(stream.getvalue(), end='')
    return result


report(Skips)
report(SkipInSetUp)
r = report(SkipInSetUpClass)
print([(str(t), why) for t, why in r.skipped])
print(Skips.test_bare_skip.__unittest_skip__, repr(Skips.test_bare_skip.__unittest_skip_why__))
try:
    Skips('test_skip_if').debug()
except unittest.SkipTest as e:
    print('debug skip:', e)
