# os.scandir and os.walk over a small tree: DirEntry, context manager, topdown, pruning, onerror.
import os

top = 'os_walk_tmp'
for d in ['a/b', 'a/c', 'd', '.hidden']:
    os.makedirs(os.path.join(top, d))
for f in ['x.txt', 'a/y.py', 'a/b/z.txt', 'd/w.bin', '.dot']:
    with open(os.path.join(top, f), 'w') as fh:
        fh.write(f)
with os.scandir(top) as it:
    entries = sorted(it, key=lambda e: e.name)
    print(type(it).__name__)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), os.fspath(e), e.stat().st_size if e.is_file() else '-')
print(type(entries[0]).__name__, type(entries[0]).__module__, entries[0].inode() == os.stat(entries[0].path).st_ino)
it = os.scandir(top)
print(next(it).name in os.listdir(top))
it.close()
print(list(it))
for root, dirs, files in os.walk(top):
    dirs.sort()
    print(root, dirs, sorted(files))
print('bottom-up')
for root, dirs, files in os.walk(top, topdown=False):
    print(root, sorted(dirs), sorted(files))
print('pruned')
for root, dirs, files in os.walk(top):
    dirs[:] = sorted(d for d in dirs if not d.startswith('.') and d != 'd')
    print(root, dirs, sorted(files))
errors = []
print(list(os.walk('no_such_tree', onerror=errors.append)), [(type(e).__name__, e.filename) for e in errors])
print(sorted(e.name for e in os.scandir(os.path.join(top, 'a'))), [e.name for e in os.scandir(os.path.join(top, 'a', 'c'))])
total = 0
for root, dirs, files in os.walk(top):
    for f in files:
        total += os.path.getsize(os.path.join(root, f))
print(total)
for root, dirs, files in os.walk(top, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(top)
print(os.path.exists(top))
