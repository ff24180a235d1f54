# hash, id (compared only), isinstance/issubclass with tuples, __instancecheck__/__subclasscheck__.
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), id(None) == id(None), isinstance(id(a), int))
print(hash(7), hash(-1) == hash(-2), hash(True), hash('x') == hash('x'), hash((1, 'a')) == hash((1, 'a')))
print(isinstance(5, (str, int)), isinstance(5, (str, (float, int))), isinstance('s', ()), isinstance(True, int))
print(issubclass(bool, (str, int)), issubclass(int, ()), issubclass(int, object))


class Meta(type):
    def __instancecheck__(cls, obj):
        print('__instancecheck__', type(obj).__name__)
        return isinstance(obj, str)

    def __subclasscheck__(cls, sub):
        print('__subclasscheck__', sub.__name__)
        return sub is str


class StringLike(metaclass=Meta):
    pass


print(isinstance('text', StringLike), isinstance(5, StringLike), issubclass(str, StringLike))
print(isinstance(StringLike(), StringLike))
for bad in [lambda: isinstance(5, 5), lambda: issubclass(5, int), lambda: isinstance(5, (int, 5)),
            lambda: issubclass(int, 'str')]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
import collections.abc
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping),
      isinstance(iter([]), collections.abc.Iterator), issubclass(dict, collections.abc.Hashable))


class HasLen:
    def __len__(self):
        return 0


print(isinstance(HasLen(), collections.abc.Sized), isinstance(5, collections.abc.Sized))
print(isinstance(int | str, type), isinstance(1, int | None))
