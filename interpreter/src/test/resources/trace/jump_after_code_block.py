# modes: plain
def target(out):
    out.append(1)

def main():
    run_jump(target, 1, 50)
