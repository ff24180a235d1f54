# modes: plain
def target(out):
    try:
        out.append(1)
        raise KeyError
    except KeyError:
        out.append(2)

def main():
    run_jump(target, 3, 2, 'exception')
