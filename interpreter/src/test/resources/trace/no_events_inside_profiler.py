# modes: plain
def helper():
    return len('x')

def target():
    return abs(-2)

def prof(frame, event, arg):
    helper()
    log(fmt(frame, event, arg))

def main():
    _harness_sys.setprofile(prof)
    target()
    _harness_sys.setprofile(None)
