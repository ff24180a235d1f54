# linecache.getline/getlines on a file of our own
import linecache
import os

name = 'linecache_basics_data.txt'
with open(name, 'w') as f:
    f.write('first line\nsecond line\n\nfourth, no newline')
try:
    print(repr(linecache.getline(name, 1)), repr(linecache.getline(name, 4)))
    print(repr(linecache.getline(name, 0)), repr(linecache.getline(name, 5)), repr(linecache.getline(name, -1)))
    print(linecache.getlines(name))
    print(name in linecache.cache, len(linecache.cache[name]), type(linecache.cache[name][0]).__name__)
    print(linecache.getline('no_such_file.py', 1) == '', linecache.getlines('no_such_file.py'))
    linecache.clearcache()
    print(name in linecache.cache)
finally:
    os.remove(name)
