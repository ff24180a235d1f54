# modes: plain
def target(out):
    i = 0
    while i < 2:
        out.append(i)
        i += 1
    else:
        out.append('else')
    out.append('end')

def main():
    run_jump(target, 1, 6)
