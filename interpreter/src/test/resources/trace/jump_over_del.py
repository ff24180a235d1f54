# modes: plain
def target(out):
    x = 'kept'
    del x
    out.append(x)

def main():
    run_jump(target, 2, 3)
