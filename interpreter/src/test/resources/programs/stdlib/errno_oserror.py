# errno: OSError picks its subclass from the errno code
import errno

for name in ['EAGAIN', 'EALREADY', 'EWOULDBLOCK', 'EINPROGRESS', 'ECHILD', 'EPIPE', 'ESHUTDOWN',
             'ECONNABORTED', 'ECONNREFUSED', 'ECONNRESET', 'EEXIST', 'ENOENT', 'EISDIR',
             'ENOTDIR', 'EINTR', 'EACCES', 'EPERM', 'ESRCH', 'ETIMEDOUT', 'EINVAL', 'ENOSPC']:
    code = getattr(errno, name)
    err = OSError(code, 'message for ' + name)
    print(name, code, type(err).__name__, err.errno, err.strerror, str(err))
e = OSError(errno.ENOENT, 'No such file or directory', 'some/file.txt')
print(type(e).__name__, e.filename, str(e))
print(isinstance(e, FileNotFoundError), issubclass(FileNotFoundError, OSError))
print(errno.errorcode.get(9999), 'EFAKE' in dir(errno))
