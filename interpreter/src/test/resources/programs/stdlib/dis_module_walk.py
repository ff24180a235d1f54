# dis.get_instructions over a whole module: async code, except*, classes, closures, match, with.
import dis
src = '''
import asyncio
async def agen(n):
    async with lock:
        async for x in aiter(n):
            yield x
    try:
        await asyncio.sleep(0)
    except* ValueError as eg:
        pass
    except* TypeError:
        raise
class K(Base, metaclass=M):
    a: int = 1
    def m(self, *a, **k):
        return super().m(*a, **k)
    @property
    def p(self): return [i for i in range(3) if i] + list({j: j for j in 'ab'})
def g():
    x = yield 1
    yield from range(x)
    return (lambda q: q + 1)(x)
def cells(a, b):
    def inner():
        nonlocal a
        a += b
        return a
    c = 1
    return inner, lambda: c
def big(v):
    match v:
        case {"a": 1, **rest}: return rest
        case [1, 2, *others]: return others
        case Point(x=0) | Point(y=0): return 0
        case str() | bytes(): return 's'
    with open(v) as f, open(v) as h:
        pass
    del v
    global G
    G = f"{v!a:{'x'}}"
    return G
'''
code = compile(src, "<src>", "exec")
def walk(co, depth=0):
    print("==", co.co_name, co.co_qualname)
    for i in dis.get_instructions(co, show_caches=False):
        print(i.offset, i.opname, i.arg, i.argrepr if 'code object' not in i.argrepr else '<code>', i.starts_line, i.is_jump_target, tuple(i.positions))
    for e in dis.Bytecode(co).exception_entries:
        print('exc', e)
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            walk(c, depth + 1)
walk(code)
