# modes: plain
def target(out):
    for i in range(3):
        out.append(i)
        out.append('skip')
    out.append('end')

def main():
    run_jump(target, 3, 2)
