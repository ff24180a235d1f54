# BaseException.__setstate__: restoring attributes saved by __reduce__


class Custom(Exception):
    pass


e = ValueError(1)
print(e.__setstate__({'a': 1, 'b': [2]}), e.a, e.b)
print(e.__setstate__(None), e.args)
for bad in (5, [('a', 1)], 'ab'):
    try:
        e.__setstate__(bad)
    except TypeError as x:
        print('TypeError:', x)
try:
    e.__setstate__({1: 2})
except TypeError as x:
    print('TypeError:', x)

o = OSError(2, 'gone')
o.__setstate__({'filename': 'f.txt'})
print(o.filename, o.errno, o)

c = Custom('msg')
c.detail = 'extra'
cls, args = c.__reduce__()[:2]
copy = cls(*args)
copy.__setstate__(vars(c))
print(type(copy).__name__, copy.args, copy.detail, vars(copy) == vars(c))

k = KeyError('key')
k.__setstate__({'__notes__': ['a note']})
print(k.__notes__, repr(k))
s = StopIteration(3)
s.__setstate__({'value': 4})
print(s.value, s.args)
