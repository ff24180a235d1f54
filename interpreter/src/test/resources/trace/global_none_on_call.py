# modes: plain
# The global function returning None on 'call' leaves the frame untraced: no line, exception or
# return events for it, but its callees still get 'call'.
def callee():
    return 1

def target():
    x = callee()
    raise KeyError(x)

def glob(frame, event, arg):
    log(fmt(frame, event, arg))
    if frame.f_code.co_name == 'target':
        return None
    return glob

def main():
    _harness_sys.settrace(glob)
    try:
        target()
    except KeyError:
        pass
    _harness_sys.settrace(None)
