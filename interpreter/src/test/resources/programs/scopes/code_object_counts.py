# co_argcount, co_posonlyargcount, co_kwonlyargcount, co_nlocals, co_varnames, co_flags bits.


def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    local1 = a
    local2 = b
    return local1, local2


code = f.__code__
print(code.co_name, code.co_qualname)
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_nlocals, code.co_varnames)
VARARGS, VARKEYWORDS, GENERATOR, COROUTINE, ASYNC_GENERATOR = 0x4, 0x8, 0x20, 0x80, 0x200
NESTED, NEWLOCALS, OPTIMIZED = 0x10, 0x2, 0x1


def flags(fn):
    c = fn.__code__.co_flags
    names = []
    for name, bit in [('OPTIMIZED', OPTIMIZED), ('NEWLOCALS', NEWLOCALS), ('VARARGS', VARARGS),
                      ('VARKEYWORDS', VARKEYWORDS), ('NESTED', NESTED), ('GENERATOR', GENERATOR),
                      ('COROUTINE', COROUTINE), ('ASYNC_GENERATOR', ASYNC_GENERATOR)]:
        if c & bit:
            names.append(name)
    return names


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


def outer():
    def inner():
        pass
    return inner


print(flags(f))
print(flags(gen))
print(flags(coro))
print(flags(agen))
print(flags(outer()))
print(flags(lambda: 0))


def nothing():
    pass


print(nothing.__code__.co_argcount, nothing.__code__.co_nlocals, nothing.__code__.co_varnames)


def many_locals(x):
    for i in range(2):
        pass
    try:
        pass
    except Exception as err:
        pass
    y = [z for z in range(2)]
    return i, y


print(many_locals.__code__.co_varnames, many_locals.__code__.co_nlocals)
