# modes: plain
def target(out):
    out.append(1)
    try:
        out.append(2)
    except KeyError:
        out.append(3)
    out.append(4)

def main():
    run_jump(target, 1, 5)
