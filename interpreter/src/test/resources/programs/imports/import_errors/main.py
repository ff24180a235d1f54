# Import failures: missing modules, missing names, errors while executing a module, SyntaxError.
import sys
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, repr(e.name))
try:
    import helper.sub
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    from helper import nope
except ImportError as e:
    print('ImportError:', e, e.name)
try:
    import exploding
except ZeroDivisionError as e:
    print('ZeroDivisionError while importing:', e, 'exploding' in sys.modules)
try:
    import bad_syntax
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.filename.replace('\\', '/').split('/')[-1], e.lineno, e.offset, repr(e.text))
try:
    import pkg_without_mod.missing
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
from helper import present
print(present)
import exploding_uncaught
