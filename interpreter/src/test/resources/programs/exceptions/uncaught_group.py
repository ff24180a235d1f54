# An uncaught ExceptionGroup is printed with its box-drawing tree, sub-tracebacks and nesting.


def fail(kind, msg):
    raise kind(msg)


def gather():
    errors = []
    for kind, msg in [(ValueError, 'bad value'), (TypeError, 'bad type')]:
        try:
            fail(kind, msg)
        except Exception as e:
            errors.append(e)
    inner = ExceptionGroup('inner problems', [KeyError('k'), OSError('disk')])
    errors.append(inner)
    raise ExceptionGroup('several things failed', errors)


gather()
