# modes: plain
def target():
    a = 1
    b = 2
    c = 3
    return c

def tracer(frame, event, arg):
    if frame.f_code.co_name != 'target':
        return None
    log(fmt(frame, event, arg))
    if event == 'line' and frame.f_lineno == 4:
        frame.f_trace = None
    return tracer

def main():
    _harness_sys.settrace(tracer)
    target()
    _harness_sys.settrace(None)
