# RecursionError is raised at the limit, can be caught, and the interpreter recovers.
import sys
print(sys.getrecursionlimit())


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))


def depth_reached():
    count = 0

    def go():
        nonlocal count
        count += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return count


d = depth_reached()
print(900 < d < 1000)


class Recursive:
    def __repr__(self):
        return repr(self)


try:
    repr(Recursive())
except RecursionError as e:
    print('repr:', e)
lst = []
lst.append(lst)
print(lst)
d = {}
d['self'] = d
print(d)


def after_recovery(n):
    return n if n == 0 else after_recovery(n - 1)


print(after_recovery(500))
