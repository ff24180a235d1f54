# modes: plain
def target(out):
    out.append(1)
    x = 5
    out.append(x)

def main():
    run_jump(target, 1, 3)
