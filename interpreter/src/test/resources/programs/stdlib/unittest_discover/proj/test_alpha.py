import time
import unittest

time.perf_counter = lambda: 0.0   # the clock of `-m unittest` runs too


class AlphaTest(unittest.TestCase):
    def test_one(self):
        self.assertEqual('alpha'.title(), 'Alpha')

    def test_two(self):
        self.assertEqual(len('alpha'), 6)
