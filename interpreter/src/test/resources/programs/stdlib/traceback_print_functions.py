# print_* functions write to the given file; print_last, print_stack, limits
import io
import sys
import traceback


def fail():
    {}['key']


buf = io.StringIO()
try:
    fail()
except KeyError:
    traceback.print_exc(file=buf)
    traceback.print_exc(limit=1, file=buf)
    traceback.print_exception(*sys.exc_info(), limit=0, file=buf)
    traceback.print_tb(sys.exc_info()[2], file=buf)
print(buf.getvalue(), end='')

buf = io.StringIO()


def g():
    traceback.print_stack(file=buf, limit=2)


g()
print(buf.getvalue(), end='')

buf = io.StringIO()
sys.last_type, sys.last_value, sys.last_traceback = ValueError, ValueError('last one'), None
traceback.print_last(file=buf)
print(buf.getvalue(), end='')
print(traceback.format_exception(ValueError, ValueError('x'), None))
buf = io.StringIO()
traceback.print_exception(RuntimeError('to stdout as given'), file=buf)
print(buf.getvalue(), end='')
traceback.print_list(traceback.extract_stack()[-1:], file=sys.stdout)
traceback.print_exception(TypeError('on stderr'))
print('after')
