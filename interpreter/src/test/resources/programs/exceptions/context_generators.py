# __context__ of exceptions thrown into and raised out of generators and coroutines.
def show(tag, e):
    c = e.__context__
    print(tag, type(e).__name__, '->', type(c).__name__ if c is not None else None, e.__suppress_context__)

def run(coro):
    try:
        coro.send(None)
    except StopIteration:
        pass
# generator throw
def gen():
    yield 1
    yield 2
gi = gen(); next(gi)
try:
    raise KeyError
except KeyError:
    try:
        gi.throw(ValueError)
    except ValueError as e:
        show('throw-type', e)
gi = gen(); next(gi)
v = ValueError('inst')
try:
    raise KeyError
except KeyError:
    try:
        gi.throw(v)
    except ValueError as e:
        show('throw-inst', e)
# generator handling exception inside, throw
def gen2():
    try:
        raise IndexError
    except IndexError:
        yield 1
gi = gen2(); next(gi)
try:
    gi.throw(ValueError)
except ValueError as e:
    show('throw-in-handler', e)
def gen3():
    try:
        yield 1
    except ValueError:
        raise TypeError('from gen')
gi = gen3(); next(gi)
try:
    gi.throw(ValueError('x'))
except TypeError as e:
    show('gen-raises', e); show('  inner', e.__context__)

# context reset in nested function then propagate out of generator
def gen4():
    try:
        raise KeyError
    except KeyError:
        try:
            raise ValueError
        except ValueError as e:
            e.__context__ = None
            raise
try:
    next(gen4())
except ValueError as e:
    show('gen-reset', e)
# error in callee's builtin op propagating through two frames
def deep(): return [][1]
def mid(): return deep()
try:
    try:
        raise KeyError
    except KeyError:
        mid()
except IndexError as e:
    show('deep', e)
# context cleared then propagated through two frames via reraise in finally
def fin():
    try:
        raise ValueError
    finally:
        pass
def clear():
    try:
        raise KeyError
    except KeyError:
        try:
            fin()
        except ValueError as e:
            e.__context__ = None
            raise
try:
    clear()
except ValueError as e:
    show('finally-reraise', e)
# with-statement: __exit__ returns False -> body exception reraised unchanged
class Quiet:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def body():
    try:
        raise KeyError
    except KeyError:
        with Quiet():
            try:
                raise ValueError
            except ValueError as e:
                e.__context__ = None
                raise
try:
    body()
except ValueError as e:
    show('with-reraise', e)
# async generator athrow
async def agen():
    try:
        yield 1
    except ValueError:
        raise TypeError('ag')
async def main():
    g = agen()
    await g.__anext__()
    try:
        raise KeyError
    except KeyError:
        try:
            await g.athrow(ValueError('t'))
        except TypeError as e:
            show('athrow', e); show(' inner', e.__context__)
run(main())
# coroutine await propagates without relinking
async def boom():
    try:
        raise KeyError
    except KeyError:
        try:
            raise ValueError
        except ValueError as e:
            e.__context__ = None
            raise
async def m2():
    try:
        raise IndexError
    except IndexError:
        try:
            await boom()
        except ValueError as e:
            show('await', e)
run(m2())
# yield from delegating throw into generator handling something
def sub():
    try:
        raise IndexError
    except IndexError:
        yield 1
def outer():
    try:
        raise KeyError
    except KeyError:
        yield from sub()
g = outer(); next(g)
try:
    g.throw(ValueError)
except ValueError as e:
    show('yf-throw', e); print(e.__context__.__context__)
