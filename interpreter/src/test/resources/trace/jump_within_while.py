# modes: plain
def target(out):
    n = 0
    while n < 2:
        n += 1
        out.append(n)
    out.append('end')

def main():
    run_jump(target, 4, 6)
