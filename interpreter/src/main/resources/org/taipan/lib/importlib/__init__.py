"""importlib: the import system as functions (Taipan's own implementation).

import_module and reload over the interpreter's import system (org.taipan.vm.Import, reached
through the _imp module); invalidate_caches is there for portability (we keep no finder caches).
"""

import sys
import _imp

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _resolve_name(name, package, level):
    """The absolute name of a relative import of `name` from `package` at `level` dots."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; a name starting with dots is relative to `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if package not in sys.modules:
            __import__(package)
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Run a module's source again in its own namespace and return it."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module') from None
    if sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    return _imp.reload(module)


def invalidate_caches():
    """Our import system keeps no caches of directory listings: nothing to do."""
