# modes: plain
def target():
    x = 1
    return x

def tracer(frame, event, arg):
    log(fmt(frame, event, arg))
    if event == 'return':
        raise ValueError('on return')
    return tracer

def main():
    _harness_sys.settrace(tracer)
    try:
        r = target()
        log('returned ' + repr(r))
    except ValueError:
        log('caught ValueError')
    log('gettrace is None: ' + str(_harness_sys.gettrace() is None))
