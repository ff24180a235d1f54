# fnmatch.filter over lists of names, bytes patterns, path-like names and type errors.
import fnmatch
import os

names = ['setup.py', 'README.md', 'main.py', 'test_main.py', 'notes.txt', 'data.csv', '.env', 'Makefile', 'x.PY']
for pat in ['*.py', 'test_*', '*.??', '[A-Z]*', '*[!y]', '.*', '*', '?????.*', 'M*e', '*.[pt][yx]*']:
    print(pat, fnmatch.filter(names, pat))
print(fnmatch.filter([b'a.py', b'b.txt', b'c.py'], b'*.py'), fnmatch.fnmatch(b'x.y', b'x.?'), fnmatch.fnmatchcase(b'\xe9', b'?'))
print(fnmatch.filter([], '*'), fnmatch.filter(iter(['a', 'b']), 'a'), fnmatch.filter(('q', 'r'), '[q]'))


class P(os.PathLike):
    def __fspath__(self):
        return 'pathlike.py'


print(fnmatch.fnmatch(P(), '*.py'))
for bad in [lambda: fnmatch.fnmatch('a', b'a'), lambda: fnmatch.fnmatch(b'a', 'a'), lambda: fnmatch.fnmatch(1, 'a'),
            lambda: fnmatch.fnmatch('a', None), lambda: fnmatch.filter(['a', b'b'], 'a')]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
print(fnmatch.__all__)
