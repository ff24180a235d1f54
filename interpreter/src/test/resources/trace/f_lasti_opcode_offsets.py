# modes: plain
# f_lasti at opcode events are even and increase through straight-line code.
def target():
    a = 1
    return a

def tracer(frame, event, arg):
    if frame.f_code.co_name != 'target':
        return None
    frame.f_trace_opcodes = True
    if event == 'opcode':
        log('lasti even: ' + str(frame.f_lasti % 2 == 0))
    return tracer

def main():
    _harness_sys.settrace(tracer)
    target()
    _harness_sys.settrace(None)
