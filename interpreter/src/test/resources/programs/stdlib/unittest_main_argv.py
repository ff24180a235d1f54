# unittest.main(): command-line options (-v, -q, -f, -k, -b), test names, exit=False, and
# the exit status. The runner writes to stderr; a fixed clock keeps the timing stable.
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


class Numbers(unittest.TestCase):
    def test_alpha_one(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_alpha_two(self):
        print('printed by alpha two')
        self.assertEqual(len('ab'), 3)

    def test_beta(self):
        print('printed by beta')

    def test_gamma(self):
        raise OSError('gamma')


class Words(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('a'.upper(), 'A')


def main(*args, **kwargs):
    print('>>> main', args, kwargs, flush=True)
    program = unittest.main(argv=['prog'] + list(args), exit=False, **kwargs)
    r = program.result
    print('<<<', r.testsRun, len(r.failures), len(r.errors), r.wasSuccessful(),
          program.verbosity, program.failfast, program.testNamePatterns, flush=True)
    sys.stderr.flush()


main('-v', '-k', 'alpha')
main('-q', 'Words')
main('-k', 'beta', '-k', 'upper*', '-v')
main('-f', 'Numbers')
main('-b', 'Numbers.test_alpha_two', 'Numbers.test_beta')
main('Words.test_upper', verbosity=2)
main('-v', defaultTest='Words')
main('-v', 'Numbers.test_beta', failfast=True)
for argv in (['prog', 'Words'], ['prog', '-h'], ['prog', '--bogus']):
    try:
        unittest.main(argv=argv)
    except SystemExit as e:
        print('SystemExit', e.code, flush=True)
unittest.main(argv=['prog', '-q', 'Numbers.test_gamma'])
