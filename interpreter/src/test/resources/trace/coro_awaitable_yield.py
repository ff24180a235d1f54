class Yielder:
    def __await__(self):
        yield 'suspended'
        return 'resumed'

async def work():
    r = await Yielder()
    return r

def main():
    c = work()
    first = c.send(None)
    try:
        c.send(None)
    except StopIteration as e:
        return first, e.value
