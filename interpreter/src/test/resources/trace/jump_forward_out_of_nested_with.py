# modes: plain
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, *a):
        log('exit ' + self.name)

def target(out):
    with CM('a'):
        with CM('b'):
            out.append(1)
            out.append(2)
    out.append(3)

def main():
    run_jump(target, 3, 5)
