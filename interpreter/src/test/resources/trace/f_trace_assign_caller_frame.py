# modes: plain
def tracer(frame, event, arg):
    log(fmt(frame, event, arg))
    return tracer

def install():
    caller = _harness_sys._getframe(1)
    caller.f_trace = tracer
    _harness_sys.settrace(tracer)

def main():
    install()
    x = 1
    y = 2
    _harness_sys.settrace(None)
