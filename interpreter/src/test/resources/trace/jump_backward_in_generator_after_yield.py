# modes: plain
def target(out):
    out.append('start')
    x = yield 1
    out.append(x)
    yield 2

def main():
    run_jump(target, 3, 1, generator=True)
