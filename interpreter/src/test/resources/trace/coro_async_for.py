class AIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i

async def run():
    s = 0
    async for v in AIter():
        s += v
    return s

def main():
    c = run()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
