# inspect.signature of Python functions, parameters kinds and defaults, bound arguments.
import inspect


def f(a, b=2, /, c=3, *args, d, e=5, **kwargs) -> int:
    pass


sig = inspect.signature(f)
print(sig)
for name, param in sig.parameters.items():
    print(name, param.kind.name, param.default is inspect.Parameter.empty, param.default)
print(sig.return_annotation)
bound = sig.bind(1, 2, 3, 4, d=6, z=7)
print(bound.arguments)
bound.apply_defaults()
print(bound.args, bound.kwargs)
try:
    sig.bind()
except TypeError as e:
    print('TypeError:', e)
print(inspect.signature(lambda x, *, y=1: 0))


class K:
    def method(self, x, y=1):
        pass


print(inspect.signature(K.method), inspect.signature(K().method))
print(inspect.getfullargspec(f).args, inspect.getfullargspec(f).kwonlyargs)
