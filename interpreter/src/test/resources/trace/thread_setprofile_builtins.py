# modes: plain
# threading.setprofile: c_call/c_return/c_exception and Python call/return events in a thread.
import threading


def inner(items):
    return sorted(items)


def work():
    data = inner([3, 1, 2])
    try:
        int('x')
    except ValueError:
        pass
    return len(data)


def prof(frame, event, arg):
    if frame.f_code.co_name in ('work', 'inner'):
        log('profile ' + fmt(frame, event, arg))


def main():
    threading.setprofile(prof)
    log('getprofile is prof: ' + str(threading.getprofile() is prof))
    t = threading.Thread(target=work)
    t.start()
    t.join()
    threading.setprofile(None)
    log('main profile None: ' + str(_harness_sys.getprofile() is None))
