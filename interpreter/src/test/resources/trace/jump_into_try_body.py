# modes: plain
def target(out):
    out.append(0)
    try:
        out.append(1)
        out.append(2)
    except KeyError:
        pass

def main():
    run_jump(target, 1, 4)
