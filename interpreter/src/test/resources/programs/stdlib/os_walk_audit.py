# os.walk: one audit event per call (not per directory), fspath checked at call time,
# bottom-up order, pruning in top-down mode, onerror, makedirs/removedirs/renames.
import os
import shutil
import sys
import tempfile

events = []
sys.addaudithook(lambda name, args: events.append(args[1:]) if name == 'os.walk' else None)

root = tempfile.mkdtemp()
os.chdir(root)
os.makedirs(os.path.join('t', 'a', 'x'))
os.makedirs(os.path.join('t', 'b', '.'))
os.makedirs('t/c/', exist_ok=True)
for name in ('t/f1', 't/a/f2', 't/a/x/f3'):
    open(name, 'w').close()

print([(top, sorted(dirs), sorted(files)) for top, dirs, files in sorted(os.walk('t'))])
print('events:', events)
order = [top for top, _, _ in os.walk('t', topdown=False)]
print('bottom-up:', order.index('t/a/x') < order.index('t/a') < order.index('t'), order[-1])
for top, dirs, files in os.walk('t'):
    dirs[:] = sorted(d for d in dirs if d != 'a')
    print('pruned walk at', top, 'dirs', sorted(dirs))
try:
    os.walk(42)
except TypeError as exc:
    print('TypeError:', exc)
errors = []
print(list(os.walk('missing', onerror=errors.append)), [type(e).__name__ for e in errors])

try:
    os.makedirs('t/a')
except FileExistsError:
    print('makedirs existing: FileExistsError')
os.makedirs('t/a', exist_ok=True)
os.renames('t/a/x/f3', 't/new/deep/f3')
print('renamed:', os.path.exists('t/new/deep/f3'), 'old x left:', os.path.exists('t/a/x'))
os.remove('t/new/deep/f3')
os.removedirs('t/new/deep')
print('after removedirs:', sorted(os.listdir('t')))
os.makedirs(b't/bytes/.')
print('bytes dir:', os.path.isdir('t/bytes'))
os.chdir('/')
shutil.rmtree(root)
print('cleaned:', not os.path.exists(root))
