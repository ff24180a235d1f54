import unittest


class DeltaTest(unittest.TestCase):
    def test_first(self):
        pass

    def test_second(self):
        pass
