# StackSummary, FrameSummary and walking stacks and tracebacks
import sys
import traceback


def a():
    return b()


def b():
    return traceback.extract_stack(limit=3)


summary = a()
print(type(summary).__name__, len(summary), [f.name for f in summary])
for fs in summary:
    print(fs.name, fs.lineno, repr(fs.line), fs.filename == __file__)
print(''.join(summary.format()), end='')
custom = traceback.StackSummary.from_list([('x.py', 1, 'f', 'pass'), ('y.py', 2, 'g', None)])
print(''.join(custom.format()), end='')
fs = traceback.FrameSummary('file.py', 10, 'func', line='x = 1')
print(fs, repr(fs)[:40], fs == ('file.py', 10, 'func', 'x = 1'), fs[2], tuple(fs))


def deep(n):
    if n == 0:
        raise LookupError('bottom')
    deep(n - 1)


try:
    deep(3)
except LookupError:
    tb = sys.exc_info()[2]
    walked = [(f.f_code.co_name, ln) for f, ln in traceback.walk_tb(tb)]
    print(walked)
    print([f.name for f in traceback.extract_tb(tb, limit=2)], [f.name for f in traceback.extract_tb(tb, limit=-2)])
    print(''.join(traceback.format_tb(tb, limit=1)), end='')
    tbe = traceback.TracebackException(*sys.exc_info())
    print(tbe.exc_type.__name__, str(tbe), len(tbe.stack), tbe.stack[-1].name)
    print(''.join(tbe.format()), end='')


def frames():
    return [name for name, _ in [(f.f_code.co_name, ln) for f, ln in traceback.walk_stack(sys._getframe())]]


print(frames()[:2])
