# argparse: positionals, optionals, nargs, types, choices, defaults, actions, Namespace
import argparse
import sys

sys.stderr = sys.stdout   # errors and usage go to the same stream, in order

def attempt(parser, args):
    try:
        print(args, '->', parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)

p = argparse.ArgumentParser(prog='tool', description='Process some files.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination (default %(default)s)')
p.add_argument('-n', '--count', type=int, default=1, help='how many times')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('-q', action='store_true', help='quiet')
p.add_argument('--no-cache', dest='cache', action='store_false')
p.add_argument('-I', action='append', dest='includes', metavar='DIR')
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--tags', nargs='*')
p.add_argument('--ratio', type=float)

attempt(p, ['a.txt'])
attempt(p, ['a.txt', 'b.txt', '-n', '3', '-vvv', '--mode=slow'])
attempt(p, ['-q', '--no-cache', '-I', 'x', '-Iy', 'a'])
attempt(p, ['a', '--pair', 'k', 'v', '--tags', 't1', 't2'])
attempt(p, ['a', '--tags'])
attempt(p, ['--coun', '7', 'a', '--ratio', '0.5'])
attempt(p, ['--', '-x'])
attempt(p, [])
attempt(p, ['a', '-n', 'many'])
attempt(p, ['a', '--mode', 'medium'])
attempt(p, ['a', 'b', 'c'])
attempt(p, ['a', '--pair', 'k'])
attempt(p, ['a', '-n'])
attempt(p, ['a', '--zzz'])
attempt(p, ['a', '--ratio', 'x'])
attempt(p, ['-h'])

ns, rest = p.parse_known_args(['a', '--other', 'b', 'c'])
print(ns.src, ns.dst, rest)
print(p._actions[2])
print(argparse.Namespace(x=1, y='two'), argparse.Namespace(a=1) == argparse.Namespace(a=1))
print('x' in argparse.Namespace(x=1))

def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return value

q = argparse.ArgumentParser(prog='q')
q.add_argument('nums', nargs='+', type=positive)
q.add_argument('--version', action='version', version='%(prog)s 1.2')
attempt(q, ['1', '2', '3'])
attempt(q, ['1', '-2'])
attempt(q, ['0'])
attempt(q, ['--version'])
try:
    q.add_argument('--version')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    q.add_argument('bad', required=True)
except TypeError as e:
    print('TypeError:', e)
