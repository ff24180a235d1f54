# asynccontextmanager and AsyncExitStack driven without an event loop
from contextlib import asynccontextmanager, AsyncExitStack, aclosing


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('coroutine suspended')


@asynccontextmanager
async def resource(name, log):
    log.append('open ' + name)
    try:
        yield name.upper()
    finally:
        log.append('close ' + name)


async def main():
    log = []
    async with resource('a', log) as r:
        log.append('using ' + r)
    async with AsyncExitStack() as stack:
        x = await stack.enter_async_context(resource('x', log))
        y = await stack.enter_async_context(resource('y', log))
        stack.callback(log.append, 'sync callback')

        async def acb(msg):
            log.append(msg)
        stack.push_async_callback(acb, 'async callback')
        log.append(x + y)
    try:
        async with resource('b', log):
            raise KeyError('inside')
    except KeyError:
        log.append('KeyError propagated')

    async def agen():
        try:
            yield 1
            yield 2
        finally:
            log.append('agen closed')
    async with aclosing(agen()) as g:
        async for v in g:
            log.append('got %d' % v)
            break
    return log


for line in run(main()):
    print(line)
