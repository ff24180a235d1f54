# PYTHONIOENCODING=latin-1 without an error handler: characters outside Latin-1 fail to print.
import sys
print(sys.stdout.encoding, sys.stdout.errors)
print("caf\u00e9")
print("euro \u20ac")
