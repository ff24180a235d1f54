# dis.dis of functions: loops, try/except/finally, with, match, f-strings, calls, closures.
import dis


def loops(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        total += i
    while total > 100:
        total //= 2
    else:
        total -= 1
    return total


def handlers(path):
    try:
        value = int(path)
    except (ValueError, TypeError) as e:
        print("bad", e)
        value = None
    except Exception:
        raise
    finally:
        print("done")
    return value


def contexts(lock, items):
    with lock as held, open(items) as f:
        data = f.read()
    assert data, "empty"
    del held
    return data


def matching(cmd):
    match cmd:
        case ["go", direction]:
            return direction
        case {"x": x, **rest}:
            return x, rest
        case int() | float() as number if number > 0:
            return number
        case _:
            return None


def formatting(a, b):
    return f"{a!r:>{b}} {a!s} {b:x} {a}", a.upper(), b.real, not a, -b, a is None


def outer(x):
    def inner(y):
        nonlocal x
        x += y
        return x
    return inner


def calls(f, *args, **kw):
    f(1, 2, k=3)
    f(*args, **kw)
    print(len(args), sorted(kw, key=str.lower, reverse=True))
    a, *b = args
    a.x = b[0]
    a[1:2] = b
    global G
    G = a
    return a @ b, a ** 2, a | b, ~a


for func in (loops, handlers, contexts, matching, formatting, calls):
    print("==", func.__name__)
    dis.dis(func)
print("== outer names", outer.__code__.co_varnames, outer.__code__.co_cellvars)
print("== inner")
dis.dis(outer(1))
