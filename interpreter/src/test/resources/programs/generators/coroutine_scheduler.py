# A tiny round-robin scheduler over coroutines with a custom awaitable.
import collections


class Yield:
    def __await__(self):
        yield


async def worker(name, steps, log):
    for i in range(steps):
        log.append('%s step %d' % (name, i))
        await Yield()
    return name + ' finished'


def run_all(coros):
    ready = collections.deque(coros)
    results = []
    while ready:
        coro = ready.popleft()
        try:
            coro.send(None)
            ready.append(coro)
        except StopIteration as stop:
            results.append(stop.value)
    return results


log = []
print(run_all([worker('a', 2, log), worker('b', 3, log), worker('c', 1, log)]))
for line in log:
    print(line)


async def nested():
    first = await worker('inner', 1, log)
    return 'nested saw: ' + first


print(run_all([nested()]))
