# code.replace() with each field, the code() and function() constructors, types.coroutine.
import types

def add(a, b=1):
    total = a + b
    return total

c = add.__code__
def call(code, *args):
    return types.FunctionType(code, globals(), None, (1,))(*args)

print(call(c.replace(co_name='plus', co_qualname='Q.plus'), 2).__class__.__name__)
f = types.FunctionType(c.replace(co_name='plus', co_qualname='Q.plus'), globals())
print(f.__name__, f.__qualname__)
try:
    f(1)
except TypeError as e:
    print(e)
print(call(c.replace(co_varnames=('x', 'y', 'total')), 5))
try:
    call(c.replace(co_varnames=('x', 'y', 'total')), 1, 2, 3)
except TypeError as e:
    print(e)
try:
    types.FunctionType(c.replace(co_argcount=1), globals())(5, 6)
except TypeError as e:
    print(e)
same = c.replace(co_code=c.co_code, co_consts=c.co_consts, co_names=c.co_names,
                 co_linetable=c.co_linetable, co_exceptiontable=c.co_exceptiontable)
print(call(same, 3, 4), same.co_varnames == c.co_varnames, same.co_code == c.co_code)

def greet():
    return 'hello ' + NAME
g = greet.__code__
NAME = 'world'
OTHER = 'there'
print(types.FunctionType(g, globals())(), types.FunctionType(g.replace(co_names=('OTHER',)), globals())())
print(types.FunctionType(g.replace(co_consts=(None, 'bye ')), globals())())

def oops():
    return 1 / 0
moved = oops.__code__.replace(co_filename='elsewhere.py', co_name='moved')
try:
    types.FunctionType(moved, globals())()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_frame.f_code.co_name, tb.tb_lineno)
print(c.replace(co_firstlineno=100).co_firstlineno, c.replace(co_flags=c.co_flags).co_flags == c.co_flags)

def outer():
    v = 'closed'
    def inner():
        return v
    return inner
ic = outer().__code__
print(ic.co_freevars, types.FunctionType(ic, globals(), 'i', None, (types.CellType('new'),))())

for bad in [dict(co_consts=[1]), dict(co_names=('a', 1)), dict(co_argcount='x'), dict(co_name=1),
            dict(co_code='x'), dict(co_nlocals=7), dict(co_argcount=-1), dict(bogus=1),
            dict(co_varnames=('a',)), dict(co_filename=b'f')]:
    try:
        c.replace(**bad)
        print('accepted', bad)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(c, {}, 1), (c, {}, None, [1]), (ic, {}, None, None, (1,)), (c, 1), (ic, {}), (c, {}, None, None, (types.CellType(),))]:
    try:
        types.FunctionType(*args)
    except Exception as e:
        print(type(e).__name__, e)

k = c
copy = types.CodeType(k.co_argcount, k.co_posonlyargcount, k.co_kwonlyargcount, k.co_nlocals, k.co_stacksize,
                      k.co_flags, k.co_code, k.co_consts, k.co_names, k.co_varnames, k.co_filename, 'made',
                      'made', k.co_firstlineno, k.co_linetable, k.co_exceptiontable)
print(copy.co_name, types.FunctionType(copy, globals())(40, 2))
try:
    types.CodeType(1, 2)
except TypeError as e:
    print(e)

@types.coroutine
def ticker():
    yield 'tick'
    return 'ticked'
async def user():
    return await ticker()
co = user()
print(co.send(None))
try:
    co.send(None)
except StopIteration as e:
    print('result', e.value)
print(ticker.__code__.co_flags & 0x100 != 0, type(ticker()).__name__)
