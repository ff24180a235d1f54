# modes: plain
def target(out):
    try:
        out.append(1)
    except* ValueError:
        out.append(2)
    out.append(3)

def main():
    run_jump(target, 2, 4)
