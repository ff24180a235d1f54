# lazycache with a module globals' loader, and <string>-like names
import linecache


class Loader:
    def get_source(self, name):
        return 'def f():\n    return 42\n'


g = {'__name__': 'fake_mod', '__loader__': Loader()}
print(linecache.lazycache('fake_mod.py', g))
print(type(linecache.cache['fake_mod.py']).__name__, len(linecache.cache['fake_mod.py']))
print(repr(linecache.getline('fake_mod.py', 2)))
print(type(linecache.cache['fake_mod.py']).__name__, len(linecache.cache['fake_mod.py']))
print(linecache.lazycache('<string>', g), linecache.lazycache('', g))
print(linecache.lazycache('other.py', {}), linecache.lazycache('other.py', None))
print(linecache.getlines('<stdin>'))
