# modes: plain
def target(out):
    x = 1
    def inner():
        return x
    x = 2
    out.append(inner())
    out.append('end')

def main():
    run_jump(target, 1, 4)
