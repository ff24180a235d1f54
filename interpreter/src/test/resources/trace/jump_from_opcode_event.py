# modes: plain
def target(out):
    out.append(1)
    out.append(2)

def main():
    def tracer(frame, event, arg):
        if frame.f_code.co_name == 'target':
            frame.f_trace_opcodes = True
            if event == 'opcode':
                try:
                    frame.f_lineno = frame.f_code.co_firstlineno + 2
                    log('jumped on opcode')
                except ValueError as e:
                    log('ValueError: ' + str(e))
                frame.f_trace_opcodes = False
        return tracer
    out = []
    _harness_sys.settrace(tracer)
    target(out)
    _harness_sys.settrace(None)
    log(out)
