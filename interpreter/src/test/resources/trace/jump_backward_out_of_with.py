# modes: plain
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        log('exit')

def target(out):
    out.append(1)
    with CM():
        out.append(2)
        out.append(3)
    out.append(4)

def main():
    run_jump(target, 4, 1)
