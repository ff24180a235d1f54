# The traceback module: format_exc, print_exc to stdout, format_exception_only, extract_tb.
import sys
import traceback


def inner():
    raise ValueError('from inner')


def outer():
    inner()


try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(text, end='')
    traceback.print_exc(file=sys.stdout)
    etype, value, tb = sys.exc_info()
    print(traceback.format_exception_only(etype, value))
    for frame in traceback.extract_tb(tb):
        print(frame.name, frame.lineno, frame.line)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError('k') from e
except KeyError as e:
    print(''.join(traceback.format_exception(e)), end='')
print(traceback.format_exception_only(SyntaxError('msg', ('f.py', 1, 3, 'a b c\n', 1, 4))))
