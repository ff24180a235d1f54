# Closures: free variables, cells, late binding in loops, nonlocal counters.

def make_counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


c = make_counter(10)
print(c(), c(), c(5))

# Late binding: every lambda sees the final value of i.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])

# Default-argument capture freezes the value at definition time.
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])


def outer():
    x = 'outer x'

    def middle():
        def inner():
            return x
        return inner

    return middle()


print(outer()())


def shared():
    value = 0

    def get():
        return value

    def put(v):
        nonlocal value
        value = v

    return get, put


get, put = shared()
put(42)
print(get())
print(get.__closure__[0].cell_contents)
print(type(get.__closure__[0]).__name__)
print(make_counter.__code__.co_cellvars, c.__code__.co_freevars)
