# modes: plain
def target(out):
    for i in range(2):
        out.append(i)
    else:
        out.append('else')
    out.append('end')

def main():
    run_jump(target, 4, 2)
