# PYTHONPATH entries (made absolute) follow sys.path[0]; PYTHONIOENCODING sets the streams' codec.
import os
import sys
here = os.getcwd()
print([p.replace(here, '<cwd>') for p in sys.path[1:4]])
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.encoding, sys.stderr.errors)
print(sys.stdin.encoding, sys.stdin.errors)
print("caf\u00e9 \u20ac done")
sys.stdout.flush()
print("to stderr: \u20ac", file=sys.stderr)
print(os.environ.get("TAIPAN_TEST_MARKER"))
