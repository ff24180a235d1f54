# pathlib: pure paths - parsing, parts, names and suffixes, parents, joining, errors, reprs
from pathlib import *
import os
p=PurePosixPath('/a/b')
for t in [('/c',), ('a','/a')]:
    try: PurePosixPath(t[-1] if len(t)>1 else '/a/b').relative_to(t[0])
    except ValueError as e: print(e)
print(p.parents, list(p.parents), p.parents[-1], p.parents[0:2])
print(PurePosixPath('//a//b/./c/'), PurePosixPath('///a'), PurePosixPath(''), PurePosixPath('a','/b','c'))
print(PurePosixPath('/').name=='' , PurePosixPath('/').parent, PurePosixPath('.').parent, PurePosixPath('a').parent)
for f in [lambda: PurePosixPath('/').with_name('x'), lambda: PurePosixPath('a').with_suffix('x'), lambda: PurePosixPath('a').with_name('a/b'),
          lambda: PurePosixPath('a') < PureWindowsPath('a'), lambda: PurePosixPath('a') / 3, lambda: PurePosixPath(3), lambda: PurePosixPath('a').match(''),
          lambda: PurePosixPath('a').as_uri(), lambda: p.parents[2], lambda: WindowsPath('a')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(PurePosixPath('a')==PureWindowsPath('a'), PurePosixPath('a')==Path('a'))
print(PurePosixPath('a/b.tar.gz').suffixes, PurePosixPath('.bashrc').suffix, PurePosixPath('a.').suffixes)
print(PurePosixPath('/a/b/c.py').match('b/*.py'), PurePosixPath('/a/b/c.py').match('/*.py'), PurePosixPath('a/b').match('*'))
print(repr(Path('x')), [c.__name__ for c in type(Path()).__mro__])
print(PurePosixPath('/a b').as_uri())
w = PureWindowsPath('C:/Users\\Me/f.TXT'); print(w, repr(w), w.parts, w.drive, w.root, w == PureWindowsPath('c:/users/me/F.txt'), w.suffix)
print(PurePosixPath('a') / 'b' / PurePosixPath('c'), 'x' / PurePosixPath('y'), PurePosixPath('/x').joinpath('y', '/z', 'w'))
print(sorted([PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('a')]))
print(PurePosixPath('/a/b/c').relative_to('/a'), PurePosixPath('/a/b').is_relative_to('/a'), PurePosixPath('x.py').with_stem('y'), PurePosixPath('x.py').with_suffix(''))
