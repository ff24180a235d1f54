# modes: plain
def gen():
    yield 1
    yield 2

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'gen':
        log(fmt(frame, event, arg) + ' lasti>0 ' + str(frame.f_lasti > 0))
        return tracer
    return None

def main():
    _harness_sys.settrace(tracer)
    list(gen())
    _harness_sys.settrace(None)
