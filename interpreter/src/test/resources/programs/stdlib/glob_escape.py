# glob.escape and has_magic; globbing names that contain wildcard characters; hidden-file rules.
import glob
import os

for s in ['a*b?c[d]e', '//?/c:/x*', 'plain', '[', '**', '', 'x]y']:
    print(repr(s), repr(glob.escape(s)), glob.has_magic(s))
print(glob.escape(b'x*[y]'), glob.has_magic(b'a?'), glob.has_magic(b'ab'))
top = 'glob_escape_tmp'
os.mkdir(top)
names = ['[x].txt', 'x.txt', 'what?.txt', 'star*.txt', '.hidden', '.h[1]']
for n in names:
    with open(os.path.join(top, n), 'w') as fh:
        fh.write(n)
for n in names:
    print(repr(n), glob.glob(os.path.join(top, glob.escape(n))), sorted(glob.glob(os.path.join(top, n))))
print(sorted(glob.glob(os.path.join(top, '*'))))
print(sorted(glob.glob(os.path.join(top, '.*'))), sorted(glob.glob(os.path.join(top, '*'), include_hidden=True)))
print(sorted(glob.glob('*', root_dir=top)), sorted(glob.glob('.*', root_dir=top)), glob.glob('x.txt', root_dir=top))
print(glob.glob(os.path.join(top, '?.txt')), sorted(glob.glob(os.path.join(top, '*[!t]'))))
for n in names:
    os.remove(os.path.join(top, n))
os.rmdir(top)
