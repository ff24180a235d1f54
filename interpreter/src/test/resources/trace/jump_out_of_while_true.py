# modes: plain
def target(out):
    n = 0
    while True:
        n += 1
        out.append(n)
        if n > 5:
            break
    out.append('after')

def main():
    run_jump(target, 4, 7)
