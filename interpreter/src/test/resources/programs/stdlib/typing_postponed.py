# typing with postponed annotations, generic protocols and NamedTuples, subclassed aliases.
from __future__ import annotations
import typing
from typing import *
T = TypeVar('T')
class Node(Generic[T]):
    value: T
    next: Optional[Node[T]]
    def meth(self, x: List[T]) -> Dict[str, T]: ...
print(get_type_hints(Node), get_type_hints(Node.meth))
@runtime_checkable
class SupportsLen(Protocol[T]):
    def __len__(self) -> int: ...
print(isinstance([], SupportsLen), SupportsLen[int], SupportsLen.__parameters__)
class GNT(NamedTuple, Generic[T]):
    a: T
print(GNT(1), GNT[int])
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str].__origin__)
print(Tuple[int, str][0] if False else Tuple[int, str].__args__)
print(type(List[int]).__name__, type(List).__name__, type(Union[int, str]).__name__, type(Optional[int]).__name__)
print(List[int].__module__, Union[int, str].__module__, T.__module__ if hasattr(T, '__module__') else None)
print(repr(typing.Dict[str, typing.Any]), typing.Type[Node], typing.Type[Node[int]])
print(Literal['a'].__args__, Annotated[List[int], 'x'][0] if False else Annotated[List[T], 'x'][int])
print(List[int] | str, str | List[int], Optional[List[T]][int])
print(Union[int, T][str], Union[T, None][int])
print(dir(List[int])[:0], hasattr(List[int], 'append'), List[int].append)
class MyList(List[int]): pass
print(MyList.__mro__, MyList.__orig_bases__, MyList([1,2]))
class MyDict(Dict[str, T]): pass
print(MyDict[int], MyDict.__parameters__)
print(isinstance(MyList(), list), issubclass(MyList, List))
def deco(f: Callable[..., T]) -> Callable[..., T]: return f
print(get_type_hints(deco))
print(typing.get_origin(Required[int]), typing.get_args(NotRequired[str]), Unpack[Tuple[int]])
Ts = TypeVarTuple('Ts'); print(Ts, *Ts)
print(typing.assert_type(3, int), typing.reveal_type is not None)
