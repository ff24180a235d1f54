import unittest


def load_tests(loader, tests, pattern):
    # only the second test of the package's module, whatever the pattern
    from . import test_delta
    return unittest.TestSuite([test_delta.DeltaTest('test_second')])
