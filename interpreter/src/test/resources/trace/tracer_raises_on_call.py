# modes: plain
def target():
    return 1

def tracer(frame, event, arg):
    log(fmt(frame, event, arg))
    raise KeyError('on call')

def main():
    _harness_sys.settrace(tracer)
    try:
        target()
    except KeyError as e:
        log('caught KeyError')
    log('gettrace is None: ' + str(_harness_sys.gettrace() is None))
    target()
    log('after')
