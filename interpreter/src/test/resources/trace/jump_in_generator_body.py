# modes: plain
def target(out):
    out.append(1)
    out.append(2)
    yield 'g'
    out.append(3)

def main():
    run_jump(target, 1, 3, generator=True)
