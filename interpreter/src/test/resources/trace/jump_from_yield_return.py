# modes: plain
def target(out):
    out.append(1)
    yield 'a'
    out.append(2)
    yield 'b'
    out.append(3)

def main():
    run_jump(target, 2, 5, 'return', generator=True)
