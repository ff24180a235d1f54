# importlib.import_module (absolute and relative), reload, sys.modules caching.
import importlib
import sys

alpha = importlib.import_module('plugins.alpha')
beta = importlib.import_module('.beta', package='plugins')
print(alpha.NAME, beta.NAME, alpha is sys.modules['plugins.alpha'])
print(importlib.import_module('plugins') is sys.modules['plugins'])
alpha.NAME = 'changed'
again = importlib.import_module('plugins.alpha')
print(again.NAME)
reloaded = importlib.reload(alpha)
print(reloaded is alpha, alpha.NAME, alpha.LOADS)
try:
    importlib.import_module('plugins.missing')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
try:
    importlib.import_module('.beta')
except TypeError as e:
    print('TypeError:', e)
names = sorted(m for m in sys.modules if m.startswith('plugins'))
print(names)
del sys.modules['plugins.beta']
fresh = importlib.import_module('plugins.beta')
print(fresh is beta, fresh.NAME)
