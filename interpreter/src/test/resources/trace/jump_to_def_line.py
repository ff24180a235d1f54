# modes: plain
def target(out):
    out.append(1)
    out.append(2)

def main():
    run_jump(target, 2, 0)
