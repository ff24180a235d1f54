# glob with recursive=True: '**' at any depth, with and without hidden files, directories only.
import glob
import os

top = 'glob_recursive_tmp'
for d in ['a/b/c', 'a/.h', 'x']:
    os.makedirs(os.path.join(top, d))
for f in ['1.txt', 'a/2.txt', 'a/b/3.py', 'a/b/c/4.txt', 'a/.h/5.txt', 'x/6.txt', '.7.txt']:
    with open(os.path.join(top, f), 'w') as fh:
        fh.write(f)
for pattern, kw in [('**', {}), ('**', {'recursive': True}), ('**/*.txt', {'recursive': True}),
                    ('**/', {'recursive': True}), ('a/**', {'recursive': True}), ('**/c', {'recursive': True}),
                    ('**/*.py', {'recursive': False}), ('**/*.py', {'recursive': True}),
                    ('a/**/*.txt', {'recursive': True}), ('**', {'recursive': True, 'include_hidden': True}),
                    ('**/*.txt', {'recursive': True, 'include_hidden': True}), ('a**', {'recursive': True}),
                    ('**/**', {'recursive': True})]:
    print(pattern, kw, sorted(glob.glob(os.path.join(top, pattern), **kw)))
for pattern, kw in [('**', {'recursive': True}), ('**/*.txt', {'recursive': True}), ('*', {}), ('*/', {}),
                    ('a/*', {}), ('**', {'recursive': True, 'include_hidden': True})]:
    print('root_dir', pattern, kw, sorted(glob.glob(pattern, root_dir=top, **kw)))
print(glob.glob('no_such_dir/**', recursive=True), glob.glob('**/nothing.here', root_dir=top, recursive=True))
for root, dirs, files in os.walk(top, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(top)
