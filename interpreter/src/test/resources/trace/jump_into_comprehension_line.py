# modes: plain
def target(out):
    out.append(1)
    xs = [x for x in
          range(3)]
    out.append(xs)

def main():
    run_jump(target, 4, 3)
