# importlib.util: cache paths, name resolution, source decoding, find_spec
import importlib.util as util
import sys

print(util.MAGIC_NUMBER, len(util.MAGIC_NUMBER))
for path in ('/a/b.py', 'rel/mod.py', '/x/pkg/__init__.py', 'noext'):
    print(path, '->', util.cache_from_source(path))
print(util.cache_from_source('/a/b.py', optimization=2), util.cache_from_source('/a/b.py', optimization=''))
print(util.cache_from_source('/a/b.py', debug_override=False))
for bad in ({'optimization': '.x'}, {'debug_override': True, 'optimization': 1}):
    try:
        util.cache_from_source('/a/b.py', **bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for path in ('/a/__pycache__/b.cpython-311.pyc', '/a/__pycache__/b.cpython-311.opt-1.pyc',
             '/a/b.cpython-311.pyc', '/a/__pycache__/b.pyc'):
    try:
        print(path, '->', util.source_from_cache(path))
    except ValueError as e:
        print('ValueError:', e)
print(util.resolve_name('x', None), util.resolve_name('.x', 'a.b'), util.resolve_name('..x', 'a.b.c'),
      util.resolve_name('.', 'a.b'))
try:
    util.resolve_name('.x', None)
except ImportError as e:
    print('ImportError:', e)
print(repr(util.decode_source(b'a = 1\r\nb = 2\rc = 3\n')))
print(repr(util.decode_source('# -*- coding: latin-1 -*-\nx = "\xe9"\n'.encode('latin-1'))))
spec = util.find_spec('textwrap')
print(spec.name, spec.parent == '')
spec = util.find_spec('json.decoder')
print(spec.name, spec.parent)
print(util.find_spec('no_such_module_here'), util.find_spec('json.no_such_part'))
try:
    util.find_spec('textwrap.inner')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
# the switch CPython's test.support flips around fresh imports (Taipan freezes no modules)
import _imp
print(_imp._override_frozen_modules_for_tests(0))
