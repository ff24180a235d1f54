# abc: virtual subclasses via register and __subclasshook__; the cache token.
import abc


class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Thing:
    def __len__(self):
        return 0


print(issubclass(list, Sized), issubclass(int, Sized), isinstance(Thing(), Sized), isinstance(3, Sized))


class Stream(metaclass=abc.ABCMeta):
    pass


token = abc.get_cache_token()
result = Stream.register(int)
print(result is int, issubclass(int, Stream), isinstance(True, Stream), issubclass(str, Stream))
print(abc.get_cache_token() != token, Stream.register(int) is int)


@Stream.register
class Custom:
    pass


print(Custom.__name__, issubclass(Custom, Stream), isinstance(Custom(), Stream), Stream not in Custom.__mro__)


class Sub(Stream):
    pass


print(issubclass(Sub, Stream), isinstance(Sub(), Stream), issubclass(bool, Stream))
try:
    Stream.register(5)
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(5, Stream)
except TypeError as e:
    print('TypeError:', e)


class Leaf(Stream):
    pass


try:
    Leaf.register(Stream)
except RuntimeError as e:
    print('RuntimeError:', e)
