# __context__ with raise-from, finally, __exit__, cycles and except*.
def show(tag, e):
    c = e.__context__
    print(tag, type(e).__name__, '->', type(c).__name__ if c is not None else None, e.__suppress_context__)

# __exit__ raising
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError('exit')
try:
    with CM():
        raise ValueError('body')
except RuntimeError as e:
    show('exit', e)

# finally raising
try:
    try:
        raise ValueError('a')
    finally:
        raise TypeError('b')
except TypeError as e:
    show('finally', e)

# raise from
try:
    try:
        raise ValueError
    except ValueError:
        raise TypeError from None
except TypeError as e:
    show('from-None', e)
try:
    try:
        raise ValueError
    except ValueError:
        raise TypeError from KeyError()
except TypeError as e:
    show('from-K', e); print(type(e.__cause__).__name__)
# raising the handled exception itself inside except: no self-cycle
try:
    try:
        raise ValueError
    except ValueError as e:
        raise e
except ValueError as e:
    show('self', e)
# cycle breaking
try:
    try:
        raise ValueError('a')
    except ValueError as a:
        try:
            raise TypeError('b')
        except TypeError as b:
            raise a
except ValueError as e:
    show('cycle', e); show(' b', e.__context__); print(e.__context__.__context__)
# pre-existing cycle in the handled exception's chain
a = KeyError('a'); b = IndexError('b')
a.__context__ = b; b.__context__ = a
try:
    raise a
except KeyError:
    try:
        raise ValueError('new')
    except ValueError as e:
        show('cycle-pre', e); show(' a', e.__context__)
# builtin error inside except
try:
    try:
        raise KeyError
    except KeyError:
        1/0
except ZeroDivisionError as e:
    show('builtin', e)
# except* : context of exception raised in except* block
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('in star')
except ExceptionGroup as eg:
    print('star', [type(x).__name__ for x in eg.exceptions])
    for x in eg.exceptions:
        show(' part', x)
