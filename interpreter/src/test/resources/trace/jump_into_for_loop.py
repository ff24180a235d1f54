# modes: plain
def target(out):
    out.append('start')
    for i in range(3):
        out.append(i)

def main():
    run_jump(target, 1, 3)
