# traceback text for chained exceptions, suppressed context and exception groups
import traceback


def inner():
    raise KeyError('k')


def middle():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError('wrapped') from e


def outer():
    try:
        middle()
    except RuntimeError:
        raise ValueError('outer')


try:
    outer()
except ValueError as e:
    print(''.join(traceback.format_exception(e)), end='')
    print('--- no chain')
    print(''.join(traceback.format_exception(e, chain=False)), end='')
    print('--- limit 1')
    print(''.join(traceback.format_exception(e, limit=1)), end='')
    print('--- limit -1')
    print(''.join(traceback.format_exception(e, limit=-1)), end='')

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('no context shown') from None
except TypeError as e:
    print(''.join(traceback.format_exception(e)), end='')
    print(e.__suppress_context__, type(e.__context__).__name__)


def boom(n):
    raise OSError(n, 'failure %d' % n)


errors = []
for i in range(2):
    try:
        boom(i)
    except OSError as e:
        errors.append(e)
group = ExceptionGroup('several', [errors[0], ExceptionGroup('nested', [errors[1], KeyError('x')])])
print(''.join(traceback.format_exception(group)), end='')
