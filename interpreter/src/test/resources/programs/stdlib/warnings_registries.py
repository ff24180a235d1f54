# warnings: how 'once', 'module' and 'default' remember what they showed (per registry),
# warn_explicit with and without a registry, and the 'error' and 'ignore' actions.
import warnings

shown = []


def hook(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, filename, lineno))


def run(action, calls):
    del shown[:]
    with warnings.catch_warnings():
        warnings.resetwarnings()
        warnings.simplefilter(action)
        warnings.showwarning = hook
        for text, filename, lineno, registry in calls:
            warnings.warn_explicit(text, UserWarning, filename, lineno, registry=registry)
    print(action, shown)


first, second = {}, {}
calls = [('m', 'a.py', 1, first), ('m', 'a.py', 1, first), ('m', 'a.py', 2, first),
         ('m', 'b.py', 1, second), ('n', 'a.py', 1, first)]
for action in ('always', 'default', 'module', 'once'):
    first.clear()
    second.clear()
    run(action, calls)

# Without a registry, 'once' falls back to the module-wide onceregistry.
warnings.onceregistry.clear()
run('once', [('z', 'c.py', 1, None), ('z', 'c.py', 2, None), ('z', 'd.py', 3, None)])
print(sorted(k for k in warnings.onceregistry if k != 'version'))

# warn() uses the calling module's __warningregistry__.
namespace = {'__name__': 'other'}
del shown[:]
with warnings.catch_warnings():
    warnings.simplefilter('once')
    warnings.showwarning = hook
    warnings.warn('same text')
    exec("import warnings\nwarnings.warn('same text')", namespace)
    warnings.warn('same text')
print([(text, name, line) for text, name, _, line in shown])
print('registry in namespace:', '__warningregistry__' in namespace)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn_explicit('bad', RuntimeWarning, 'e.py', 7)
    except RuntimeWarning as exc:
        print('raised', repr(exc))
    warnings.filterwarnings('ignore', 'ba')
    warnings.warn_explicit('bad', RuntimeWarning, 'e.py', 7)
    print('ignored; filters in front:', warnings.filters[0][0])
