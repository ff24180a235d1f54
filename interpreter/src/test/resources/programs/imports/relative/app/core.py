from . import util
from .util import helper
from . import VERSION


def describe():
    return '%s %s %s' % (__name__, VERSION, helper('core'))
