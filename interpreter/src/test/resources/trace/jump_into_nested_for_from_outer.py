# modes: plain
def target(out):
    for i in range(2):
        out.append(i)
        for j in range(2):
            out.append((i, j))

def main():
    run_jump(target, 2, 5)
