# Import edge cases: sys.modules injection, failed package init, relative import beyond the top,
# import binding of submodules, import inside functions.
import sys
import types

fake = types.ModuleType('injected')
fake.answer = 42
sys.modules['injected'] = fake
import injected
print(injected.answer, injected is fake)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print('ImportError:', e)
try:
    import halfway
except RuntimeError as e:
    print('RuntimeError:', e, 'halfway' in sys.modules)
try:
    import top.beyond
except ImportError as e:
    print('ImportError:', e)
print('top' in sys.modules, 'top.beyond' in sys.modules)


def lazy():
    import top.leaf
    return top.leaf.NAME


print(lazy(), 'top' in dir(), 'top' in globals())
import top.leaf as leaf
from top import leaf as leaf2
print(leaf is leaf2, top_attr if False else sys.modules['top'].leaf is leaf)
