# An uncaught exception goes to a replaced sys.excepthook; a failing hook reports both errors.
import sys


def hook(t, v, tb):
    print("hook:", t.__name__, v, tb.tb_lineno)
    raise RuntimeError("hook failed")


sys.excepthook = hook
raise ValueError("uncaught")
