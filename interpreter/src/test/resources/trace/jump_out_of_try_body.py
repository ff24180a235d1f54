# modes: plain
def target(out):
    try:
        out.append(1)
        out.append(2)
    except KeyError:
        pass
    out.append(3)

def main():
    run_jump(target, 2, 6)
