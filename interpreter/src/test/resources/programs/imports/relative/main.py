# Relative imports at several levels, and the errors for relative imports outside packages.
from app import core
from app.sub import leaf

print(core.describe())
print(leaf.describe())
print(leaf.helper is core.util.helper)
try:
    from . import nothing
except ImportError as e:
    print('ImportError:', e)
import app.sub.leaf as leaf_again
print(leaf_again is leaf)
