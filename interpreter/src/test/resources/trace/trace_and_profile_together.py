# modes: plain
def target():
    x = len('ab')
    return x

def tracer(frame, event, arg):
    log('T ' + fmt(frame, event, arg))
    return tracer

def prof(frame, event, arg):
    log('P ' + fmt(frame, event, arg))

def main():
    _harness_sys.setprofile(prof)
    _harness_sys.settrace(tracer)
    target()
    _harness_sys.settrace(None)
    _harness_sys.setprofile(None)
