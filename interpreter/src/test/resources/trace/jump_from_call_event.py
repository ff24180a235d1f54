# modes: plain
def target(out):
    out.append(1)
    out.append(2)

def main():
    run_jump(target, 0, 2, 'call')
