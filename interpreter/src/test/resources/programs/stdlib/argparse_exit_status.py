# argparse: real sys.argv, prog from the script name, error on stderr with exit status 2
import argparse

parser = argparse.ArgumentParser(description='Sum integers.')
parser.add_argument('numbers', metavar='N', type=int, nargs='+', help='an integer to add')
parser.add_argument('--max', dest='accumulate', action='store_const', const=max,
                    default=sum, help='find the max (default: sum)')
parser.add_argument('--scale', type=int, default='10')
parser.print_help()
args = parser.parse_known_args()[0]
print(args.numbers, args.accumulate(args.numbers), args.scale)
print('now parsing strictly')
parser.parse_args()
print('not reached')
