# With -E the PYTHON* variables are ignored (PYTHONPATH, PYTHONIOENCODING); others are still seen.
import os
import sys
here = os.getcwd()
print([p for p in sys.path[1:] if here in p or 'nonexistent' in p])
print(sys.stdout.encoding, sys.stderr.encoding, sys.flags.ignore_environment)
print("caf\u00e9 \u20ac done")
print(os.environ.get("TAIPAN_TEST_MARKER"))
