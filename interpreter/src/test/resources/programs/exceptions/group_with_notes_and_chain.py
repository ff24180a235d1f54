# An uncaught exception group whose members have notes and causes.


def make_error(i):
    try:
        raise OSError('disk %d' % i)
    except OSError as e:
        err = ValueError('step %d failed' % i)
        err.add_note('retry later')
        err.__cause__ = e
        return err


eg = ExceptionGroup('batch failed', [make_error(1), make_error(2)])
eg.add_note('group note')
raise eg
