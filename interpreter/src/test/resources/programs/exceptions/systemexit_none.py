# sys.exit() with no argument and SystemExit(None): status 0; catching SystemExit.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code, repr(e), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print('bare SystemExit code:', e.code)
try:
    sys.exit('text')
except SystemExit as e:
    print('code is the string:', e.code)
try:
    sys.exit((1, 2))
except SystemExit as e:
    print('tuple code:', e.code)
print('now exiting for real with None')
sys.exit(None)
