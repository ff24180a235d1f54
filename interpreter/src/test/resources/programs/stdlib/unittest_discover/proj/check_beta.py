import unittest


class BetaCheck(unittest.TestCase):
    def test_beta(self):
        pass
