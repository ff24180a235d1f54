# The tracebacks in the runner's report: unittest's own frames are hidden, chained
# exceptions are shown, and helper frames of the test's module are kept.
import io
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


def helper(value):
    return check(value)


def check(value):
    if value < 0:
        raise ValueError('negative: %d' % value)
    return value


class Problems(unittest.TestCase):
    def test_helper_error(self):
        helper(-1)

    def test_helper_failure(self):
        self.assertEqual(helper(2), 3, 'from a helper')

    def test_chained(self):
        try:
            {}['key']
        except KeyError as e:
            raise RuntimeError('while looking up') from e

    def test_context(self):
        try:
            1 / 0
        except ZeroDivisionError:
            self.assertIsNone(0)

    def test_in_subtest(self):
        for word in ['ok', 'bad']:
            with self.subTest(word=word):
                self.assertEqual(word, 'ok')

    def test_raises_other(self):
        with self.assertRaises(KeyError):
            int('nope')

    def test_regex_failure(self):
        with self.assertRaisesRegex(ValueError, 'digits'):
            int('nope')


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Problems)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
sys.stderr.write(stream.getvalue())
print(len(result.failures), len(result.errors))
for test, text in result.failures + result.errors:
    print(test.id(), text.count('File '))
