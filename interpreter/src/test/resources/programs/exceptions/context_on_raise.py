# __context__ is linked once, when an exception is raised while another is handled;
# unwinding through frames never re-links it.
def show(tag, e):
    c = e.__context__
    print(tag, type(e).__name__, '->', type(c).__name__ if c is not None else None, e.__suppress_context__)

# context reset inside except, then bare re-raise propagating through a frame
def inner():
    try:
        raise KeyError('k')
    except KeyError:
        try:
            raise ValueError('v')
        except ValueError as e:
            e.__context__ = None
            raise
def outer():
    try:
        raise TypeError('outer')
    except TypeError:
        inner()
try:
    outer()
except ValueError as e:
    show('reset-reraise', e)

# raise of a stored exception with a context overwrites it
stored = ValueError('s')
stored.__context__ = IndexError()
try:
    raise KeyError
except KeyError:
    try:
        raise stored
    except ValueError as e:
        show('overwrite', e)

# raise e where e has a context, without a handled exception: kept
stored2 = ValueError('s2')
stored2.__context__ = IndexError()
try:
    raise stored2
except ValueError as e:
    show('kept', e)

# exception from a callee is chained to handled of the callee's view (walks up)
def f():
    raise ValueError('f')
try:
    raise KeyError
except KeyError:
    try:
        f()
    except ValueError as e:
        show('callee', e)

# exception raised in callee before handling, propagates into a caller frame that is handling
def g():
    try:
        raise ValueError('g')
    finally:
        pass
def h():
    try:
        raise KeyError
    except KeyError:
        return g
try:
    h()()
except ValueError as e:
    show('after-handler', e)

# propagate through frame with handler active: not chained in caller
def raiser(): raise ValueError('r')
def caller():
    try:
        raise KeyError('c')
    except KeyError as k:
        exc = None
        try:
            raiser()
        except ValueError as v:
            exc = v
        return exc
show('c6', caller())

