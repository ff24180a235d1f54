# assertWarns/assertWarnsRegex (context manager and callable forms) and assertLogs /
# assertNoLogs: what they capture and their failure messages.
import logging
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def attempt(label, body):
    try:
        body()
    except AssertionError as e:
        print("%s: AssertionError: %s" % (label, e))
    except Exception as e:
        print("%s: %s: %s" % (label, type(e).__name__, e))
    else:
        print("%s: passed" % label)


def divide(a, b):
    return a / b


with t.assertWarns(UserWarning) as wcm:
    warnings.warn('careful', UserWarning)
print(type(wcm.warning).__name__, str(wcm.warning), wcm.lineno)


def warn_deprecated():
    warnings.warn('old stuff', DeprecationWarning)


attempt('warns callable', lambda: t.assertWarns(DeprecationWarning, warn_deprecated))
attempt('not triggered by', lambda: t.assertWarns(UserWarning, divide, 1, 1))
attempt('warns regex mismatch',
        lambda: t.assertWarnsRegex(DeprecationWarning, 'new', warn_deprecated))
attempt('warns bad type', lambda: t.assertWarns(ValueError))


def no_warning():
    with t.assertWarns(RuntimeWarning):
        pass


attempt('not triggered', no_warning)

log = logging.getLogger('app.part')
with t.assertLogs('app', level='INFO') as logs:
    log.info('first %d', 1)
    log.debug('hidden')
    log.error('second')
print(logs.output)
print([r.getMessage() for r in logs.records])


def nothing_logged():
    with t.assertLogs('app', logging.WARNING):
        log.info('too low')


def logged_anyway():
    with t.assertNoLogs('app'):
        log.warning('oops')


def no_logs_ok():
    with t.assertNoLogs('app', 'ERROR'):
        log.warning('fine')


attempt('no logs triggered', nothing_logged)
attempt('unexpected logs', logged_anyway)
attempt('no logs ok', no_logs_ok)
with t.assertLogs() as root_logs:
    logging.getLogger().warning('on the root')
print(root_logs.output)
print(log.handlers, logging.getLogger('app').propagate)
