# modes: plain
# opcode events are logged with the line only (the harness's format): instruction offsets and
# opcode names are not comparable between CPython's bytecode and ours.
def target(x):
    y = x + 1
    return y

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'target':
        log(fmt(frame, event, arg))
        if event == 'call':
            frame.f_trace_opcodes = True
        return tracer
    return None

def main():
    _harness_sys.settrace(tracer)
    target(1)
    _harness_sys.settrace(None)
