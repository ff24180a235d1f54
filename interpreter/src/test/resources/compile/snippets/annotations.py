x: int
y: List[int] = []
o.attr: int
o[k]: str
(z): float = 1.0
def f():
    a: int = 1
    b: str
    return a
class C:
    c: int = 1
    d: "str"
def g(*args: int, **kwargs: str) -> None:
    pass
