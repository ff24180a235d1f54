# copy errors and subclasses of built-in containers
import copy


class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = 'tagged'


ml = MyList([1, [2]])
c = copy.copy(ml)
d = copy.deepcopy(ml)
print(type(c).__name__, c, c.tag, c[1] is ml[1], type(d).__name__, d, d.tag, d[1] is ml[1])


class MyDict(dict):
    pass


md = MyDict(a=[1])
md.extra = 5
print(type(copy.copy(md)).__name__, copy.deepcopy(md), copy.deepcopy(md).extra)


class NoCopy:
    def __reduce_ex__(self, proto):
        raise TypeError('cannot copy NoCopy')


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(NoCopy())
    except TypeError as e:
        print(fn.__name__, 'TypeError:', e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))


class Weird:
    def __reduce_ex__(self, proto):
        return 'not a tuple'


try:
    copy.copy(Weird())
except Exception as e:
    print(type(e).__name__)
