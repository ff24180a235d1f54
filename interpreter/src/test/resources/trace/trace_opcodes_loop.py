# modes: plain
def target():
    for i in range(2):
        pass

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'target':
        log(fmt(frame, event, arg))
        frame.f_trace_opcodes = True
        return tracer
    return None

def main():
    _harness_sys.settrace(tracer)
    target()
    _harness_sys.settrace(None)
