# os-level file descriptors: open flags, read, write, lseek, ftruncate, fstat, close, errors.
import os

name = 'os_fd_calls.tmp'
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b'abcdef'), os.write(fd, bytearray(b'ghi')), os.write(fd, memoryview(b'jk')))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 2, os.SEEK_SET), os.write(fd, b'XY'), os.lseek(fd, 0, os.SEEK_END))
os.ftruncate(fd, 8)
print(os.fstat(fd).st_size, os.isatty(fd))
os.close(fd)
fd = os.open(name, os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 5), os.lseek(fd, -2, 2), os.read(fd, 10))
try:
    os.write(fd, b'no')
except OSError as e:
    print(type(e).__name__, e.errno, e)
os.close(fd)
for call in [lambda: os.close(fd), lambda: os.read(fd, 1), lambda: os.fstat(fd), lambda: os.lseek(fd, 0, 0)]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
fd = os.open(name, os.O_RDWR | os.O_APPEND)
os.write(fd, b'++')
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
os.close(fd)
for flags in [os.O_WRONLY | os.O_CREAT | os.O_EXCL, os.O_RDONLY]:
    try:
        os.close(os.open(name if flags != os.O_RDONLY else 'no_such_file', flags))
    except OSError as e:
        print(type(e).__name__, e)
try:
    os.open('.', os.O_WRONLY)
except OSError as e:
    print(type(e).__name__, e)
with open(os.open(name, os.O_RDONLY), 'rb') as f:
    print(f.read(), f.name == f.fileno())
with open(name, 'rb') as f:
    print(os.read(f.fileno(), 4), f.read())
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND, os.SEEK_SET, os.SEEK_END)
print(os.strerror(2), os.strerror(13), os.strerror(39), len(os.urandom(16)), type(os.urandom(0)).__name__)
os.remove(name)
