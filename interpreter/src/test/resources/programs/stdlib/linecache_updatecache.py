# updatecache reads a file and returns its lines; encodings and very long lines
import linecache
import os

name = 'linecache_update_data.py'
with open(name, 'w', encoding='utf-8') as f:
    f.write('# -*- coding: utf-8 -*-\ns = "héllo wörld"\n' + 'n = ' + '1' * 300 + '\n')
try:
    lines = linecache.updatecache(name)
    print(len(lines), repr(lines[1]), len(lines[2]))
    print(repr(linecache.getline(name, 2).strip()))
    print(linecache.updatecache('definitely_missing.py'))
    entry = linecache.cache[name]
    print(len(entry), type(entry[0]).__name__, type(entry[1]).__name__, entry[3] == name)
finally:
    os.remove(name)
    linecache.clearcache()
