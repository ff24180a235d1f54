# modes: plain
def target(out):
    for i in range(2):
        out.append(i)
    out.append('x')
    out.append('y')

def main():
    run_jump(target, 4, 2)
