# modes: plain
# Calling sys.settrace inside a traced function: new frames use the new function, the running
# frame keeps its f_trace.
def callee():
    return 'c'

def target():
    a = 1
    _harness_sys.settrace(other)
    b = callee()
    return b

def other(frame, event, arg):
    log('other ' + fmt(frame, event, arg))
    return other

def tracer(frame, event, arg):
    log('first ' + fmt(frame, event, arg))
    return tracer

def main():
    _harness_sys.settrace(tracer)
    target()
    _harness_sys.settrace(None)
