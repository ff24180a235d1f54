# -P (and -I) keep the script's directory out of sys.path: modules next to it are not found.
import sys
here = __file__.rpartition('/')[0]
print(here in sys.path, sys.flags.safe_path)
try:
    import inspect_pkg
except ImportError as e:
    print(type(e).__name__, e)
