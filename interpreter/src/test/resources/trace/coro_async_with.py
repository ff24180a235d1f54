class ACM:
    async def __aenter__(self):
        return 'in'
    async def __aexit__(self, *a):
        return False

async def run():
    async with ACM() as v:
        x = v
    return x

def main():
    c = run()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
