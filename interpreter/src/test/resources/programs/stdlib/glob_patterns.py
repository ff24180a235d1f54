# glob.glob with wildcards in one or more components, literal paths and trailing separators.
import glob
import os

top = 'glob_patterns_tmp'
for d in ['sub/deep', 'other', '.hid']:
    os.makedirs(os.path.join(top, d))
for f in ['a.txt', 'b.py', 'c.py', '.h.txt', 'sub/c.txt', 'sub/deep/d.txt', 'other/e.py', '.hid/f.txt', '[x].txt']:
    with open(os.path.join(top, f), 'w') as fh:
        fh.write(f)
for pattern in ['*', '*.txt', '*.py', '?.py', '[ab].*', '[!a]*', '*/*.txt', '*/*', '*/', 'sub', 'sub/', 'a.txt',
                'a.txt/', 'nope', 'nope/*', '*/deep/*', '.*', '[[]x].txt', '[x].txt', 's*/d*/d*']:
    print(repr(pattern), sorted(glob.glob(os.path.join(top, pattern))))
print(sorted(glob.glob(top + '/**')), glob.glob(''), glob.glob(top), glob.glob(top + '/'))
print(sorted(glob.glob(os.path.join(top, '*').encode())))
print(type(glob.iglob('*')).__name__, sorted(glob.iglob(os.path.join(top, '*.py'))))
for root, dirs, files in os.walk(top, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(top)
