# Warnings during a run: without warnings= the filters stay as they are; 'always' shows
# every warning but the deprecated assert aliases once per module; 'ignore' hides them.
import io
import sys
import time
import unittest
import warnings

time.perf_counter = lambda: 0.0


def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)
    return 1


class Warns(unittest.TestCase):
    def test_deprecated_call(self):
        for _ in range(3):
            self.assertEqual(old_api(), 1)

    def test_user_warning(self):
        warnings.warn('something odd')

    def test_aliases(self):
        self.assertEquals(1, 1)
        self.assertEquals(2, 2)
        self.failUnless(True)
        self.assertNotEquals(1, 2)


def run(**options):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(Warns)
    print('--- run', options, flush=True)
    result = unittest.TextTestRunner(stream=stream, **options).run(suite)
    sys.stderr.flush()
    print(stream.getvalue(), end='')


run()
run(warnings='ignore')
run(warnings='always')
print(warnings.filters == warnings.filters[:], len(sys.warnoptions))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    Warns('test_aliases').run(unittest.TestResult())
print([str(w.message) for w in caught])
