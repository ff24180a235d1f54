# assertRaises and assertRaisesRegex as context managers and with a callable: the caught
# exception, the failure messages, and what passes through.
import unittest


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


with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception.args, cm.exception.__traceback__)
attempt('raises callable', lambda: t.assertRaises(ZeroDivisionError, divide, 1, 0))
attempt('not raised by', lambda: t.assertRaises(ZeroDivisionError, divide, 4, 2))
attempt('tuple of types', lambda: t.assertRaises((KeyError, ZeroDivisionError), divide, 1, 0))


def not_raised():
    with t.assertRaises(ValueError):
        pass


def not_raised_msg():
    with t.assertRaises(ValueError, msg='wanted one'):
        pass


def other_error():
    with t.assertRaises(ValueError):
        raise KeyError('k')


attempt('not raised', not_raised)
attempt('not raised msg', not_raised_msg)
attempt('other error passes through', other_error)
attempt('bad type', lambda: t.assertRaises(42))
attempt('bad keyword', lambda: t.assertRaises(ValueError, foo=1))
attempt('regex ok', lambda: t.assertRaisesRegex(ValueError, 'inv.lid', int, 'x'))
attempt('regex mismatch', lambda: t.assertRaisesRegex(ValueError, 'nomatch', int, 'x'))
