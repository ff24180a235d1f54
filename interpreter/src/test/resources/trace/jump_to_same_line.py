# modes: plain
def target(out):
    out.append(1)
    out.append(2)
    out.append(3)

def main():
    # Jumping to the line about to run is allowed and changes nothing.
    run_jump(target, 2, 2)
