# modes: plain
# threading.settrace affects threads started afterwards, not the main thread.
import threading

def work():
    x = 1
    return x

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'work':
        log('thread ' + fmt(frame, event, arg))
        return tracer
    return None

def main():
    threading.settrace(tracer)
    t = threading.Thread(target=work)
    t.start()
    t.join()
    work()
    threading.settrace(None)
    log('main thread gettrace None: ' + str(_harness_sys.gettrace() is None))
