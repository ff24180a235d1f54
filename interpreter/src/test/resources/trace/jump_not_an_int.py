# modes: plain
def target(out):
    out.append(1)
    out.append(2)

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'target' and event == 'line':
        try:
            frame.f_lineno = 'three'
        except ValueError as e:
            log('ValueError: ' + str(e))
        except TypeError as e:
            log('TypeError: ' + str(e))
        return None
    return tracer

def main():
    _harness_sys.settrace(tracer)
    out = []
    target(out)
    _harness_sys.settrace(None)
    log(out)
