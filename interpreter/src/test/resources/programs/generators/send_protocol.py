# send(): the first send must be None, values become the yield expression's result.


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print('final total', e.value)
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print('TypeError:', e)


def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received


e = echo()
print(next(e), e.send('a'), e.send('b'), e.send('c'))


def averager():
    count = total = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count


avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])
done = accumulator()
next(done)
done.send(None) if False else None
try:
    done.send(None)
except StopIteration:
    pass
try:
    done.send(3)
except StopIteration as e:
    print('send to finished generator raises StopIteration', e.value)
