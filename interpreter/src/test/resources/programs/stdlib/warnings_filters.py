# warnings: filters, actions, registries, catch_warnings(record=True), formatwarning.
import warnings


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    emit('a')
    emit('b', RuntimeWarning)
    warnings.warn(DeprecationWarning('instance'))
    warnings.warn('lvl', stacklevel=1)
print([(w.category.__name__, str(w.message), w.lineno) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for _ in range(3):
        emit('once per location')
    print(len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.filterwarnings('always', message='keep')
    emit('drop me')
    emit('keep me')
    emit('Keep too')
    print([str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.simplefilter('ignore', category=RuntimeWarning)
    emit('user')
    emit('runtime', RuntimeWarning)
    print([str(w.message) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter('error', category=RuntimeWarning)
    try:
        emit('boom', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', repr(e))
print(warnings.formatwarning('msg', UserWarning, 'file.py', 3, 'line text'), end='')
print(warnings.formatwarning('msg', FutureWarning, 'file.py', 4, ''), end='')
for args in [('x', int), ('x', 'notaclass')]:
    try:
        warnings.warn(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print('AssertionError:', e)
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
