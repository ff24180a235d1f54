# Protocol, runtime_checkable, NamedTuple, TypedDict and NewType.
from typing import (NamedTuple, NewType, Protocol, TypedDict, runtime_checkable, List,
                    Generic, TypeVar, Required, NotRequired, SupportsInt, SupportsAbs,
                    Iterable, is_typeddict)


class Drawable(Protocol):
    def draw(self): ...


@runtime_checkable
class Closeable(Protocol):
    def close(self): ...


@runtime_checkable
class Named(Protocol):
    name: str


class File:
    def close(self):
        return "closed"


class Person:
    def __init__(self):
        self.name = "Ada"


print(isinstance(File(), Closeable), isinstance(3, Closeable), issubclass(File, Closeable))
print(isinstance(Person(), Named), isinstance(File(), Named))
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(-2.5, SupportsAbs))
for bad in [lambda: isinstance(File(), Drawable), lambda: Drawable(), lambda: issubclass(Person, Named),
            lambda: runtime_checkable(File)]:
    try:
        print("ok?", bad())
    except TypeError as e:
        print("TypeError:", e)
print(Drawable._is_protocol, Closeable._is_runtime_protocol, Closeable.__mro__[1:3])


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), p._fields, p._field_defaults, Point.__annotations__, p._replace(x=1))
print(isinstance(p, tuple), Point.__mro__, Point._make([1, 2, "q"]), p._asdict())
Employee = NamedTuple("Employee", [("name", str), ("id", int)])
print(Employee("Bo", 7), Employee.__annotations__, Employee._fields)
Kw = NamedTuple("Kw", a=int, b=str)
print(Kw(1, "x"))
try:
    class Broken(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)


class Movie(TypedDict):
    title: str
    year: int


class Extra(Movie, total=False):
    rating: float
    note: Required[str]


m = Movie(title="Alien", year=1979)
print(m, type(m).__name__, Movie.__annotations__, Movie.__total__)
print(sorted(Movie.__required_keys__), sorted(Extra.__required_keys__), sorted(Extra.__optional_keys__))
Alt = TypedDict("Alt", {"a": int, "b": NotRequired[str]})
print(Alt(a=1), sorted(Alt.__required_keys__), sorted(Alt.__optional_keys__), is_typeddict(Alt), is_typeddict(dict))
try:
    isinstance({}, Movie)
except TypeError as e:
    print("TypeError:", e)

UserId = NewType("UserId", int)
Ids = NewType("Ids", List[UserId])
print(UserId, UserId(42), UserId.__supertype__, Ids.__supertype__, UserId.__name__)
print(UserId | None)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)
