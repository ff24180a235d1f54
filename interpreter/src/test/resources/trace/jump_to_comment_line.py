# modes: plain
def target(out):
    out.append(1)
    # a comment
    out.append(2)
    out.append(3)

def main():
    run_jump(target, 1, 2)
