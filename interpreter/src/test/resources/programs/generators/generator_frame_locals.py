# A suspended generator's frame: f_locals, f_lineno, and gi_frame after completion.


def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total


g = gen(4)
next(g)
print(sorted(g.gi_frame.f_locals.items()), g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_locals['total'], g.gi_frame.f_code.co_name)
print(list(g), g.gi_frame)


async def coro():
    local_value = 'coroutine local'
    return local_value


c = coro()
print(c.cr_frame.f_code.co_name, c.cr_frame.f_locals)
c.close()
print(c.cr_frame)
