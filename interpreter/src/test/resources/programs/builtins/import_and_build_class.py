# __import__ and __build_class__ called directly.
import builtins
math = __import__('math')
print(math.sqrt(16))
os_path = __import__('os.path')
print(os_path.__name__)
joined = __import__('os.path', fromlist=['join'])
print(joined.__name__, joined.join('a', 'b'))
try:
    __import__('no_such_module_here')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)


def body():
    x = 1

    def method(self):
        return 'built method, x was %d' % x
    return None


Built = __build_class__(body, 'Built')
# A plain function's locals are fast locals: the class namespace stays empty.
print(Built.__name__, sorted(k for k in vars(Built) if not k.startswith('__')), hasattr(Built(), 'method'))


class Base:
    pass


def body2():
    return None


Derived = __build_class__(body2, 'Derived', Base)
print(Derived.__bases__, Derived.__qualname__, issubclass(Derived, Base))
try:
    __build_class__(5, 'X')
except TypeError as e:
    print('TypeError:', e)
try:
    __build_class__(body)
except TypeError as e:
    print('TypeError:', e)
original = builtins.__import__
imports = []


def spying_import(name, globals=None, locals=None, fromlist=(), level=0):
    # Only the imports written in this file: the modules' own imports differ between implementations.
    if globals is not None and globals.get('__name__') == '__main__':
        imports.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)


def unused(name, *args, **kwargs):
    return original(name, *args, **kwargs)


builtins.__import__ = spying_import
import json
from collections import OrderedDict
builtins.__import__ = original
print(imports)
