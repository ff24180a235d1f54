# modes: plain
def target(out):
    try:
        raise IndexError
    except IndexError:
        out.append(1)
        out.append(2)
        out.append(3)

def main():
    run_jump(target, 4, 6)
