# modes: plain
def target(out):
    out.append(1)
    x = 5
    out.append(x)

def main():
    import warnings
    warnings.simplefilter('ignore')
    run_jump(target, 1, 3)
