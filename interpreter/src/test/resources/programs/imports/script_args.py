# sys.argv for a script with arguments, sys.path[0] is the script's directory, __main__ attrs.
import os
import sys
print(sys.argv[1:], os.path.basename(sys.argv[0]))
print(os.path.basename(sys.path[0]) == os.path.basename(os.path.dirname(os.path.abspath(__file__))))
print(__name__, __spec__, __package__, __loader__ is not None, type(__builtins__).__name__)
print(sys.modules['__main__'] is sys.modules[__name__])
print(sys.flags.optimize, sys.version_info[:2], sys.implementation.name != '')
