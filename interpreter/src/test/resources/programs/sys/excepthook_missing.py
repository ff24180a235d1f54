# An uncaught exception with sys.excepthook deleted: CPython's fallback message and traceback.
import sys

print(sys.excepthook is sys.__excepthook__)
del sys.excepthook
raise KeyError("no hook")
