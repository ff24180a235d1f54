# sys.excepthook replaced: the hook gets the uncaught exception instead of the default printer.
import sys


def hook(kind, value, tb):
    print('hook got', kind.__name__, value, tb.tb_lineno if tb else None)
    sys.__excepthook__(kind, value, tb)


sys.excepthook = hook
print('raising')
raise LookupError('handled by the hook')
