# modes: plain
import types

class Ticker:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return self.n

async def target(out):
    async for v in Ticker():
        out.append(v)
        out.append('body')
    out.append('end')

def drive(out):
    c = target(out)
    try:
        c.send(None)
    except StopIteration:
        pass

def main():
    out = []
    sys_settrace = __import__('sys').settrace
    sys_settrace(jumper('target', 2, 4))
    try:
        drive(out)
    finally:
        sys_settrace(None)
    log('out ' + repr(out))
