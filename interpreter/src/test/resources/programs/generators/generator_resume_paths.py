"""Generators resumed by for loops, by built-ins (sum, zip, sorted, next) and by send/throw/close,
from more than one thread, and stopped in every way: what each resumption path must agree on."""
import threading


def count(n):
    for i in range(n):
        yield i
    return "done"


print(sum(count(5)), list(zip(count(3), count(4))), sorted(count(4), key=lambda x: -x))
total = 0
for v in count(4):
    for w in count(v):
        total += w
print(total)

g = count(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(g), next(g, "default"))


def echo():
    got = []
    try:
        while True:
            x = yield len(got)
            got.append(x)
    except ValueError as e:
        yield ("caught", str(e), got)
    finally:
        print("echo finally", got)


e = echo()
print(e.send(None), e.send("a"), e.send("b"))
print(e.throw(ValueError("stop")))
e.close()
print("after close")

e = echo()
for i, v in enumerate(e):
    if i == 2:
        print(e.throw(ValueError("mid-loop")))
        break
e.close()


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError:", err)


def raises_stop():
    yield 1
    raise StopIteration("x")


try:
    for v in raises_stop():
        print("got", v)
except RuntimeError as err:
    print("RuntimeError:", err, type(err.__cause__).__name__)


def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as err:
    print("ValueError:", err)


def delegate():
    r = yield from count(2)
    yield r


print(list(delegate()))

shared = count(6)
seen = [next(shared)]
t = threading.Thread(target=lambda: seen.extend([next(shared), next(shared)]))
t.start()
t.join()
seen.extend(shared)
print(seen)

try:
    e = echo()
    e.send(1)
except TypeError as err:
    print("TypeError:", err)


def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"


print(list(deep(50)))
try:
    list(deep(100000))
except RecursionError as err:
    print("RecursionError")
