# errno: the symbolic codes, errorcode, and their use with OSError
import errno, os

print(errno.EPERM, errno.ENOENT, errno.EACCES, errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.EINVAL)
print(errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK, errno.EDEADLOCK, errno.ENOTSUP, errno.EOPNOTSUPP)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(len(errno.errorcode))
for code, name in sorted(errno.errorcode.items()):
    assert getattr(errno, name) == code
print(sorted(errno.errorcode.items())[:20])
print(sorted(errno.errorcode.items())[-10:])
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), names[:8])
try:
    open('errno_codes_missing_file.txt')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
try:
    os.mkdir('.')
except OSError as e:
    print(e.errno == errno.EEXIST, type(e).__name__)
print(OSError(errno.EACCES, 'denied').errno, type(OSError(errno.ENOENT, 'x')).__name__)
print(type(OSError(errno.EEXIST, 'x')).__name__, type(OSError(errno.EAGAIN, 'x')).__name__)
