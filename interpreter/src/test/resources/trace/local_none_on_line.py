# modes: plain
# A local trace function returning None on 'line' keeps tracing the frame (f_trace is kept).
def target():
    a = 1
    b = 2
    return a + b

def local(frame, event, arg):
    log(fmt(frame, event, arg))
    return None

def glob(frame, event, arg):
    if frame.f_code.co_name == 'target':
        log(fmt(frame, event, arg))
        return local
    return None

def main():
    _harness_sys.settrace(glob)
    target()
    _harness_sys.settrace(None)
