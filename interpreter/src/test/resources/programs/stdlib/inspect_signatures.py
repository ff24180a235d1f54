# inspect: predicates, signatures (str, parameters, bind), getfullargspec, generator states, cleandoc.
import functools
import inspect


def plain(a, b: int = 2, *args, c, d='x', **kw) -> str:
    """  Doc line.

        Indented more.
    """


def gen():
    yield 1


async def coro():
    pass


class C:
    def __init__(self, x, y=0):
        pass

    def method(self, p, /, q):
        pass

    def __call__(self, z):
        pass


print(inspect.isfunction(plain), inspect.isclass(C), inspect.ismethod(C().method), inspect.isbuiltin(len))
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(coro), inspect.isgenerator(gen()), inspect.isroutine(len))
sig = inspect.signature(plain)
print(sig, sig.return_annotation.__name__, [str(p) for p in sig.parameters.values()])
print([(p.name, str(p.kind), p.kind.description) for p in sig.parameters.values()])
print(inspect.signature(C), inspect.signature(C().method), inspect.signature(C.method), inspect.signature(C()))
print(inspect.signature(functools.partial(plain, 1, c=3)))
ba = sig.bind(1, 2, 3, c=4, e=5)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {'c': 1, 'b': 3})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
print(inspect.getfullargspec(plain))
g = gen()
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g), repr(inspect.getdoc(plain)), inspect.cleandoc('  a\n    b\n  c'))
p = inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=1)
print(p, repr(p), p.replace(name='y'), inspect.Signature([p]), inspect.Parameter.empty.__name__)
print([name for name, _ in inspect.getmembers(C, inspect.isfunction)])
