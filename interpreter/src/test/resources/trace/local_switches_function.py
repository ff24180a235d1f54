# modes: plain
# The local trace function may return a different function, which then receives the events.
def target():
    a = 1
    b = 2
    c = 3
    return a + b + c

def second(frame, event, arg):
    log('second ' + fmt(frame, event, arg))
    return second

def first(frame, event, arg):
    log('first ' + fmt(frame, event, arg))
    return second

def glob(frame, event, arg):
    if frame.f_code.co_name == 'target':
        return first
    return None

def main():
    _harness_sys.settrace(glob)
    target()
    _harness_sys.settrace(None)
