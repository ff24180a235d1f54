# modes: plain
import threading

def work():
    return len('abc')

def prof(frame, event, arg):
    if frame.f_code.co_name == 'work':
        log('thread ' + fmt(frame, event, arg))

def main():
    threading.setprofile(prof)
    t = threading.Thread(target=work)
    t.start()
    t.join()
    threading.setprofile(None)
