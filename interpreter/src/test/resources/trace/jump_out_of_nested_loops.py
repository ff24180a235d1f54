# modes: plain
def target(out):
    for i in range(2):
        for j in range(2):
            out.append((i, j))
    out.append('done')

def main():
    run_jump(target, 3, 4)
