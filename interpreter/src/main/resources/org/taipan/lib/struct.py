"""Conversion between Python values and C structs represented as bytes (Taipan's own).

The work is done by the Java module _struct; this module re-exports it.
"""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct',
           'error']

from _struct import *
from _struct import _clearcache
