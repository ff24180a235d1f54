# modes: plain
# A trace function that raises: tracing is unset for the thread and the exception propagates.
def target():
    a = 1
    b = 2
    return a + b

def tracer(frame, event, arg):
    log(fmt(frame, event, arg))
    if event == 'line' and frame.f_lineno == 6:
        raise RuntimeError('tracer failed')
    return tracer

def main():
    _harness_sys.settrace(tracer)
    try:
        target()
    except RuntimeError as e:
        log('caught ' + str(e))
    log('gettrace is None: ' + str(_harness_sys.gettrace() is None))
