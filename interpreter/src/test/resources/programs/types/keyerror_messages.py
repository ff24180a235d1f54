# KeyError str/repr for various keys; uncaught KeyError traceback shows the repr.
for key in ['text', 42, (1, 2), None, '', "quote's", 1.5]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(str(e)), repr(e), e.args)
try:
    raise KeyError('a', 'b')
except KeyError as e:
    print(str(e), repr(e))
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), repr(e))
try:
    {}.pop('gone')
except KeyError as e:
    print('pop:', e)
try:
    set().remove('absent')
except KeyError as e:
    print('set.remove:', e)
try:
    set().pop()
except KeyError as e:
    print('set.pop:', e)
import collections
try:
    collections.OrderedDict().popitem()
except KeyError as e:
    print('OrderedDict.popitem:', e)
print(issubclass(KeyError, LookupError), KeyError.__mro__[1].__name__)
config = {'host': 'localhost'}
print(config['port'])
