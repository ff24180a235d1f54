# Types that modules define in C (Java for us) carry their module in repr, in method reprs and
# in messages (CPython's tp_name), while the objects' own reprs use the bare name.
import collections, itertools, io, re, struct, functools, operator, types, weakref, random

def names(t):
    return (repr(t), t.__module__, t.__qualname__, t.__name__)

for t in [collections.deque, collections.defaultdict, itertools.count, itertools.chain,
          itertools.groupby, io.StringIO, io.BytesIO, io.TextIOWrapper, io.FileIO,
          type(re.compile('a')), type(re.match('a', 'a')), struct.Struct, functools.partial,
          operator.itemgetter, types.GenericAlias, types.SimpleNamespace, random.Random,
          type, type(len), int, type(None)]:
    print(*names(t))

d = collections.deque([1])
print(repr(d.append).split(' at ')[0], repr(collections.deque.append))
print(repr(io.StringIO().write).split(' at ')[0], repr(io.StringIO.write))
print(repr(re.compile('a').match).split(' at ')[0], repr(struct.Struct('b').pack).split(' at ')[0])
print(repr(random.Random().random).split(' at ')[0])
print(d, collections.defaultdict(int), itertools.count(3), itertools.repeat(1, 2))

class MyDeque(collections.deque):
    pass
print(MyDeque([2]), names(MyDeque)[0])

def error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
error(lambda: d - 1)
error(lambda: 1 + io.StringIO())
error(lambda: len(itertools.count()))
error(lambda: collections.deque.append(5, 1))
error(lambda: hash(collections.deque()))
error(lambda: setattr(collections.deque, 'x', 1))
error(lambda: re.compile('a') < re.compile('b'))
error(lambda: struct.Struct('b') + 1)
error(lambda: weakref.ref(MyDeque) + 1)
error(lambda: weakref.ref(d) + 1)
error(lambda: weakref.ref(re.compile("a")) + 1)
print(type.__module__, type(len).__module__, type(d.append).__module__)
