# golden: by-hand
# modes: plain
# Documented difference from CPython 3.11: sys.call_tracing(func, args), called from a trace
# function, traces func. CPython 3.11 does not (its _PyEval_CallTracing resets the tracing depth
# but not the use_tracing flag of the current C frame), so 3.11 logs no 'helper' events here;
# CPython 3.10 and 3.12 and the documentation do. The .plain.out golden is written by hand:
# 3.11's output plus the three helper events 3.10/3.12 give, in the place they give them.
def helper(n):
    return n * 2

def func(a, b):
    c = a + b
    return c

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name == 'helper':
        log(fmt(frame, event, arg))
    elif name == 'func':
        log(fmt(frame, event, arg))
        if event == 'call':
            log('call_tracing gave ' + repr(_harness_sys.call_tracing(helper, (21,))))
    return tracer

def main():
    _harness_sys.settrace(tracer)
    func(1, 2)
    _harness_sys.settrace(None)
