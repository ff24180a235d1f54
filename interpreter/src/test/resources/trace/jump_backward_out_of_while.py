# modes: plain
def target(out):
    out.append('a')
    i = 0
    while i < 3:
        i += 1
        out.append(i)

def main():
    run_jump(target, 5, 1)
