# PEP 479: StopIteration raised inside a generator becomes RuntimeError.


def leaky():
    yield 1
    raise StopIteration('leaked')


g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e)
    print('cause:', repr(e.__cause__))
    print('context is cause:', e.__context__ is e.__cause__)


def next_on_empty():
    it = iter([])
    yield next(it)


try:
    list(next_on_empty())
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)


def safe():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return


print(list(safe()))


def async_like():
    raise StopAsyncIteration
    yield


try:
    next(async_like())
except (RuntimeError, StopAsyncIteration) as e:
    print('only StopIteration is converted:', type(e).__name__)
print(list(x for x in [1, 2] if True))
try:
    list(next(iter([])) for _ in range(1))
except RuntimeError as e:
    print('genexp RuntimeError:', e)
