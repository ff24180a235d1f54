# traceback.TracebackException(capture_locals=True) prints each frame's locals; compact=True
import traceback


def inner(a, b=2):
    items = [a, b]
    return items[a] / (b - 2)


def outer(n):
    label = 'outer-%d' % n
    return inner(n)


def run(chain):
    try:
        try:
            outer(0)
        except ZeroDivisionError as first:
            if chain:
                raise KeyError('second') from first
            raise KeyError('second')
    except KeyError as e:
        return e


def show(exc, **options):
    te = traceback.TracebackException.from_exception(exc, capture_locals=True, **options)
    text = ''.join(te.format())
    print(text.replace(__file__, 'FILE'))
    return te


te = show(run(False))
print(te.__context__ is not None, te.__cause__ is None)
print([sorted(fs.locals) for fs in te.__context__.stack])
te = show(run(True), compact=True)
print(te.__context__ is None, te.__cause__ is not None)
te = show(run(False), compact=True)
print(te.__context__ is not None)
print(''.join(te.format(chain=False)).replace(__file__, 'FILE'))


class BadRepr:
    def __repr__(self):
        return '<bad repr>'


def group():
    local_obj = BadRepr()
    try:
        raise ExceptionGroup('many', [ValueError(1), TypeError(2)])
    except ExceptionGroup as eg:
        return eg


show(group())
plain = traceback.TracebackException.from_exception(run(False))
print([fs.locals for fs in plain.stack])
summary = traceback.StackSummary.extract(traceback.walk_tb(run(False).__traceback__), capture_locals=True)
print(''.join(summary.format()).replace(__file__, 'FILE'))
