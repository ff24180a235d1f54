# modes: plain
def target(out):
    for i in range(3):
        out.append(i)
    out.append('after')

def main():
    run_jump(target, 2, 3)
