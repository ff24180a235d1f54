from .. import core
from ..util import helper
from ..version import VERSION


def describe():
    return '%s (package %s) sees %s and %s' % (__name__, __package__, core.__name__, VERSION)
