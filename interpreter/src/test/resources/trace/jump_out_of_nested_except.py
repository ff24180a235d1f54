# modes: plain
def target(out):
    try:
        raise KeyError
    except KeyError:
        try:
            raise IndexError
        except IndexError:
            out.append('inner')
            out.append('x')
    out.append('end')

def main():
    run_jump(target, 7, 9)
