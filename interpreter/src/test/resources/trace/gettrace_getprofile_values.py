# modes: plain
def tracer(frame, event, arg):
    return tracer

def prof(frame, event, arg):
    pass

def main():
    log(_harness_sys.gettrace() is None)
    _harness_sys.settrace(tracer)
    log(_harness_sys.gettrace() is tracer)
    _harness_sys.settrace(None)
    log(_harness_sys.gettrace() is None)
    _harness_sys.setprofile(prof)
    log(_harness_sys.getprofile() is prof)
    _harness_sys.setprofile(None)
    log(_harness_sys.getprofile() is None)
