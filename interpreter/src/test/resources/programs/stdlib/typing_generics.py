# TypeVar, Generic classes, parameter substitution and their errors.
from typing import Dict, Generic, List, Tuple, TypeVar, Callable, ParamSpec, get_args

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)
B = TypeVar("B", bound="Base")
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, N, B, Co, Contra, T.__name__, N.__constraints__, B.__bound__, Co.__covariant__)
print(T.__module__, T.__bound__, T.__constraints__, T.__contravariant__, Contra.__contravariant__)
print(List[T], List[T][int], Dict[K, V][str, int], Dict[K, List[V]][str, float])
print(Dict[K, V].__parameters__, Tuple[T, K, T].__parameters__, Callable[[T], K].__parameters__)
print(Callable[[T], K][int, str], Dict[str, T][List[int]], T | None, T | int)


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item

    def get(self):
        return self.item


class Pair(Generic[K, V]):
    pass


class IntBox(Box[int]):
    pass


class Mapper(Dict[K, V], Generic[K, V]):
    pass


print(Box[int], Box[List[str]], Pair[str, int], Box.__parameters__, Pair.__parameters__)
print(Box.__orig_bases__, IntBox.__orig_bases__, IntBox.__parameters__, IntBox.__mro__)
print(Mapper.__parameters__, Mapper[str, int], Mapper.__mro__[:3])
b = Box[int](5)
print(b.get(), b.__orig_class__, type(b).__name__, Box[int] == Box[int], Box[int] == Box[str])
print(Box[T][int], Pair[K, int][str], get_args(Pair[str, int]))
P = ParamSpec("P")
print(P, P.args, P.kwargs, Callable[P, int], Callable[P, T].__parameters__)
for bad in [lambda: TypeVar("X", int), lambda: TypeVar("X", int, bound=str),
            lambda: TypeVar("X", covariant=True, contravariant=True),
            lambda: Generic[int], lambda: Generic[T, T], lambda: Generic[()],
            lambda: Box[int, str], lambda: Pair[int], lambda: IntBox[int],
            lambda: List[int][str], lambda: Box[int][int]]:
    try:
        print("ok?", bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    class Bad(Generic):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(Generic[K], List[T]):
        pass
except TypeError as e:
    print("TypeError:", e)
