# warnings.warn prints "file:line: Category: message" and the source line to stderr, once per location.
import warnings


def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)
    return 'result'


def noisy():
    warnings.warn('something odd')


print('calling')
for _ in range(3):
    noisy()
warnings.simplefilter('always')
print(old_api())
warnings.warn('explicit category', RuntimeWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('recorded', UserWarning)
print([(w.category.__name__, str(w.message)) for w in caught])
warnings.simplefilter('error')
try:
    warnings.warn('now an error')
except UserWarning as e:
    print('raised:', repr(e))
print('done')
