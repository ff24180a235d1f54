# modes: plain
def target():
    a = 1
    b = 2
    return a + b

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'target':
        log(fmt(frame, event, arg))
        if event == 'call':
            frame.f_trace_lines = False
        return tracer
    return None

def main():
    _harness_sys.settrace(tracer)
    target()
    _harness_sys.settrace(None)
