# modes: plain
def target(out):
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        out.append(2)
        out.append(3)
    out.append(4)

def main():
    run_jump(target, 4, 6)
