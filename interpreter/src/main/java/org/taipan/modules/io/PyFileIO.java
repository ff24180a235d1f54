package org.taipan.modules.io;

import org.taipan.modules.FileDescriptorTable;
import org.taipan.modules.OsErrors;
import org.taipan.modules.PosixModule;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * {@code _io.FileIO}: raw, unbuffered binary I/O on a file descriptor from
 * {@link FileDescriptorTable} (CPython's fileio.c).
 */
public class PyFileIO extends PyIOBase {
    public static final PyType TYPE = PyType.builtin("_io.FileIO", PyIOBase.RAW, PyFileIO::setup);

    int fd = -1;
    PyObject name = PyNone.NONE;
    boolean readable;
    boolean writable;
    boolean appending;
    boolean created;
    boolean closefd = true;

    PyFileIO(PyType type) {
        super(type);
    }

    /** Opens {@code file} (a path or a descriptor) with a FileIO mode such as "rb+". */
    static PyFileIO open(PyType type, PyObject file, String mode, boolean closefd, PyObject opener) {
        PyFileIO f = new PyFileIO(type);
        f.init(file, mode, closefd, opener);
        return f;
    }

    void init(PyObject file, String mode, boolean closefd, PyObject opener) {
        int rwa = 0;
        boolean plus = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x': rwa++; created = true; writable = true; break;
                case 'r': rwa++; readable = true; break;
                case 'w': rwa++; writable = true; break;
                case 'a': rwa++; writable = true; appending = true; break;
                case 'b': break;
                case '+':
                    if (plus) {
                        throw PyExc.valueError("invalid mode: " + mode);
                    }
                    plus = true;
                    readable = writable = true;
                    break;
                default:
                    throw PyExc.valueError("invalid mode: " + mode);
            }
        }
        if (rwa != 1) {
            throw PyExc.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        int flags = readable && writable ? FileDescriptorTable.O_RDWR
                : readable ? FileDescriptorTable.O_RDONLY : FileDescriptorTable.O_WRONLY;
        if (created) {
            flags |= FileDescriptorTable.O_EXCL | FileDescriptorTable.O_CREAT;
        } else if (appending) {
            flags |= FileDescriptorTable.O_APPEND | FileDescriptorTable.O_CREAT;
        } else if (mode.indexOf('w') >= 0) {
            flags |= FileDescriptorTable.O_TRUNC | FileDescriptorTable.O_CREAT;
        }
        if (file instanceof org.taipan.objects.PyFloat) {
            throw PyExc.typeError("integer argument expected, got float");
        }
        if (file instanceof PyLong) {
            int d = ((PyLong) file).intValue();
            if (d < 0) {
                throw PyExc.valueError("negative file descriptor");
            }
            if (!FileDescriptorTable.isOpen(d)) {
                throw OsErrors.error(OsErrors.EBADF);
            }
            fd = d;
            this.closefd = closefd;
        } else {
            if (!closefd) {
                throw PyExc.valueError("Cannot use closefd=False with file name");
            }
            String p = PosixModule.path("FileIO", "file", file);
            if (opener != null && opener != PyNone.NONE) {
                PyObject r = Abstract.call(opener, file, PyLong.of(flags));
                if (!(r instanceof PyLong)) {
                    throw PyExc.typeError("expected integer from opener");
                }
                fd = ((PyLong) r).intValue();
                if (fd < 0) {
                    throw PyExc.valueError("opener returned " + fd);
                }
            } else {
                fd = FileDescriptorTable.open(PosixModule.resolve(p, file), flags, 0666, file);
            }
        }
        name = file;
        if (appending) {
            FileDescriptorTable.lseek(fd, 0, 2);
        }
    }

    String modeString() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    boolean closed() {
        return fd < 0;
    }

    void checkOpen() {
        if (fd < 0) {
            throw PyExc.valueError("I/O operation on closed file");
        }
    }

    byte[] read(long n) {
        checkOpen();
        if (!readable) {
            throw unsupported("File not open for reading");
        }
        if (n < 0) {
            return readAll();
        }
        return FileDescriptorTable.read(fd, (int) Math.min(n, Integer.MAX_VALUE - 8));
    }

    byte[] readAll() {
        checkOpen();
        if (!readable) {
            throw unsupported("File not open for reading");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (true) {
            byte[] b = FileDescriptorTable.read(fd, 65536);
            if (b.length == 0) {
                return out.toByteArray();
            }
            out.write(b, 0, b.length);
        }
    }

    int write(byte[] b) {
        checkOpen();
        if (!writable) {
            throw unsupported("File not open for writing");
        }
        return FileDescriptorTable.write(fd, b);
    }

    long seek(long pos, int whence) {
        checkOpen();
        if (whence < 0 || whence > 4) {
            throw OsErrors.error(OsErrors.EINVAL);
        }
        return FileDescriptorTable.lseek(fd, pos, whence);
    }

    long tell() {
        checkOpen();
        return FileDescriptorTable.lseek(fd, 0, 1);
    }

    void close() {
        if (fd >= 0) {
            int d = fd;
            fd = -1;
            if (closefd) {
                FileDescriptorTable.close(d);
            }
        }
        baseClosed = true;
    }

    boolean seekable() {
        checkOpen();
        return FileDescriptorTable.pathOf(fd) != null;
    }

    private static PyFileIO self(PyObject o) {
        return (PyFileIO) o;
    }

    private static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> new PyFileIO(type);
        t.init = (self, args, off, nargs, kw) -> {
            PyObject[] p = ArgParser.bind("FileIO", new String[] {"file", "mode", "closefd", "opener"}, 0, 1,
                    args, off, nargs, kw);
            String mode = p[1] == null ? "r" : Abstract.str(p[1]).value;
            self(self).init(p[0], mode, p[2] == null || Abstract.isTrue(p[2]), p[3]);
        };
        t.method("read", 0, 1, (self, a, off, n) -> new PyBytes(self(self).read(size(n > 0 ? a[off] : null))));
        t.method("readall", self -> new PyBytes(self(self).readAll()));
        t.method("readinto", (self, b) -> {
            byte[] got = self(self).read(Abstract.len(b));
            for (int i = 0; i < got.length; i++) {
                Abstract.setItem(b, PyLong.of(i), PyLong.of(got[i] & 0xff));
            }
            return PyLong.of(got.length);
        });
        t.method("write", (self, b) -> PyLong.of(self(self).write(bytesLike(b))));
        t.method("seek", 1, 2, (self, a, off, n) -> PyLong.of(self(self).seek(Abstract.index(a[off]).longValue(),
                n > 1 ? Abstract.asIndex(a[off + 1]) : 0)));
        t.method("tell", self -> PyLong.of(self(self).tell()));
        t.method("truncate", 0, 1, (self, a, off, n) -> {
            PyFileIO f = self(self);
            f.checkOpen();
            if (!f.writable) {
                throw unsupported("File not open for writing");
            }
            long size = n == 0 || a[off] == PyNone.NONE ? f.tell() : Abstract.index(a[off]).longValue();
            FileDescriptorTable.truncate(f.fd, size);
            return PyLong.of(size);
        });
        t.method("close", self -> {
            PyFileIO f = self(self);
            if (!f.closed() && f.getType() != TYPE) {
                Abstract.callMethod(self, "flush");
            }
            f.close();
            return PyNone.NONE;
        });
        t.getset("closed", self -> PyBool.of(self(self).closed()), null);
        t.getset("closefd", self -> PyBool.of(self(self).closefd), null);
        t.getset("mode", self -> PyUnicode.of(self(self).modeString()), null);
        t.getset("name", self -> self(self).name, (d, self, v) -> self(self).name = v);
        t.method("fileno", self -> {
            self(self).checkOpen();
            return PyLong.of(self(self).fd);
        });
        t.method("isatty", self -> {
            self(self).checkOpen();
            return PyBool.FALSE;
        });
        t.method("readable", self -> {
            self(self).checkOpen();
            return PyBool.of(self(self).readable);
        });
        t.method("writable", self -> {
            self(self).checkOpen();
            return PyBool.of(self(self).writable);
        });
        t.method("seekable", self -> PyBool.of(self(self).seekable()));
        t.repr = self -> {
            PyFileIO f = self(self);
            String tn = f.getType() == TYPE ? "_io.FileIO" : f.getType().getName();
            if (f.closed()) {
                return PyUnicode.of("<" + tn + " [closed]>");
            }
            return PyUnicode.of("<" + tn + " name=" + Abstract.repr(f.name).value + " mode='" + f.modeString()
                    + "' closefd=" + (f.closefd ? "True" : "False") + ">");
        };
    }
}
