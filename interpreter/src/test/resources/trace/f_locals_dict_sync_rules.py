# modes: plain
# When the dict from locals() follows the fast locals: only once a trace function has read
# frame.f_locals is it refreshed before (and written back after) each trace call; under a
# tracer that never reads it, the dict keeps what locals() put in it.
import sys

def quiet(frame, event, arg):
    return quiet

def reader(frame, event, arg):
    if frame.f_code.co_name == 'target':
        frame.f_locals
    return reader

def target():
    a = 1
    snap = locals()
    a = 2
    b = 3
    del a
    return sorted((k, v) for k, v in snap.items() if k != 'snap')

def main():
    log('untraced ' + repr(target()))
    sys.settrace(quiet)
    quiet_result = target()
    sys.settrace(None)
    log('quiet tracer ' + repr(quiet_result))
    sys.settrace(reader)
    reader_result = target()
    sys.settrace(None)
    log('f_locals reader ' + repr(reader_result))
