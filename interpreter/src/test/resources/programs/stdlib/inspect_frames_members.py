# inspect: currentframe/stack/getframeinfo, getmembers, is* predicates, unwrap, getattr_static, CO_ flags.
import functools
import inspect


def where():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    caller = inspect.stack()[1]
    return info.function, info.lineno, caller.function, caller.lineno, caller.code_context


def outer():
    return where()


print(outer())
print(inspect.currentframe().f_code.co_name, inspect.getframeinfo(inspect.currentframe())[2])


class Thing:
    x = 1

    def meth(self):
        pass

    @property
    def prop(self):
        return 5

    @staticmethod
    def st():
        pass

    @classmethod
    def cm(cls):
        pass


t = Thing()
print([n for n, _ in inspect.getmembers(Thing) if not n.startswith('__')])
print([n for n, _ in inspect.getmembers(t, inspect.ismethod)])
print(inspect.getmembers(t, lambda v: isinstance(v, int)))


def gen():
    yield 1


async def coro():
    pass


for obj in (Thing, t.meth, Thing.meth, len, gen, gen(), coro, inspect, Thing.prop, lambda: 0):
    print(inspect.isclass(obj), inspect.ismethod(obj), inspect.isfunction(obj), inspect.isbuiltin(obj),
          inspect.isgeneratorfunction(obj), inspect.isgenerator(obj), inspect.iscoroutinefunction(obj),
          inspect.ismodule(obj), inspect.isdatadescriptor(obj), inspect.isroutine(obj))


def base(a):
    return a


@functools.wraps(base)
def wrapper(*args):
    return base(*args)


print(inspect.unwrap(wrapper) is base, inspect.signature(wrapper))
print(inspect.getattr_static(t, 'prop').__class__.__name__, inspect.getattr_static(Thing, 'st').__class__.__name__)
print(inspect.getattr_static(t, 'missing', 'dflt'))
try:
    inspect.getattr_static(t, 'missing')
except AttributeError as e:
    print('AttributeError', e)
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_VARARGS, inspect.CO_NEWLOCALS)
print(bool(gen.__code__.co_flags & inspect.CO_GENERATOR), bool(wrapper.__code__.co_flags & inspect.CO_VARARGS))
print(inspect.getgeneratorstate(gen()), inspect.getfullargspec(base))
c = coro()
print(inspect.getcoroutinestate(c))
c.close()
