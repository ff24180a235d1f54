async def leaf():
    return 3

async def main_coro():
    v = await leaf()
    return v + 1

def main():
    c = main_coro()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
