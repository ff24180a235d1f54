# Module objects: attributes, __dict__, the __main__ guard, module-level __getattr__ and __dir__.
import os
import sys
import helper
import lazy

print(helper.__name__, os.path.basename(helper.__file__), repr(helper.__package__), helper.__doc__)
print(sorted(k for k in vars(helper) if k.startswith('__') and k not in ('__builtins__', '__cached__')))
print(helper.main_guard_ran, helper.importer)
print(lazy.computed, lazy.anything_else)
try:
    lazy.forbidden
except AttributeError as e:
    print('AttributeError:', e)
print(dir(lazy))
print(type(helper).__name__, isinstance(helper, type(sys)))
helper.added = 'new attribute'
import helper as helper_again
print(helper_again.added, helper_again is helper)
print(repr(sys.modules['helper']).startswith("<module 'helper' from"))
del sys.modules['helper']
import helper as fresh
print(fresh is helper, fresh.importer)
