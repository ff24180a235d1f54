# modes: plain
# The tracing API's audit events: sys.settrace and sys.setprofile (also when removing a
# function), sys._getframe with the frame found (none when the stack is too shallow),
# sys._current_frames and sys._current_exceptions, each reaching a hook added with
# sys.addaudithook; a hook that raises stops the audited call.
import sys

def audit_log(event, args):
    if event.startswith('sys.') and event != 'sys.addaudithook':
        shown = [a.f_code.co_name if hasattr(a, 'f_code') else repr(a) for a in args]
        log('audit ' + event + ' ' + repr(shown))
        if event == 'sys.setprofile' and blocking:
            raise RuntimeError('setprofile blocked')

blocking = []

def tracer(frame, event, arg):
    return None

def where():
    return sys._getframe(1)

def main():
    sys.addaudithook(audit_log)
    sys.settrace(tracer)
    sys.settrace(None)
    sys.setprofile(tracer)
    sys.setprofile(None)
    log('caller ' + where().f_code.co_name)
    try:
        sys._getframe(500)
    except ValueError as e:
        log('ValueError: ' + str(e))
    log('frames ' + type(sys._current_frames()).__name__)
    log('exceptions ' + repr(list(sys._current_exceptions().values())))
    blocking.append(1)
    try:
        sys.setprofile(tracer)
    except RuntimeError as e:
        log('RuntimeError: ' + str(e))
    log('profile after block ' + repr(sys.getprofile()))
    blocking.clear()
