# modes: plain
# Tracing set inside a function: the caller's frame (no f_trace) gets no line events, its callees do.
def callee():
    return 2

def main():
    _harness_sys.settrace(record)
    x = 1
    y = callee()
    _harness_sys.settrace(None)
