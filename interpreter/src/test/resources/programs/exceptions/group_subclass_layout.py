# exception classes with several built-in bases: which instance lay-outs combine

pairs = [
    ('ExceptionGroup', 'ValueError'), ('BaseExceptionGroup', 'ValueError'),
    ('BaseExceptionGroup', 'KeyboardInterrupt'), ('OSError', 'ImportError'),
    ('NameError', 'AttributeError'), ('KeyError', 'ValueError'),
    ('FileNotFoundError', 'KeyError'), ('UnicodeDecodeError', 'UnicodeEncodeError'),
    ('SystemExit', 'StopIteration'), ('OSError', 'ValueError'), ('SyntaxError', 'TypeError'),
    ('RecursionError', 'LookupError'), ('ModuleNotFoundError', 'IndexError'),
]
for a, b in pairs:
    try:
        t = type('X', (eval(a), eval(b)), {})
        print(a, b, 'ok', [c.__name__ for c in t.__mro__][:4])
    except TypeError as e:
        print(a, b, 'TypeError:', e)


class MyEG(ExceptionGroup, ValueError):
    pass


eg = MyEG('eg', [ValueError(12), Exception()])
print(repr(eg), isinstance(eg, ValueError), eg.exceptions)
match, rest = eg.split(ValueError)
print(type(match).__name__, match is eg, rest)
match, rest = eg.split(TypeError)
print(match, type(rest).__name__, rest.exceptions)
try:
    raise eg
except* ValueError as got:
    print('except* got', type(got).__name__, got.exceptions)


class MyBEG(BaseExceptionGroup, ValueError):
    pass


beg = MyBEG('beg', [ValueError(1), Exception()])
print(type(beg).__name__, beg.exceptions)
for cls in (MyBEG, MyEG):
    try:
        cls('bad', [KeyboardInterrupt()])
    except TypeError as e:
        print('TypeError:', e)


class PyNew(ValueError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


class Plain(PyNew):
    pass


for cls in (ValueError, FileNotFoundError, MyEG, PyNew, Plain):
    try:
        object.__new__(cls)
    except TypeError as e:
        print('TypeError:', e)
