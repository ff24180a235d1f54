# modes: plain
# Assigning f_trace of a frame that is already running (found with sys._getframe) makes it get
# line events once a global trace function is installed.
def tracer(frame, event, arg):
    log(fmt(frame, event, arg))
    return tracer

def main():
    frame = _harness_sys._getframe()
    frame.f_trace = tracer
    _harness_sys.settrace(tracer)
    a = 1
    b = 2
    _harness_sys.settrace(None)
    c = 3
