# modes: plain
# Each new thread gets the threading.settrace hook; its sys.gettrace() is that hook. Two
# threads run one after the other (join), so their events do not interleave.
import threading


def step(tag):
    x = tag
    return x


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'step':
        log(threading.current_thread().name + ' ' + fmt(frame, event, arg))
        return local
    return None


def local(frame, event, arg):
    log('  local ' + fmt(frame, event, arg))
    return local


def checks(results):
    results.append(_harness_sys.gettrace() is tracer)
    step('checked')


def main():
    threading.settrace(tracer)
    results = []
    for name in ('first', 'second'):
        t = threading.Thread(target=step, args=(name,), name=name)
        t.start()
        t.join()
    t = threading.Thread(target=checks, args=(results,), name='third')
    t.start()
    t.join()
    threading.settrace(None)
    log('thread saw its hook: ' + str(results))
    log('main gettrace None: ' + str(_harness_sys.gettrace() is None))
