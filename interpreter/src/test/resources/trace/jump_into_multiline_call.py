# modes: plain
def target(out):
    out.append(
        1 +
        2)
    out.append(4)

def main():
    run_jump(target, 4, 3)
