# SystemExit with an int code: no traceback, the code is the exit status; finally blocks run.
import sys
print('before exit')
try:
    sys.exit(3)
finally:
    print('finally runs during SystemExit')
print('never printed')
