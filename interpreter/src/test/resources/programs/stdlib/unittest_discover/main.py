# TestLoader.discover on a real directory tree: which files and packages are found (the
# pattern, packages only with __init__.py, load_tests, SkipTest and broken modules), in
# which order, and running what was found.
import io
import os
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


def ids(suite):
    found = []
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            found.extend(ids(item))
        else:
            found.append(item.id())
    return found


loader = unittest.TestLoader()
suite = loader.discover('proj', top_level_dir='.')
print(suite.countTestCases())
for test_id in ids(suite):
    print(' ', test_id)
print('errors:', len(loader.errors), [e.splitlines()[0] for e in loader.errors])

other = unittest.TestLoader().discover('proj', pattern='check_*.py', top_level_dir='.')
print('check_* :', ids(other))

stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for line in stream.getvalue().splitlines():
    if line.startswith(('test_', 'ERROR', 'FAIL', 'Ran', 'OK', 'FAILED', 'broken', 'skip')):
        print(line)
print(result.testsRun, len(result.errors), len(result.failures), len(result.skipped))

try:
    unittest.TestLoader().discover('proj/nopkg', top_level_dir='.')
except ImportError as e:
    print('ImportError:', str(e).replace(os.getcwd(), '<cwd>'))
