# modes: plain
def target():
    total = 0
    for i in range(4):
        total += i
    return total

def tracer(frame, event, arg):
    if frame.f_code.co_name != 'target':
        return None
    if event == 'line' and frame.f_lineno == 5 and frame.f_locals.get('i') == 2:
        frame.f_locals['total'] = 1000
    return tracer

def main():
    _harness_sys.settrace(tracer)
    r = target()
    _harness_sys.settrace(None)
    log(r)
