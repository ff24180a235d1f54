# get_type_hints, special forms (ClassVar, Final, Annotated, Self, ...), and decorators.
import typing
from typing import (Annotated, Any, ClassVar, Final, ForwardRef, List, Optional, cast,
                    final, get_type_hints, no_type_check, overload, get_overloads,
                    assert_never, TYPE_CHECKING, get_args, get_origin)


class Node:
    count: ClassVar[int] = 0
    limit: Final = 10
    value: "int"
    children: List["Node"]
    meta: Annotated[str, "doc", 3]


def connect(host: str, port: "int" = 80, *, timeout: Optional[float] = None) -> "Node":
    return Node()


def untyped(a, b=1):
    return a


print(get_type_hints(connect))
print(get_type_hints(untyped), get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)["meta"])
print(connect.__annotations__)
print(ClassVar[int], Final[int], Final, Annotated[int, "x"], Annotated[Annotated[int, 1], 2])
print(get_origin(Annotated[int, 1]), get_args(Annotated[int, 1, "two"]), Annotated[int, 1].__metadata__)
print(Annotated[List[int], "m"].__origin__, ForwardRef("Node"), ForwardRef("a.b") == ForwardRef("a.b"))
print(typing.Self, typing.Never, typing.NoReturn, typing.LiteralString, typing.TypeAlias, Any)
print(cast(int, "not an int"), cast("List[int]", [1]), TYPE_CHECKING)


@overload
def double(x: int) -> int: ...


@overload
def double(x: str) -> str: ...


def double(x):
    return x * 2


print(double(2), double("ab"), len(get_overloads(double)))
try:
    overload(lambda: 0)()
except NotImplementedError as e:
    print("NotImplementedError:", str(e)[:40])


@final
class Leaf:
    @final
    def done(self):
        pass


print(Leaf.__final__, Leaf.done.__final__)


@no_type_check
def loose(x: "undefined name") -> "also undefined":
    return x


print(loose.__no_type_check__, get_type_hints(loose))
try:
    assert_never(5)
except AssertionError as e:
    print("AssertionError:", e)
for bad in [lambda: ClassVar[int, str], lambda: Annotated[int], lambda: Any(), lambda: isinstance(1, Any),
            lambda: typing.NoReturn[int], lambda: ClassVar(), lambda: Final[ClassVar[int]],
            lambda: get_type_hints(42), lambda: ForwardRef(1)]:
    try:
        print("ok?", bad())
    except TypeError as e:
        print("TypeError:", e)
print(typing.Union.__name__ if hasattr(typing.Union, "__name__") else "-", typing.List.__module__)
print(sorted(n for n in typing.__all__ if n.startswith("S")))
