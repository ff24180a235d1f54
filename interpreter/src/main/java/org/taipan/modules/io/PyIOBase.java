package org.taipan.modules.io;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyException;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * {@code _io._IOBase} and the three abstract layers under it ({@code _RawIOBase},
 * {@code _BufferedIOBase}, {@code _TextIOBase}): the behaviour every stream shares (closing,
 * context management, line iteration, the "unsupported" defaults), written against the Python
 * methods so that classes defined in Python can fill in the rest, as with CPython's iobase.c.
 * Every stream object is a {@code PyIOBase}, carrying its own type and instance dict so that
 * any of them can be subclassed in Python.
 */
public class PyIOBase extends PyObject {
    public static final PyType TYPE = PyType.builtin("_io._IOBase", null, PyIOBase::setup);
    public static final PyType RAW = PyType.builtin("_io._RawIOBase", TYPE, PyIOBase::setupRaw);
    public static final PyType BUFFERED = PyType.builtin("_io._BufferedIOBase", TYPE, PyIOBase::setupBuffered);
    public static final PyType TEXT = PyType.builtin("_io._TextIOBase", TYPE, PyIOBase::setupText);

    private final PyType type;
    private final PyDict dict;
    /** Set once {@code close()} has run (the {@code __IOBase_closed} flag). */
    boolean baseClosed;

    protected PyIOBase(PyType type) {
        this.type = type;
        // every stream has an instance dict (open() sets "mode" on text files; users add attributes)
        this.dict = new PyDict();
    }

    @Override
    public final PyType getType() {
        return type;
    }

    @Override
    public final PyDict getDict() {
        return dict;
    }

    /** {@code io.UnsupportedOperation(msg)}. */
    public static PyException unsupported(String msg) {
        return new PyException((org.taipan.objects.PyBaseException) Abstract.call(IoModule.UNSUPPORTED_OPERATION,
                PyUnicode.of(msg)));
    }

    /** ValueError("I/O operation on closed file.") */
    public static PyException closedError() {
        return PyExc.valueError("I/O operation on closed file.");
    }

    static void checkClosed(PyObject self) {
        if (Abstract.isTrue(Abstract.getAttr(self, "closed"))) {
            throw closedError();
        }
    }

    /** A size argument: None or missing is -1, otherwise an index. */
    static long size(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        if (!(o instanceof PyLong) && Abstract.lookupSpecial(o, "__index__") == null) {
            throw PyExc.typeError("argument should be integer or None, not '" + o.getType().getName() + "'");
        }
        return Abstract.index(o).longValue();
    }

