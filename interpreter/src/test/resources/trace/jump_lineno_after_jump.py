# modes: plain
def target(out):
    out.append(1)
    out.append(2)
    out.append(3)
    out.append(4)

def tracer(frame, event, arg):
    if frame.f_code.co_name != 'target':
        return tracer
    if event == 'line' and frame.f_lineno == 3:
        frame.f_lineno = 5
        log('f_lineno now ' + str(frame.f_lineno))
    log(fmt(frame, event, arg))
    return tracer

def main():
    out = []
    _harness_sys.settrace(tracer)
    target(out)
    _harness_sys.settrace(None)
    log(out)
