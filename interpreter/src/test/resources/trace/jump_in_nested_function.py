# modes: plain
def target(out):
    def inner():
        return 1
    out.append(inner())
    out.append(2)

def main():
    run_jump(target, 3, 4)
