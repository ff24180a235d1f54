# modes: plain
def target(out):
    v = 1
    match v:
        case 1:
            out.append('one')
        case 2:
            out.append('two')
    out.append('end')

def main():
    run_jump(target, 4, 6)
