# modes: plain
class ACM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        return False

async def target(out):
    out.append(1)
    async with ACM():
        out.append(2)
    out.append(3)

def main():
    out = []
    sys_settrace = __import__('sys').settrace
    sys_settrace(jumper('target', 1, 3))
    c = target(out)
    try:
        c.send(None)
    except StopIteration:
        pass
    finally:
        sys_settrace(None)
    log('out ' + repr(out))
