# reprlib: per-type size limits of Repr and the module-level repr
import reprlib, collections

print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset(range(10))))
print(reprlib.repr(set()), reprlib.repr(frozenset()), reprlib.repr({}))
print(reprlib.repr({i: str(i) * 3 for i in range(10)}))
print(reprlib.repr('x' * 100))
print(reprlib.repr('short'))
print(reprlib.repr(2 ** 200))
print(reprlib.repr(-(10 ** 50)))
print(reprlib.repr(collections.deque(range(10))))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(reprlib.repr({3, 2.5, 1}), reprlib.repr({(1, 'a'), 2}) in ('{(1, \'a\'), 2}', '{2, (1, \'a\')}'))
print(reprlib.repr(3.14159), reprlib.repr(None), reprlib.repr(b'bytes' * 20))

r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 12
r.maxlong = 8
r.maxother = 10
r.maxlevel = 2
r.fillvalue = '<+>'
print(r.repr([1, 2, 3, 4]))
print(r.repr('abcdefghijklmnopqrstuvwxyz'))
print(r.repr(12345678901234))
print(r.repr(range(1000)))
print(r.repr([[[1]]]), r.repr({1: {2: {3: 4}}}))
print(sorted(vars(reprlib.Repr()).items()))

class Broken:
    def __repr__(self):
        raise ValueError('no repr')
print(reprlib.repr(Broken()).startswith('<Broken instance at 0x'))

class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return 'int:%d' % x
print(MyRepr().repr([1, (2, 3), {4: 5}]))
