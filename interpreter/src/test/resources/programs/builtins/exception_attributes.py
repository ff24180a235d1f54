# Attributes and messages of built-in exceptions.
e = OSError(2, 'No such file', 'name.txt')
print(e, e.errno, e.strerror, e.filename, e.filename2, e.args, type(e).__name__)
print(type(OSError(2, 'x')).__name__, type(OSError(13, 'x')).__name__, type(OSError(17, 'x')).__name__)
print(OSError(1, 'a', 'f', None, 'g'), IOError is OSError, EnvironmentError is OSError)
print(repr(FileNotFoundError(2, 'gone')), FileNotFoundError('just message').errno)
u = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(u, u.encoding, u.object, u.start, u.end, u.reason)
ue = UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range')
print(ue, ue.object)
s = SyntaxError('bad', ('f.py', 3, 5, 'x = = 1\n', 3, 6))
print(s, s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
print(SyntaxError('plain'), SyntaxError().msg, IndentationError.__mro__[1].__name__)
st = StopIteration('v', 2)
print(st.value, st.args, StopIteration().value)
sx = SystemExit(3)
print(sx.code, SystemExit().code, SystemExit(1, 2).code)
ki = KeyboardInterrupt()
print(isinstance(ki, Exception), isinstance(ki, BaseException))
ae = AttributeError('msg', name='attr', obj=5)
print(ae, ae.name, ae.obj)
ne = NameError('msg', name='nm')
print(ne.name)
ie = ImportError('cannot', name='mod', path='/p')
print(ie, ie.name, ie.path, ie.msg, ModuleNotFoundError('x').name)
ex = Exception('a', 1, None)
print(ex, ex.args, str(Exception()), repr(Exception()), str(Exception('one')), repr(Exception('one',)))
print(BaseException.__new__(ValueError).args)
# Taipan writes its own docstrings: what is checked is that every built-in exception has one.
import builtins
exception_classes = [v for v in vars(builtins).values() if isinstance(v, type) and issubclass(v, BaseException)]
print(len(exception_classes) > 60, [c.__name__ for c in exception_classes if not (isinstance(c.__doc__, str) and c.__doc__)])
class Plain(Exception):
    pass
class Documented(ValueError):
    'my doc'
print(Plain.__doc__, Documented.__doc__, Plain().__doc__)
try:
    raise TypeError
except TypeError as err:
    print(repr(err), err.__traceback__ is not None, err.__cause__, err.__context__, err.__suppress_context__)
print(ArithmeticError.__subclasses__(), sorted(c.__name__ for c in LookupError.__subclasses__() if c.__module__ == 'builtins'))
print(BaseExceptionGroup.__mro__, ExceptionGroup.__mro__)
print(sorted(c.__name__ for c in Warning.__subclasses__() if c.__module__ == 'builtins'), UserWarning.__bases__)
