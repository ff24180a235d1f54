# modes: plain
def target():
    return 1

def prof(frame, event, arg):
    log(fmt(frame, event, arg))
    return 'ignored'

def main():
    _harness_sys.setprofile(prof)
    target()
    target()
    _harness_sys.setprofile(None)
