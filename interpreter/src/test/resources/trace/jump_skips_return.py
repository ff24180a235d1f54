# modes: plain
def target(out):
    out.append(1)
    return 'early'
    out.append(2)

def main():
    run_jump(target, 2, 3)
