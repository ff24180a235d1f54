# The runner's tb_locals option (local variables under each frame of a traceback, as with
# --locals) and its buffer option (output of a failing test shown with its report, output of
# a passing test dropped).
import io
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


def helper(n):
    total = n * 2
    raise ValueError(total)


class Locals(unittest.TestCase):
    def test_error(self):
        items = [1, 2]
        helper(len(items))

    def test_failure(self):
        word = 'abc'
        self.assertEqual(word, 'abd')

    def test_chain(self):
        try:
            {}['k']
        except KeyError:
            later = 5
            raise RuntimeError('r')


class Buffered(unittest.TestCase):
    def test_quiet_pass(self):
        print('this is swallowed')

    def test_noisy_fail(self):
        print('to stdout before failing')
        print('to stderr', file=sys.stderr)
        self.fail('failing')

    def test_noisy_error(self):
        sys.stdout.write('no newline at the end')
        raise TypeError('error')


def run(case, **options):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(case)
    result = unittest.TextTestRunner(stream=stream, verbosity=2, **options).run(suite)
    print(stream.getvalue(), end='')
    return result


run(Locals, tb_locals=True)
print('--- buffered')
real_out = sys.stdout
result = run(Buffered, buffer=True)
print(sys.stdout is real_out)
print('--- buffered, failfast')
run(Buffered, buffer=True, failfast=True)
