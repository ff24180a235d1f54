# modes: plain
def target(out):
    for i in range(2):
        out.append(i)
        out.append('x')

def main():
    run_jump(target, 3, 1)
