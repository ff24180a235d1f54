# SystemExit with non-int, non-None codes prints them; True is an int subclass; big codes.
import sys
print('exit with a list code')
sys.exit([1, 'two'])
