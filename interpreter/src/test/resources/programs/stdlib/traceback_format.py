# traceback: format_exc/print_exc/format_exception/format_exception_only/extract_tb/format_tb,
# the same text the interpreter prints for uncaught exceptions.
import sys
import traceback


def level2(x):
    return {'a': 1}[x]


def level1(x):
    return level2(x)


try:
    level1('missing')
except KeyError:
    print(traceback.format_exc(), end='')
    etype, value, tb = sys.exc_info()
    print(traceback.format_exception_only(etype, value), traceback.format_exception_only(value))
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, repr(fs.line), fs.filename == __file__, len(fs), list(fs)[1:])
    print(''.join(traceback.format_tb(tb)), end='')
    print(len(traceback.format_exception(etype, value, tb)), traceback.format_exception(value) == traceback.format_exception(etype, value, tb))
    traceback.print_exception(value, file=sys.stdout)
try:
    try:
        [][1]
    except IndexError:
        raise ValueError('during handling')
except ValueError as e:
    traceback.print_exc(file=sys.stdout)
    print(''.join(traceback.format_exception(e, chain=False)), end='')
print(traceback.format_exc(), end='')
print(traceback.format_exception_only(None))
stack = traceback.extract_stack()
print(type(stack).__name__, stack[-1].name, stack[-1].lineno)


def show():
    return traceback.format_stack()[-1]


print(show(), end='')
print(traceback.format_list([('f.py', 3, 'func', 'x = 1')]), end='')
te = traceback.TracebackException.from_exception(ZeroDivisionError('z'))
print(str(te), list(te.format_exception_only()))
for exc in (None, 5):
    try:
        traceback.format_exception(exc, None, None) if exc is None else traceback.format_exception(exc)
        print('ok', exc)
    except TypeError as e:
        print('TypeError:', e)
