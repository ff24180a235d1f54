# argparse: help and usage layout, argument groups, mutually exclusive groups, subparsers
import argparse
import sys

sys.stderr = sys.stdout

def attempt(parser, args):
    try:
        print(args, '->', parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)

p = argparse.ArgumentParser(prog='deploy', description='Deploy the application to one or '
                            'more servers, with a description long enough to be wrapped.',
                            epilog='See the manual for more.')
p.add_argument('targets', nargs='+', help='servers to deploy to')
p.add_argument('--environment', '-e', choices=['dev', 'staging', 'prod'], default='dev',
               help='where to deploy, one of %(choices)s (default: %(default)s)')
p.add_argument('--a-very-long-option-name', metavar='SOMETHING_LONG',
               help='an option whose invocation is too long for the help column')
p.add_argument('--retries', type=int, default=3)
group = p.add_argument_group('network', 'Settings for the connection.')
group.add_argument('--timeout', type=float, default=5.0, help='seconds to wait')
group.add_argument('--proxy', help=argparse.SUPPRESS)
mode = p.add_mutually_exclusive_group()
mode.add_argument('--dry-run', action='store_true', help='only print what would happen')
mode.add_argument('--force', action='store_true', help='ignore warnings')
p.print_help()
print(repr(p.format_usage()))
attempt(p, ['s1', '--dry-run', '--force'])
attempt(p, ['s1', '-e', 'qa'])
attempt(p, ['s1', 's2', '--timeout', '2.5', '--proxy', 'px'])

r = argparse.ArgumentParser(prog='pick')
need = r.add_mutually_exclusive_group(required=True)
need.add_argument('--red', action='store_const', const='r', dest='color')
need.add_argument('--blue', action='store_const', const='b', dest='color')
r.print_usage()
attempt(r, [])
attempt(r, ['--blue'])

git = argparse.ArgumentParser(prog='git')
git.add_argument('--git-dir')
subs = git.add_subparsers(dest='command', help='sub-command help')
clone = subs.add_parser('clone', help='copy a repository')
clone.add_argument('url')
clone.add_argument('--depth', type=int)
commit = subs.add_parser('commit', aliases=['ci'], help='record changes')
commit.add_argument('-m', '--message', required=True)
commit.add_argument('-a', '--all', action='store_true')
git.print_help()
attempt(git, ['clone', 'http://x', '--depth', '1'])
attempt(git, ['--git-dir', 'd', 'ci', '-am', 'msg'])
attempt(git, ['commit'])
attempt(git, ['push'])
attempt(git, ['clone', '-h'])
attempt(git, [])

tools = argparse.ArgumentParser(prog='tools')
sp = tools.add_subparsers(title='commands', required=True, metavar='COMMAND')
sp.add_parser('run', help='run it')
sp.add_parser('stop')
tools.print_help()
attempt(tools, [])

wide = argparse.ArgumentParser(prog='wide')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'theta']:
    wide.add_argument('--' + name, metavar=name.upper())
wide.add_argument('first')
wide.add_argument('rest', nargs='*')
wide.print_usage()
