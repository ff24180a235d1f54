"""The JSON scanner: Taipan's is always the Java one (_json.make_scanner)."""

from _json import make_scanner

__all__ = ['make_scanner']
