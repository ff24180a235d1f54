# modes: plain
# Writes to f_locals from a trace function reach the fast locals.
def target():
    x = 1
    y = x + 1
    return x, y

def tracer(frame, event, arg):
    if frame.f_code.co_name != 'target':
        return None
    if event == 'line' and frame.f_lineno == 6:
        frame.f_locals['x'] = 100
    return tracer

def main():
    _harness_sys.settrace(tracer)
    r = target()
    _harness_sys.settrace(None)
    log(r)
