from __future__ import annotations
x: List[int] = []
y: "quoted"
def f(a: int, b: Dict[str, Tuple[int, ...]] = None) -> Optional[str]:
    return None
class C:
    attr: Callable[[int], str]
    other: a.b.c | None = None
