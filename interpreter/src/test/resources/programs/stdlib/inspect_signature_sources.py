# inspect: signatures of wrapped functions, classes, methods, callables and partials;
# keyword-only order in equality, cleandoc, getmembers
import inspect
P = inspect.Parameter
a, b = P('a', P.KEYWORD_ONLY), P('b', P.KEYWORD_ONLY)
print(inspect.Signature([a, b]) == inspect.Signature([b, a]), hash(inspect.Signature([a, b])) == hash(inspect.Signature([b, a])))
print(type(inspect.signature(len).parameters) if False else '', type(inspect.Signature().parameters).__name__)
print(inspect.Signature([P('x', P.POSITIONAL_ONLY)]), inspect.Signature([P('x', P.POSITIONAL_ONLY), P('y', P.VAR_POSITIONAL), P('z', P.KEYWORD_ONLY)]))
print(inspect.cleandoc('  first\n    second\n      third\n   \n\n'), '|')
print(repr(inspect.cleandoc('\n\n  x\n\ty\n')))
def dec(f):
    def w(*a): return f(*a)
    w.__wrapped__ = f
    return w
@dec
def base(p, q=1): pass
print(inspect.signature(base), inspect.signature(base, follow_wrapped=False), inspect.unwrap(base).__name__)
class C:
    def __init__(self, x, *, y=2): pass
    def m(self, k): pass
    def __call__(self, z): pass
print(inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C(1)), inspect.signature(C.m))
import functools
print(inspect.signature(functools.partial(base, 1)), inspect.signature(functools.partial(base, q=5)))
try: inspect.signature(5)
except TypeError as e: print(e)
print(inspect.getgeneratorstate((x for x in [])), inspect.isabstract(int), inspect.getdoc(C), [n for n, v in inspect.getmembers(C, inspect.isfunction)])
print(P.empty, inspect.Signature.empty is P.empty, inspect._empty, inspect.Parameter.POSITIONAL_ONLY)
