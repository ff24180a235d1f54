# modes: plain
# sys.settrace sets the calling thread's trace function only.
import threading

def quiet(frame, event, arg):
    return None

def report():
    log('thread gettrace None: ' + str(_harness_sys.gettrace() is None))

def main():
    _harness_sys.settrace(quiet)
    t = threading.Thread(target=report)
    _harness_sys.settrace(None)
    t.start()
    t.join()
