"""importlib.util (a first part): bytecode-cache paths, name resolution, source decoding, and
find_spec for modules already imported or importable.

Taipan compiles source in memory and writes no .pyc files; the cache paths are computed the way
CPython names them so tools that clean them up keep working. find_spec imports the module to
learn its spec (Taipan's finders are not exposed to Python yet).
"""
import os
import sys

import importlib

__all__ = ['MAGIC_NUMBER', 'cache_from_source', 'decode_source', 'find_spec', 'resolve_name',
           'source_from_cache']

# the bytecode version of CPython 3.11 (3495), as the first two bytes of the .pyc header
MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'
_TAG = 'cpython-%d%d' % sys.version_info[:2]


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The .pyc path in __pycache__ that CPython would use for the source file path."""
    path = os.fspath(path)
    if debug_override is not None:
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    head, tail = os.path.split(path)
    # 'b.py' -> 'b.cpython-311'; a name without a dot just gets the tag appended
    name = tail.rpartition('.')[0] + '.' + _TAG if '.' in tail else tail + _TAG
    level = '' if optimization is None else str(optimization)
    if level:
        if not level.isalnum():
            raise ValueError('{!r} is not alphanumeric'.format(level))
        name += '.opt-' + level
    return os.path.join(head, '__pycache__', name + '.pyc')


def source_from_cache(path):
    """The source path a __pycache__/*.pyc path was compiled from."""
    path = os.fspath(path)
    head, pyc = os.path.split(path)
    folder, cache_dir = os.path.split(head)
    if cache_dir != '__pycache__':
        raise ValueError('{} not bottom-level directory in {!r}'.format('__pycache__', path))
    dots = pyc.count('.')
    if dots not in (2, 3):
        raise ValueError('expected only 2 or 3 dots in {!r}'.format(pyc))
    return os.path.join(folder, pyc.partition('.')[0] + '.py')


def decode_source(source_bytes):
    """Source bytes as text with universal newlines (the file's coding cookie is honoured)."""
    import io
    import tokenize
    encoding = tokenize.detect_encoding(io.BytesIO(source_bytes).readline)[0]
    text = source_bytes.decode(encoding)
    return text.replace('\r\n', '\n').replace('\r', '\n')


def resolve_name(name, package):
    """The absolute module name of a possibly relative `name` seen from `package`."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    return importlib._resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of module `name` (importing it), or None if it cannot be found."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    module = sys.modules.get(fullname)
    if module is None:
        parent = fullname.rpartition('.')[0]
        if parent:
            parent_module = importlib.import_module(parent)
            if not hasattr(parent_module, '__path__'):
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}",
                    name=fullname)
        try:
            module = importlib.import_module(fullname)
        except ModuleNotFoundError as e:
            if e.name == fullname:
                return None
            raise
    spec = getattr(module, '__spec__', None)
    if spec is None:
        raise ValueError('{}.__spec__ is None'.format(fullname))
    return spec
