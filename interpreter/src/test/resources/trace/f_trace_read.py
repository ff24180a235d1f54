# modes: plain
def target():
    f = _harness_sys._getframe()
    return f.f_trace is record, f.f_trace_lines, f.f_trace_opcodes

def main():
    _harness_sys.settrace(record)
    r = target()
    _harness_sys.settrace(None)
    log(r)
    f = _harness_sys._getframe()
    log((f.f_trace, f.f_trace_lines, f.f_trace_opcodes))
