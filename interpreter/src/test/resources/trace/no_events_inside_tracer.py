# modes: plain
# No events while the trace function runs, even when it calls Python functions.
def helper():
    return 1

def target():
    return 2

def tracer(frame, event, arg):
    helper()
    log(fmt(frame, event, arg))
    return tracer

def main():
    _harness_sys.settrace(tracer)
    target()
    _harness_sys.settrace(None)
