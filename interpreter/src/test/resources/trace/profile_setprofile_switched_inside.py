# modes: plain
# A profile function that is replaced and removed from inside profiled code: the c_call of
# setprofile goes to the old function, nothing after removal.
import sys

def first(frame, event, arg):
    if not frame.f_code.co_name.startswith('_harness'):
        log('first: ' + fmt(frame, event, arg))

def second(frame, event, arg):
    if not frame.f_code.co_name.startswith('_harness'):
        log('second: ' + fmt(frame, event, arg))

def work(n):
    return abs(n)

def body():
    work(-1)
    sys.setprofile(second)
    work(-2)
    sys.setprofile(None)
    work(-3)

def main():
    sys.setprofile(first)
    body()
    log('profile now ' + repr(sys.getprofile()))
