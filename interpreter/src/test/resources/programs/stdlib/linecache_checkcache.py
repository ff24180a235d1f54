# checkcache drops entries of files that changed or vanished
import linecache
import os

name = 'linecache_check_data.py'
with open(name, 'w') as f:
    f.write('x = 1\n')
try:
    print(repr(linecache.getline(name, 1)))
    with open(name, 'w') as f:
        f.write('y = 2\nz = 3\n')
    os.utime(name, (1000000000, 1000000000))
    print('stale:', repr(linecache.getline(name, 1)))
    linecache.checkcache(name)
    print('fresh:', repr(linecache.getline(name, 1)), repr(linecache.getline(name, 2)))
    linecache.checkcache()
    print(name in linecache.cache)
finally:
    os.remove(name)
linecache.checkcache(name)
print('after removal:', name in linecache.cache, repr(linecache.getline(name, 1)))