    /** The bytes of a bytes-like argument (a copy for mutable ones). */
    static byte[] bytesLike(PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value;
        }
        if (o instanceof PyByteArray) {
            return ((PyByteArray) o).toBytes();
        }
        if (o instanceof org.taipan.objects.PyMemoryView) {
            return ((PyBytes) Abstract.callMethod(o, "tobytes")).value;
        }
        throw PyExc.typeError("a bytes-like object is required, not '" + o.getType().getName() + "'");
    }

    /** One line by the generic IOBase rule: peek/read(1) until b'\n' or {@code limit}. */
    static PyObject genericReadline(PyObject self, long limit) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            PyObject b = Abstract.callMethod(self, "read", PyLong.of(1));
            if (b == PyNone.NONE) {
                break;
            }
            if (!(b instanceof PyBytes)) {
                throw PyExc.raise(PyExc.OSError, "read() should have returned a bytes object, not '" + b.getType().getName() + "'");
            }
            byte[] v = ((PyBytes) b).value;
            if (v.length == 0) {
                break;
            }
            out.write(v, 0, v.length);
            if (v[v.length - 1] == '\n') {
                break;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    /** {@code readlines(hint)} over any stream's iteration. */
    static PyList readlines(PyObject self, PyObject hintArg) {
        long hint = size(hintArg);
        PyList out = new PyList();
        PyObject it = Abstract.getIter(self);
        long total = 0;
        for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            out.append(line);
            total += Abstract.len(line);
            if (hint > 0 && total >= hint) {
                break;
            }
        }
        return out;
    }

    private static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> new PyIOBase(type);
        t.init = (self, args, off, nargs, kw) -> { };
        t.method("seek", 1, 2, (self, a, off, n) -> {
            throw unsupported("seek");
        });
        t.method("tell", self -> Abstract.callMethod(self, "seek", PyLong.of(0), PyLong.of(1)));
        t.method("truncate", 0, 1, (self, a, off, n) -> {
            throw unsupported("truncate");
        });
        t.method("flush", self -> {
            checkClosed(self);
            return PyNone.NONE;
        });
        t.method("close", self -> {
            PyIOBase b = (PyIOBase) self;
            if (!b.baseClosed) {
                try {
                    Abstract.callMethod(self, "flush");
                } finally {
                    b.baseClosed = true;
                }
            }
            return PyNone.NONE;
        });
        t.getset("closed", self -> PyBool.of(((PyIOBase) self).baseClosed), null);
        t.method("seekable", self -> PyBool.FALSE);
        t.method("readable", self -> PyBool.FALSE);
        t.method("writable", self -> PyBool.FALSE);
        t.method("_checkClosed", 0, 1, (self, a, off, n) -> {
            checkClosed(self);
            return PyNone.NONE;
        });
        t.method("_checkReadable", 0, 1, (self, a, off, n) -> {
            if (!Abstract.isTrue(Abstract.callMethod(self, "readable"))) {
                throw unsupported("File or stream is not readable.");
            }
            return PyNone.NONE;
        });
        t.method("_checkWritable", 0, 1, (self, a, off, n) -> {
            if (!Abstract.isTrue(Abstract.callMethod(self, "writable"))) {
                throw unsupported("File or stream is not writable.");
            }
            return PyNone.NONE;
        });
        t.method("_checkSeekable", 0, 1, (self, a, off, n) -> {
            if (!Abstract.isTrue(Abstract.callMethod(self, "seekable"))) {
                throw unsupported("File or stream is not seekable.");
            }
            return PyNone.NONE;
        });
        t.method("__enter__", self -> {
            checkClosed(self);
            return self;
        });
        t.method("__exit__", 0, 3, (self, a, off, n) -> Abstract.callMethod(self, "close"));
        t.method("fileno", self -> {
            throw unsupported("fileno");
        });
        t.method("isatty", self -> {
            checkClosed(self);
            return PyBool.FALSE;
        });
        t.method("readline", 0, 1, (self, a, off, n) -> genericReadline(self, size(n > 0 ? a[off] : null)));
        t.method("readlines", 0, 1, (self, a, off, n) -> readlines(self, n > 0 ? a[off] : null));
        t.method("writelines", (self, lines) -> {
            checkClosed(self);
            PyObject it = Abstract.getIter(lines);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                Abstract.callMethod(self, "write", x);
            }
            return PyNone.NONE;
        });
        t.iter = self -> {
            checkClosed(self);
            return self;
        };
        t.iternext = self -> {
            PyObject line = Abstract.callMethod(self, "readline");
            return Abstract.len(line) == 0 ? null : line;
        };
        t.getset("__dict__", self -> ((PyIOBase) self).dict == null ? PyNone.NONE : ((PyIOBase) self).dict, null);
    }

    private static void setupRaw(PyType t) {
        t.method("read", 0, 1, (self, a, off, n) -> {
            long size = size(n > 0 ? a[off] : null);
            if (size < 0) {
                return Abstract.callMethod(self, "readall");
            }
            PyByteArray buf = new PyByteArray(new byte[(int) size]);
            PyObject got = Abstract.callMethod(self, "readinto", buf);
            if (got == PyNone.NONE) {
                return got;
            }
            int k = Abstract.asIndex(got);
            return new PyBytes(java.util.Arrays.copyOf(buf.toBytes(), k));
        });
        t.method("readall", self -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            while (true) {
                PyObject b = Abstract.callMethod(self, "read", PyLong.of(IoModule.DEFAULT_BUFFER_SIZE));
                if (b == PyNone.NONE) {
                    return out.size() == 0 ? b : new PyBytes(out.toByteArray());
                }
                byte[] v = bytesLike(b);
                if (v.length == 0) {
                    break;
                }
                out.write(v, 0, v.length);
            }
            return new PyBytes(out.toByteArray());
        });
        t.method("readinto", (self, b) -> {
            throw PyExc.raise(PyExc.NotImplementedError, "");
        });
        t.method("write", (self, b) -> {
            throw PyExc.raise(PyExc.NotImplementedError, "");
        });
    }

    private static void setupBuffered(PyType t) {
        t.method("read", 0, 1, (self, a, off, n) -> {
            throw unsupported("read");
        });
        t.method("read1", 0, 1, (self, a, off, n) -> {
            throw unsupported("read1");
        });
        t.method("write", (self, b) -> {
            throw unsupported("write");
        });
        t.method("detach", self -> {
            throw unsupported("detach");
        });
        t.method("readinto", (self, b) -> readIntoVia(self, b, "read"));
        t.method("readinto1", (self, b) -> readIntoVia(self, b, "read1"));
    }

    static PyObject readIntoVia(PyObject self, PyObject target, String method) {
        int n = Abstract.len(target);
        PyObject data = Abstract.callMethod(self, method, PyLong.of(n));
        byte[] v = bytesLike(data);
        for (int i = 0; i < v.length; i++) {
            Abstract.setItem(target, PyLong.of(i), PyLong.of(v[i] & 0xff));
        }
        return PyLong.of(v.length);
    }

    private static void setupText(PyType t) {
        t.method("read", 0, 1, (self, a, off, n) -> {
            throw unsupported("read");
        });
        t.method("readline", 0, 1, (self, a, off, n) -> {
            throw unsupported("readline");
        });
        t.method("write", (self, b) -> {
            throw unsupported("write");
        });
        t.method("detach", self -> {
            throw unsupported("detach");
        });
        t.getset("encoding", self -> PyNone.NONE, null);
        t.getset("newlines", self -> PyNone.NONE, null);
        t.getset("errors", self -> PyNone.NONE, null);
    }
}
