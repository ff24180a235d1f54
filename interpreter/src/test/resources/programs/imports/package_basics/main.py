# Packages: __init__ runs once, submodules become attributes, module attributes.
import os
import sys
import pkg
import pkg.sub
from pkg import sub as same_sub
from pkg.inner import deep
import pkg.inner.deep as deep_alias

print(pkg.__name__, pkg.__package__, os.path.basename(pkg.__file__), [os.path.basename(p) for p in pkg.__path__])
print(pkg.sub.__name__, pkg.sub.__package__, os.path.basename(pkg.sub.__file__))
print(same_sub is pkg.sub, deep is deep_alias, deep is sys.modules['pkg.inner.deep'])
print(deep.__name__, deep.__package__, deep.where())
print(pkg.init_count, pkg.greeting, sub_value if False else pkg.sub.value)
print('pkg.inner' in sys.modules, hasattr(pkg, 'inner'), hasattr(pkg.inner, 'deep'))
print(__name__, __package__, __spec__, os.path.basename(__file__))
print(pkg.__spec__.name, pkg.__spec__.parent, pkg.sub.__spec__.parent, pkg.__spec__.submodule_search_locations is not None)
print(sorted(k for k in vars(pkg) if not k.startswith('__')))
