# modes: plain
def target(out):
    n = 0
    out.append('a')
    while n < 1:
        n += 1
        out.append(n)

def main():
    run_jump(target, 2, 4)
