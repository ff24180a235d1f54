# modes: plain
def target(out):
    try:
        raise KeyError
    except KeyError:
        out.append('handler')
        out.append('more')
    out.append('after')

def main():
    run_jump(target, 4, 6)
