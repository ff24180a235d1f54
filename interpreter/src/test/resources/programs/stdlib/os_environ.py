# os.environ, getenv, putenv and unsetenv: our own view of the environment, type checks.
import os

key = 'TAIPAN_OS_ENVIRON_TEST'
print(type(os.environ).__name__, key in os.environ, os.getenv(key), os.getenv(key, 'default'))
os.environ[key] = 'value'
print(os.environ[key], os.getenv(key), key in os.environ, os.environ.get(key))
os.environ.setdefault(key, 'other')
os.environ.setdefault(key + '_2', 'second')
print(os.environ[key], os.environ[key + '_2'])
os.environ.update({key + '_3': 'third'})
print(os.environ.pop(key + '_3'), os.environ.pop(key + '_3', 'gone'))
del os.environ[key + '_2']
print(key + '_2' in os.environ, sorted(k for k in os.environ if k.startswith(key)))
for bad in [lambda: os.environ.__setitem__(key, 1), lambda: os.environ.__setitem__(1, 'x'),
            lambda: os.environ[key + '_missing'], lambda: os.environ.__delitem__(key + '_missing'),
            lambda: os.putenv('', 'x'), lambda: os.putenv('A=B', 'x'), lambda: os.putenv(key, 2),
            lambda: os.unsetenv(3), lambda: os.unsetenv(''), lambda: os.putenv('K\0', 'x')]:
    try:
        bad()
    except (TypeError, KeyError, ValueError, OSError) as e:
        print(type(e).__name__ + ':', e)
os.putenv(key + '_P', 'p')
os.unsetenv(key + '_P')
del os.environ[key]
print(os.getenv(key), repr(os.environ)[:9], isinstance(os.environ.copy(), dict))
print(os.pathsep in os.defpath, os.getenv('TAIPAN_NEVER_SET_VARIABLE'))
