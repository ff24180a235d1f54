# The built-in exception hierarchy: __mro__ of every built-in exception class.
import builtins
names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
print(len(names))
for n in names:
    cls = getattr(builtins, n)
    print(n, '->', ' > '.join(c.__name__ for c in cls.__mro__[1:]))
