# pickle: functions, classes and built-ins by reference (GLOBAL, STACK_GLOBAL, getattr for nested
# classes in old protocols, the Python 2 names of fix_imports), and the errors for what cannot be
import pickle, sys, types, io, collections, copyreg

class Outer:
    class Inner:
        pass

def function():
    pass

def make_local():
    def local():
        pass
    return local

lam = lambda: 1
for obj in [function, Outer, Outer.Inner, len, int, str, range, ValueError, FileNotFoundError, ModuleNotFoundError,
            type(None), type(...), ..., NotImplemented, io.BytesIO, collections.OrderedDict, copyreg.pickle,
            sys.intern, [].append, str.upper, object.__new__]:
    for proto in range(6):
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(getattr(obj, '__name__', obj), proto, data, back is obj or back == obj)

def error(f):
    try:
        f()
    except Exception as e:
        text = str(e)
        print(type(e).__name__ + ':', text.split(' at 0x')[0], text.split('>')[-1] if ' at 0x' in text else '')

error(lambda: pickle.dumps(make_local()))
error(lambda: pickle.dumps(lam))
fake = types.ModuleType('fakemod')
sys.modules['fakemod'] = fake
function.__module__ = 'fakemod'
error(lambda: pickle.dumps(function))
fake.function = 5
error(lambda: pickle.dumps(function))
function.__module__ = 'no_such_module'
error(lambda: pickle.dumps(function))
function.__module__ = '__main__'
error(lambda: pickle.dumps((x for x in [])))
error(lambda: pickle.loads(b'c__main__\nNope\n.'))
error(lambda: pickle.loads(b'cno_such_module\nx\n.'))
print(pickle.loads(b'c__builtin__\nunicode\n.'), pickle.loads(b'cexceptions\nValueError\n.'), pickle.loads(b'ccopy_reg\n_reconstructor\n.').__name__)
print(pickle.loads(b'\x80\x02c__builtin__\nxrange\nq\x00.'), pickle.loads(b'c__builtin__\nlong\n.'))
error(lambda: pickle.loads(b'\x80\x03c__builtin__\nxrange\n.'))
