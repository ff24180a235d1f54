# glob with root_dir: results relative to it, absolute patterns, bytes, PathLike roots.
import glob
import os

top = 'glob_root_dir_tmp'
for d in ['src/pkg', 'docs']:
    os.makedirs(os.path.join(top, d))
for f in ['src/main.py', 'src/pkg/__init__.py', 'src/pkg/mod.py', 'docs/index.md', 'README', '.config']:
    with open(os.path.join(top, f), 'w') as fh:
        fh.write(f)


class Root:
    def __fspath__(self):
        return top


for pattern, kw in [('*', {}), ('*/', {}), ('src/*.py', {}), ('**/*.py', {'recursive': True}), ('*/*/*', {}),
                    ('README', {}), ('missing', {}), ('src', {}), ('src/', {}), ('.*', {}),
                    ('**', {'recursive': True, 'include_hidden': True})]:
    print(pattern, kw, sorted(glob.glob(pattern, root_dir=top, **kw)))
print(sorted(glob.glob('*', root_dir=Root())), sorted(glob.glob(b'src/*', root_dir=top.encode())))
absolute = os.path.abspath(top)
print([os.path.relpath(p, absolute) for p in sorted(glob.glob(os.path.join(absolute, 'src', '*.py'), root_dir='elsewhere'))])
print(sorted(glob.iglob('*/*.md', root_dir=top)), glob.glob('*', root_dir='no_such_root'))
for root, dirs, files in os.walk(top, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(top)
