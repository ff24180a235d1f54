# modes: plain
def target(a, b=2):
    c = a + b
    return c

def tracer(frame, event, arg):
    if frame.f_code.co_name != 'target':
        return None
    log(event + ' ' + repr(sorted(frame.f_locals.items())))
    return tracer

def main():
    _harness_sys.settrace(tracer)
    target(1)
    _harness_sys.settrace(None)
