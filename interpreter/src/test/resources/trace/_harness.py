
# ---- trace recorder harness: appended to every scenario by tools/record_trace_goldens.py and
# ---- TraceConformanceTest. It prints one line per event:
# ----   <event> <co_name> <absolute f_lineno> [<arg>]
# ---- where <arg> is the exception type name for 'exception', a short repr of the value for
# ---- 'return', the builtin's __name__ for c_call/c_return/c_exception, and nothing otherwise.
# ---- 'opcode' events print only the line: our bytecode is our own, so offsets and opcode names
# ---- are not comparable with CPython's; the line of each instruction is.
import sys as _harness_sys

_EVENTS = []


def log(message):
    _EVENTS.append(str(message))


def _harness_short(value):
    r = repr(value)
    at = r.find(' at 0x')
    if at >= 0:
        r = r[:at] + '>'
    if len(r) > 60:
        r = r[:57] + '...'
    return r


def fmt(frame, event, arg):
    if event == 'exception':
        extra = arg[0].__name__
    elif event == 'return':
        extra = _harness_short(arg)
    elif event.startswith('c_'):
        extra = getattr(arg, '__name__', '?')
    else:
        extra = ''
    text = event + ' ' + frame.f_code.co_name + ' ' + str(frame.f_lineno)
    if extra:
        text = text + ' ' + extra
    return text


def _harness_own(frame):
    return frame.f_code.co_name.startswith('_harness')


def record(frame, event, arg):
    """The recorder: logs every event and keeps tracing the frame."""
    if not _harness_own(frame):
        _EVENTS.append(fmt(frame, event, arg))
    return record


def jumper(func_name, frm, to, event='line'):
    """A tracer that logs events and, the first time func_name reaches line co_firstlineno+frm
    with `event`, assigns f_lineno = co_firstlineno+to (logging the ValueError if refused)."""
    done = []

    def tracer(frame, ev, arg):
        if _harness_own(frame):
            return tracer
        _EVENTS.append(fmt(frame, ev, arg))
        code = frame.f_code
        if (not done and ev == event and code.co_name == func_name
                and frame.f_lineno - code.co_firstlineno == frm):
            done.append(1)
            try:
                frame.f_lineno = code.co_firstlineno + to
                _EVENTS.append('jumped to ' + str(frame.f_lineno))
            except ValueError as e:
                _EVENTS.append('ValueError: ' + str(e))
        return tracer
    return tracer


def run_jump(func, frm, to, event='line', generator=False):
    """Runs func(out) under jumper(); logs what escaped and the final contents of out."""
    out = []
    _harness_sys.settrace(jumper(func.__name__, frm, to, event))
    try:
        result = func(out)
        if generator:
            for item in result:
                out.append(('yielded', item))
    except BaseException as e:
        _harness_sys.settrace(None)
        _EVENTS.append('escaped ' + type(e).__name__ + ': ' + str(e))
    _harness_sys.settrace(None)
    _EVENTS.append('out ' + repr(out))


def _harness_run(mode):
    try:
        if mode == 'trace':
            _harness_sys.settrace(record)
            try:
                main()
            finally:
                _harness_sys.settrace(None)
        elif mode == 'profile':
            _harness_sys.setprofile(record)
            try:
                main()
            finally:
                _harness_sys.setprofile(None)
        else:
            main()
    except BaseException as e:
        _EVENTS.append('escaped ' + type(e).__name__ + ': ' + str(e))
    _harness_sys.settrace(None)
    _harness_sys.setprofile(None)
    for line in _EVENTS:
        print(line)
