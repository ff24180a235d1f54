# Union, Optional, PEP 604 unions, Literal: flattening, dedup, reprs and equality.
import types
from typing import Literal, Optional, Union, List, get_args, get_origin

print(Union[int, str], Union[int, str, int], Union[int, Union[str, float]], Union[int])
print(Optional[int], Optional[Union[int, str]], Union[None, int], Union[int, None, str])
print(Optional[None], Union[None], Union[int, "Later"], Optional["X"])
u = Union[int, str]
print(u.__args__, u.__origin__, u.__parameters__, get_origin(u), get_args(u))
print(Union[int, str] == Union[str, int], Union[int, str] == Union[int, float])
print(hash(Union[int, str]) == hash(Union[str, int]), Union[int, str] == (int | str))
print(int | None, int | str | None, type(int | None) is types.UnionType, (int | None).__args__)
print(get_origin(int | None), get_args(int | str), Optional[int] == (int | None))
print(isinstance(3, int | str), isinstance(3, Union[int, str]), isinstance("", Optional[int]))
print(issubclass(bool, Union[int, str]), List[int] | None, Union[List[int], None])
print(Literal[1, 2, "x"], Literal[True], Literal[None], Literal[Literal[1, 2], 3])
print(Literal[1, 1, 2], Literal[1, True], Literal[1] == Literal[1], Literal[1, 2] == Literal[2, 1])
print(Literal[1] == Literal[True], get_origin(Literal[1]), get_args(Literal["a", "b"]))
print(Literal["a"] | None, Union[Literal[1], Literal[2]])
for bad in [lambda: Union[()], lambda: Union[(1, 2)], lambda: Optional[int, str],
            lambda: Union(), lambda: Union[int, str][int], lambda: isinstance(1, Literal[1]),
            lambda: isinstance(1, Union)]:
    try:
        print("ok?", bad())
    except TypeError as e:
        print("TypeError:", e)
print(repr(Union), repr(Optional), repr(Literal))
