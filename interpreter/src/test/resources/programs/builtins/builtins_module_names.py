# The public names of the builtins module, grouped by kind.
import builtins
functions = []
types_ = []
exceptions = []
others = []
for name in sorted(dir(builtins)):
    if name.startswith('_'):
        continue
    value = getattr(builtins, name)
    if isinstance(value, type) and issubclass(value, BaseException):
        exceptions.append(name)
    elif isinstance(value, type):
        types_.append(name)
    elif callable(value):
        functions.append(name)
    else:
        others.append(name)
print('functions', functions)
print('types', types_)
print('exception count', len(exceptions))
print('others', others)
print(sorted(n for n in dir(builtins) if n.startswith('__')))
print(builtins.__name__, type(builtins.len).__name__, getattr(builtins, 'None'), builtins.True_ if False else builtins.Ellipsis)
print(repr(exit), repr(quit), type(exit).__name__)
print(type(help).__name__, type(copyright).__name__)
