# modes: plain
def target(x):
    if x:
        x = 2
    return x

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'target':
        log(fmt(frame, event, arg))
        if event == 'call':
            frame.f_trace_opcodes = True
            frame.f_trace_lines = False
        return tracer
    return None

def main():
    _harness_sys.settrace(tracer)
    target(1)
    _harness_sys.settrace(None)
