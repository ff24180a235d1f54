# Async generator edge cases: aclose on a fresh generator, yield in finally, athrow handled.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen():
    try:
        yield 1
        yield 2
    except ValueError:
        yield 'handled ValueError'
    finally:
        print('agen finally')


g = agen()
print(run(g.__anext__()))
print(run(g.athrow(ValueError)))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print('finished after handling')
fresh = agen()
print(run(fresh.aclose()))


async def bad_finally():
    try:
        yield 1
    finally:
        yield 'yield during aclose'


b = bad_finally()
run(b.__anext__())
try:
    run(b.aclose())
except RuntimeError as e:
    print('RuntimeError:', e)
print(type(agen).__name__, type(agen()).__name__)
import inspect
print(inspect.isasyncgenfunction(agen), inspect.iscoroutinefunction(agen), inspect.isgeneratorfunction(agen))
h = agen()
print(h.ag_running, h.ag_frame is not None, h.ag_code.co_name)
run(h.aclose())
