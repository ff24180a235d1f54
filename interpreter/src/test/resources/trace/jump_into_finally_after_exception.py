# modes: plain
def target(out):
    try:
        try:
            out.append(1)
            raise IndexError
        finally:
            out.append(2)
    except IndexError:
        out.append(3)
    out.append(4)

def main():
    run_jump(target, 8, 6)
