# sys.tracebacklimit limits the entries of printed tracebacks to the innermost ones; 0 hides them.
import sys


def inner():
    raise ValueError("deep")


def middle():
    inner()


def outer():
    middle()


sys.stderr = sys.stdout
for limit in (None, 2, 1, 0, -3, "x"):
    if limit is None:
        print("-- unset")
    else:
        sys.tracebacklimit = limit
        print("--", repr(limit))
    try:
        outer()
    except ValueError as e:
        sys.excepthook(type(e), e, e.__traceback__)
sys.tracebacklimit = 1
outer()
