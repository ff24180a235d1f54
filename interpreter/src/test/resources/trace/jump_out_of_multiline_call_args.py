# modes: plain
def pair(a, b):
    return (a, b)

def target(out):
    out.append(pair(
        len('ab'),
        len('abc')))
    out.append('end')

def main():
    run_jump(target, 2, 4)
