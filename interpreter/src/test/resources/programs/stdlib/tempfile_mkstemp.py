# tempfile: gettempdir, mkstemp, mkdtemp, mktemp - names, modes and who cleans up
import os
import tempfile

tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempprefix(), tempfile.gettempdir() is tmp or tempfile.gettempdir() == tmp)
fd, path = tempfile.mkstemp(suffix='.txt', prefix='g2b_')
name = os.path.basename(path)
print(type(fd).__name__, name.startswith('g2b_'), name.endswith('.txt'), len(name), os.path.dirname(path) == tmp)
print(oct(os.stat(path).st_mode & 0o777))
os.write(fd, b'abc')
os.close(fd)
with open(path) as f:
    print(f.read())
os.unlink(path)
names = set()
for i in range(5):
    fd, path = tempfile.mkstemp(dir='.')
    names.add(os.path.basename(path))
    print(os.path.dirname(path) == os.getcwd(), os.path.basename(path)[:3], len(os.path.basename(path)))
    os.close(fd)
    os.unlink(path)
print(len(names))
d = tempfile.mkdtemp(suffix='_d')
print(os.path.isdir(d), oct(os.stat(d).st_mode & 0o777), d.endswith('_d'), os.listdir(d))
os.rmdir(d)
m = tempfile.mktemp(prefix='never_')
print(os.path.basename(m).startswith('never_'), os.path.exists(m))
try:
    tempfile.mkstemp(dir='no_such_directory_here')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
