package org.taipan.modules;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;

/**
 * Linux error numbers, their {@code strerror} texts, and the {@code OSError} (subclass chosen by
 * errno, as CPython's {@code OSError.__new__} does) that a failed Java file operation becomes.
 */
public final class OsErrors {
    public static final int EPERM = 1, ENOENT = 2, EIO = 5, EBADF = 9, EAGAIN = 11, EACCES = 13,
            EEXIST = 17, EXDEV = 18, ENOTDIR = 20, EISDIR = 21, EINVAL = 22, ESPIPE = 29,
            ENAMETOOLONG = 36, ENOTEMPTY = 39, ELOOP = 40, ENOTSUP = 95;

    private OsErrors() {
    }

    /** {@code os.strerror(code)}: glibc's message text. */
    public static String strerror(int code) {
        switch (code) {
            case 0: return "Success";
            case EPERM: return "Operation not permitted";
            case ENOENT: return "No such file or directory";
            case 3: return "No such process";
            case 4: return "Interrupted system call";
            case EIO: return "Input/output error";
            case 6: return "No such device or address";
            case 7: return "Argument list too long";
            case 8: return "Exec format error";
            case EBADF: return "Bad file descriptor";
            case 10: return "No child processes";
            case EAGAIN: return "Resource temporarily unavailable";
            case 12: return "Cannot allocate memory";
            case EACCES: return "Permission denied";
            case 16: return "Device or resource busy";
            case EEXIST: return "File exists";
            case EXDEV: return "Invalid cross-device link";
            case 19: return "No such device";
            case ENOTDIR: return "Not a directory";
            case EISDIR: return "Is a directory";
            case EINVAL: return "Invalid argument";
            case 24: return "Too many open files";
            case 25: return "Inappropriate ioctl for device";
            case 27: return "File too large";
            case 28: return "No space left on device";
            case ESPIPE: return "Illegal seek";
            case 30: return "Read-only file system";
            case 32: return "Broken pipe";
            case 33: return "Numerical argument out of domain";
            case 34: return "Numerical result out of range";
            case ENAMETOOLONG: return "File name too long";
            case 38: return "Function not implemented";
            case ENOTEMPTY: return "Directory not empty";
            case ELOOP: return "Too many levels of symbolic links";
            case ENOTSUP: return "Operation not supported";
            case 110: return "Connection timed out";
            case 111: return "Connection refused";
            default: return "Unknown error " + code;
        }
    }

    /** {@code OSError(errno, strerror)}, made into the matching subclass. */
    public static PyException error(int errno) {
        return make(errno, null, null);
    }

    /** {@code OSError(errno, strerror, filename)}. */
    public static PyException error(int errno, PyObject filename) {
        return make(errno, filename, null);
    }

    /** {@code OSError(errno, strerror, filename, None, filename2)}: "... 'a' -> 'b'". */
    public static PyException error(int errno, PyObject filename, PyObject filename2) {
        return make(errno, filename, filename2);
    }

    private static PyException make(int errno, PyObject filename, PyObject filename2) {
        PyObject e;
        if (filename == null) {
            e = Abstract.call(PyExc.OSError, PyLong.of(errno), PyUnicode.of(strerror(errno)));
        } else if (filename2 == null) {
            e = Abstract.call(PyExc.OSError, PyLong.of(errno), PyUnicode.of(strerror(errno)), filename);
        } else {
            e = Abstract.call(PyExc.OSError, PyLong.of(errno), PyUnicode.of(strerror(errno)), filename,
                    PyNone.NONE, filename2);
        }
        return new PyException((PyBaseException) e);
    }

    /** The errno a Java file-system failure stands for. */
    public static int errnoOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (e instanceof AccessDeniedException) {
            return EACCES;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        if (e instanceof FileSystemLoopException) {
            return ELOOP;
        }
        if (e instanceof NotLinkException) {
            return EINVAL;
        }
        String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
        if (reason != null) {
            for (int code = 1; code < 134; code++) {
                if (reason.equals(strerror(code))) {
                    return code;
                }
            }
        }
        return EIO;
    }

    /** The OSError for a failed operation on {@code filename} (null: none to name). */
    public static PyException fromIOException(IOException e, PyObject filename) {
        return make(errnoOf(e), filename, null);
    }
}
