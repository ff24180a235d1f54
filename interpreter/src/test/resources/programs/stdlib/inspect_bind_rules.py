# inspect: Parameter and Signature validation messages, bind/bind_partial error precedence,
# BoundArguments.args/kwargs/apply_defaults, str() of signatures and annotations
import inspect
P = inspect.Parameter
for args, kw in [(('a', 9), {}), ((1, P.POSITIONAL_ONLY), {}), (('a', P.VAR_POSITIONAL), {'default': 1}), (('a', P.VAR_KEYWORD), {'default': 1}),
                 (('1a', P.POSITIONAL_ONLY), {}), (('if', P.POSITIONAL_ONLY), {}), (('if', P.KEYWORD_ONLY), {}), (('.0', P.POSITIONAL_OR_KEYWORD), {}), (('.0', P.KEYWORD_ONLY), {}),
                 ((P.empty, P.KEYWORD_ONLY), {}), (('x', 'bad'), {}), ((1, 9), {})]:
    try: print(repr(P(*args, **kw)))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
def mk(*spec):
    return [P(n, k, **({'default': d} if d is not None else {})) for n, k, d in spec]
for spec in [(('a', P.KEYWORD_ONLY, None), ('b', P.POSITIONAL_ONLY, None)), (('a', P.POSITIONAL_ONLY, 1), ('b', P.POSITIONAL_OR_KEYWORD, None)),
             (('a', P.POSITIONAL_ONLY, None), ('a', P.KEYWORD_ONLY, None)), (('a', P.KEYWORD_ONLY, 1), ('b', P.KEYWORD_ONLY, None)),
             (('a', P.VAR_KEYWORD, None), ('b', P.VAR_POSITIONAL, None))]:
    try: print(inspect.Signature(mk(*spec)))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
def f(a, /, b, *c, d, e=5, **f): pass
s = inspect.signature(f)
for a, k in [((1, 2, 3), {'d': 4}), ((1,), {'b': 2, 'd': 4, 'a': 7}), ((), {'a': 1}), ((1, 2), {}), ((1,), {'b': 2, 'd': 3, 'zz': 1})]:
    try:
        ba = s.bind(*a, **k); print(ba, ba.args, ba.kwargs)
        ba.apply_defaults(); print(ba)
    except TypeError as e: print('TE', e)
def g(a, /, b=2, *, c): pass
s = inspect.signature(g)
for a, k in [((1, 2, 3), {}), ((), {'a': 1}), ((1,), {'b': 1, 'x': 2}), ((1, 2), {'b': 3}), ((1,), {})]:
    for m in (s.bind, s.bind_partial):
        try: ba = m(*a, **k); print(ba, ba.args, ba.kwargs)
        except TypeError as e: print('TE', e)
print(repr(s), hash(s) == hash(inspect.signature(g)), s == inspect.signature(g), s.parameters)
print(str(s.parameters['b'].kind), repr(s.parameters['b'].kind), s.parameters['b'].kind.description)
def h(x: int = 3, *args: 'str', y: list[int], **kw) -> dict: pass
print(inspect.signature(h), [str(p) for p in inspect.signature(h).parameters.values()])
print(inspect.getfullargspec(h))
b = inspect.signature(f).bind(1, 2, d=3)
print(b.signature is not None, b == inspect.signature(f).bind(1, 2, d=3), b.arguments)
print(s.replace(return_annotation=int), P('a', P.KEYWORD_ONLY).replace(name='z', default=None))
def f(a=1, b=2, /, **kw): pass
def g(a, b, /, **kw): pass
def h(**kw): pass
for fn, a, k in [(f, (), {'b': 5}), (g, (1,), {'b': 2}), (h, (), {'kw': 1}), (f, (1, 2), {'a': 3, 'b': 4}), (g, (1, 2, 3), {})]:
    for m in ('bind', 'bind_partial'):
        try: print(getattr(inspect.signature(fn), m)(*a, **k))
        except TypeError as e: print('TE', e)
