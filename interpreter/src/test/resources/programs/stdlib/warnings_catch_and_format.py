# catch_warnings(record=True), simplefilter actions, formatwarning and showwarning
import warnings


def emit(msg, category=UserWarning, stacklevel=1):
    warnings.warn(msg, category, stacklevel=stacklevel + 1)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    emit('first')
    emit('second', DeprecationWarning)
    emit('first')
    warnings.warn_explicit('explicit', RuntimeWarning, 'somefile.py', 12)
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno if w.filename != 'somefile.py' else 'somefile:12')
print(warnings.formatwarning('text', UserWarning, 'f.py', 3, line='x = 1'), end='')
print(repr(warnings.formatwarning('text', FutureWarning, 'f.py', 3, line='')))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('ignore')
    emit('hidden')
    warnings.simplefilter('error', UserWarning)
    try:
        emit('now an error')
    except UserWarning as e:
        print('raised:', type(e).__name__, e)
    print(len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    warnings.simplefilter('once')
    for _ in range(3):
        emit('once only')
        emit('once only', RuntimeWarning)
    print([str(w.message) for w in caught], [w.category.__name__ for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn(Warning('an instance'))
    warnings.warn('bytes category?', category=BytesWarning)
    print([(w.category.__name__, str(w.message)) for w in caught])
try:
    warnings.warn('x', category=int)
except TypeError as e:
    print('TypeError:', e)
try:
    warnings.simplefilter('sometimes')
except (ValueError, AssertionError) as e:
    print('rejected:', type(e).__name__)
