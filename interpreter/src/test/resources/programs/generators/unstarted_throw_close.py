# close() and throw() on a just-created generator: CPython 3.11 enters the frame to raise
# at its first line (a tracer sees call/exception/return), never running the body.
import sys

def gen():
    print('body ran')
    yield 1

def gen_finally():
    try:
        yield 1
    finally:
        print('finally ran')

def tracer(frame, event, arg):
    if frame.f_code.co_name.startswith('gen'):
        shown = arg[0].__name__ if event == 'exception' else arg
        print(' ', event, frame.f_code.co_name, frame.f_lineno, shown)
    return tracer

g = gen()
sys.settrace(tracer)
g.close()
g2 = gen()
try:
    g2.throw(ValueError('v'))
except ValueError as e:
    print('caught', repr(e))
sys.settrace(None)
print(g.gi_frame, g2.gi_frame, g.gi_running, list(g), list(g2))
g.close()
g4 = gen_finally()
g4.close()
print('closed', list(g4))
g5 = gen()
g5.throw(KeyError('k'))
