# Generator introspection: gi_running during execution, gi_yieldfrom, re-entrancy error.
import inspect


def gen():
    yield inspect.getgeneratorstate(me)
    yield me.gi_running


me = gen()
print(inspect.getgeneratorstate(me))
print(next(me))
print(next(me))
print(inspect.getgeneratorstate(me))
for _ in me:
    pass
print(inspect.getgeneratorstate(me))


def reentrant():
    yield next(self_ref)


self_ref = reentrant()
try:
    next(self_ref)
except ValueError as e:
    print('ValueError:', e)


def inner():
    yield 1
    yield 2


def outer():
    yield from inner()


o = outer()
print(o.gi_yieldfrom)
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
print(o.gi_frame.f_code.co_name, o.gi_code.co_name)
o.close()
print(o.gi_yieldfrom, inspect.getgeneratorstate(o))
