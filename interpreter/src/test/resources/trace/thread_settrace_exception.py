# modes: plain
# threading.settrace: a thread's exception, line and return events, its nested calls included.
import threading

OWN = set()


def helper(n):
    if n < 0:
        raise ValueError(n)
    return n * 2


def work():
    total = 0
    for n in (1, -1):
        try:
            total += helper(n)
        except ValueError:
            total -= 1
    return total


OWN.update({'work', 'helper'})


def tracer(frame, event, arg):
    if frame.f_code.co_name in OWN:
        log(threading.current_thread().name + ' ' + fmt(frame, event, arg))
        return tracer
    return None


def main():
    threading.settrace(tracer)
    t = threading.Thread(target=work, name='worker')
    t.start()
    t.join()
    threading.settrace(None)
    log('after: ' + str(threading.gettrace()))
