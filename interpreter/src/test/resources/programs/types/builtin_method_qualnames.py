# __name__/__qualname__/__self__ of built-in functions, methods, class/static methods and slot wrappers
objs = [object.__new__, type.__new__, int.__new__, dict.fromkeys, int.from_bytes, str.maketrans,
        bytes.fromhex, bytearray.fromhex, float.fromhex, type.__prepare__, object.__init_subclass__,
        object.__subclasshook__, dict.__class_getitem__, list.__class_getitem__,
        len, print, [].append, list.append, {}.get, dict.get, object.__init__, int.__add__,
        (1).__add__, object.__reduce_ex__, str.join, ''.join, type.mro, object.__dir__,
        object.__format__, int.__round__, dict.__dict__['fromkeys'], str.__dict__['maketrans'],
        int.__dict__['from_bytes'], object.__dict__['__init_subclass__'], type.__dict__['__prepare__']]
for o in objs:
    row = [type(o).__name__]
    for a in ('__name__', '__qualname__'):
        try:
            row.append(repr(getattr(o, a)))
        except AttributeError as e:
            row.append('AttributeError')
    try:
        s = o.__self__
        row.append(s.__name__ if isinstance(s, type) else type(s).__name__)
    except AttributeError:
        row.append('no __self__')
    print(' | '.join(row))
print(repr(object.__new__)[:40], repr(dict.fromkeys)[:45])
print(repr(dict.__dict__['fromkeys']), repr(object.__dict__['__init_subclass__']))
class D(dict): pass
class L(list): pass
class I(int): pass
print(D.fromkeys.__qualname__, L().append.__qualname__, D.__new__.__qualname__, I(1).__add__.__qualname__)
print(dict.fromkeys.__self__ is dict, D.fromkeys.__self__ is D, str.maketrans.__self__)
import math
print(math.sqrt.__qualname__, math.sqrt.__self__ is math, len.__self__.__name__)
