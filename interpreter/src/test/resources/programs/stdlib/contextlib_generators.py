# @contextmanager edge cases: generators that do not stop, swallow, convert or re-raise,
# StopIteration from the block, decorator use; the ABCs and exit-stack error messages
import contextlib


@contextlib.contextmanager
def twice():
    try:
        yield 1
        yield 2
    finally:
        print('twice: finally')


@contextlib.contextmanager
def yields_again():
    try:
        yield 1
    except KeyError:
        yield 2
    finally:
        print('yields_again: finally')


@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


@contextlib.contextmanager
def convert():
    try:
        yield
    except ValueError as e:
        raise TypeError('converted') from e


@contextlib.contextmanager
def never():
    if False:
        yield


for make, body in ((twice, None), (yields_again, KeyError('x')), (never, None)):
    cm = make()
    try:
        with cm:
            if body is not None:
                raise body
    except RuntimeError as e:
        print('RuntimeError:', e, repr(e.__context__), e.__suppress_context__)
    print('generator finished:', cm.gen.gi_frame is None)
with swallow():
    raise KeyError('k')
try:
    with swallow():
        raise ValueError('passes')
except ValueError as e:
    tb = e.__traceback__
    print('ValueError', e, tb.tb_frame.f_code.co_name, tb.tb_next is None)
try:
    with convert():
        raise ValueError('v')
except TypeError as e:
    print('TypeError', e, repr(e.__cause__), e.__cause__ is e.__context__)
try:
    with swallow():
        raise StopIteration('from the block')
except StopIteration as e:
    print('StopIteration passes through:', e)
cm = swallow()
print(sorted(vars(cm)), cm.__enter__(), sorted(vars(cm)))
print(cm.__exit__(KeyError, None, None))


@swallow()
def decorated(n):
    """Doc of decorated."""
    if n:
        raise KeyError(n)
    return 'no error'


print(decorated(0), decorated(3), decorated.__name__, decorated.__doc__)
print(twice().__doc__ == twice.__doc__, twice.__wrapped__.__name__)


class Partial(contextlib.AbstractContextManager):
    pass


try:
    Partial()
except TypeError as e:
    print(e)
print(type(contextlib.AbstractContextManager).__name__, contextlib.AbstractContextManager[int])
print(issubclass(type(open(__file__)), contextlib.AbstractContextManager),
      issubclass(int, contextlib.AbstractContextManager),
      issubclass(contextlib.nullcontext, contextlib.AbstractAsyncContextManager))
with contextlib.ExitStack() as stack:
    for bad in (1, object()):
        try:
            stack.enter_context(bad)
        except TypeError as e:
            print(e)
s = contextlib.suppress(KeyError, IndexError)
print(s.__exit__(None, None, None), s.__exit__(ValueError, ValueError(), None), s.__exit__(IndexError, None, None))
