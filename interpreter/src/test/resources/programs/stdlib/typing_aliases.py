# Generic aliases of typing: reprs, __origin__/__args__/__parameters__, get_origin/get_args.
import collections.abc
import typing
from typing import (Any, Callable, Dict, FrozenSet, Iterable, Iterator, List, Mapping,
                    Sequence, Set, Tuple, Type, DefaultDict, Deque, Counter, Generator,
                    AbstractSet, MutableMapping, Awaitable, Coroutine, get_args, get_origin)

aliases = [List, Dict, Set, FrozenSet, Tuple, Type, Iterable, Iterator, Callable, Mapping,
           Sequence, DefaultDict, Deque, Counter, Generator, AbstractSet, MutableMapping,
           Awaitable, Coroutine, Any, typing.Hashable, typing.Sized, typing.ByteString,
           typing.ChainMap, typing.OrderedDict, typing.ContextManager]
for a in aliases:
    print(repr(a), get_origin(a), get_args(a))
subscripted = [List[int], Dict[str, List[int]], Set[bytes], FrozenSet[int], Tuple[int, str],
               Tuple[int, ...], Tuple[()], Type[int], Iterable[str], Iterator[float],
               Callable[[int, str], bool], Callable[..., None], Callable[[], int],
               Mapping[str, Any], Sequence[Tuple[int, int]], DefaultDict[str, int],
               Generator[int, None, str], Dict[str, Callable[[int], List[str]]],
               List["Forward"], Coroutine[Any, Any, int]]
for s in subscripted:
    print(repr(s), "|", get_origin(s), "|", get_args(s))
print(List[int].__origin__, List[int].__args__, List[int].__parameters__)
print(Callable[[int], str].__args__, Tuple[int, ...].__args__)
print(List[int] == List[int], List[int] == List[str], hash(List[int]) == hash(List[int]))
print(isinstance([], List), isinstance((), Tuple), issubclass(dict, Mapping), isinstance(len, Callable))
print(List.__name__, Dict._name, List.__origin__, typing.Text, typing.AnyStr)
print(Deque[int]([1]), typing.DefaultDict[str, int](int))
for bad in [lambda: List[int, int], lambda: Dict[int], lambda: isinstance([], List[int]),
            lambda: List(), lambda: Callable[int], lambda: Callable[[int]],
            lambda: Tuple[1, ...][0], lambda: List[int][str]]:
    try:
        print("ok?", bad())
    except TypeError as e:
        print("TypeError:", e)
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(collections.abc.Callable), get_origin(int))
print(get_args(int), get_origin(None), get_args(Callable[..., int]))
