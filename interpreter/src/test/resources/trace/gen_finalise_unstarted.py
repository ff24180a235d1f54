# A generator that never started still gets 'call', 'exception' and 'return' when it is
# finalised; one that ignores GeneratorExit is reported as unraisable (the hook here logs it).
import sys

def never_started():
    yield 'x'

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

def report(args):
    log('unraisable ' + type(args.exc_value).__name__ + ': ' + str(args.exc_value))

def main():
    g = never_started()
    del g
    old = sys.unraisablehook
    sys.unraisablehook = report
    try:
        s = stubborn()
        next(s)
        del s
    finally:
        sys.unraisablehook = old
    return 'done'
