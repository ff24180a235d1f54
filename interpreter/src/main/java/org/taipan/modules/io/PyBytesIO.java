package org.taipan.modules.io;

import java.util.Arrays;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/** {@code _io.BytesIO}: an in-memory binary stream over a growable byte array (bytesio.c). */
public class PyBytesIO extends PyIOBase {
    public static final PyType TYPE = PyType.builtin("_io.BytesIO", PyIOBase.BUFFERED, PyBytesIO::setup);

    private byte[] buf = new byte[0];
    private int size;
    private int pos;
    private boolean closed;

    PyBytesIO(PyType type) {
        super(type);
    }

    private void checkOpen() {
        if (closed) {
            throw PyExc.valueError("I/O operation on closed file.");
        }
    }

    private byte[] read(long n) {
        checkOpen();
        int avail = Math.max(0, size - pos);
        int k = n < 0 ? avail : (int) Math.min(n, avail);
        byte[] out = Arrays.copyOfRange(buf, Math.min(pos, size), Math.min(pos, size) + k);
        pos += k;
        return out;
    }

    private byte[] readline(long limit) {
        checkOpen();
        int start = Math.min(pos, size);
        int end = start;
        while (end < size && (limit < 0 || end - start < limit)) {
            if (buf[end++] == '\n') {
                break;
            }
        }
        pos = end;
        return Arrays.copyOfRange(buf, start, end);
    }

    private int write(byte[] b) {
        checkOpen();
        int end = pos + b.length;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos = end;
        size = Math.max(size, end);
        return b.length;
    }

    private static PyBytesIO self(PyObject o) {
        return (PyBytesIO) o;
    }

    private static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> new PyBytesIO(type);
        t.init = (self, args, off, nargs, kw) -> {
            PyObject[] p = ArgParser.bind("BytesIO", new String[] {"initial_bytes"}, 0, 0, args, off, nargs, kw);
            PyBytesIO b = self(b0(self));
            b.buf = new byte[0];
            b.size = b.pos = 0;
            if (p[0] != null && p[0] != PyNone.NONE) {
                b.write(bytesLike(p[0]));
                b.pos = 0;
            }
        };
        t.method("getvalue", self -> {
            self(self).checkOpen();
            return new PyBytes(Arrays.copyOf(self(self).buf, self(self).size));
        });
        t.method("getbuffer", self -> {
            self(self).checkOpen();
            return Abstract.call(org.taipan.objects.PyMemoryView.TYPE,
                    new PyByteArray(Arrays.copyOf(self(self).buf, self(self).size)));
        });
        t.method("read", 0, 1, (self, a, off, n) -> new PyBytes(self(self).read(size(n > 0 ? a[off] : null))));
        t.method("read1", 0, 1, (self, a, off, n) -> new PyBytes(self(self).read(size(n > 0 ? a[off] : null))));
        t.method("readline", 0, 1, (self, a, off, n) -> new PyBytes(self(self).readline(size(n > 0 ? a[off] : null))));
        t.method("readlines", 0, 1, (self, a, off, n) -> {
            self(self).checkOpen();
            return readlines(self, n > 0 ? a[off] : null);
        });
        t.method("readinto", (self, b) -> {
            self(self).checkOpen();
            return readIntoVia(self, b, "read");
        });
        t.method("write", (self, b) -> PyLong.of(self(self).write(bytesLike(b))));
        t.method("seek", 1, 2, (self, a, off, n) -> {
            PyBytesIO b = self(self);
            b.checkOpen();
            long p = Abstract.index(a[off]).longValue();
            int whence = n > 1 ? Abstract.asIndex(a[off + 1]) : 0;
            if (whence == 0) {
                if (p < 0) {
                    throw PyExc.valueError("negative seek value " + p);
                }
            } else if (whence == 1) {
                p = Math.max(0, b.pos + p);
            } else if (whence == 2) {
                p = Math.max(0, b.size + p);
            } else {
                throw PyExc.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            b.pos = (int) Math.min(p, Integer.MAX_VALUE - 8);
            return PyLong.of(b.pos);
        });
        t.method("tell", self -> {
            self(self).checkOpen();
            return PyLong.of(self(self).pos);
        });
        t.method("truncate", 0, 1, (self, a, off, n) -> {
            PyBytesIO b = self(self);
            b.checkOpen();
            long s = n == 0 || a[off] == PyNone.NONE ? b.pos : Abstract.index(a[off]).longValue();
            if (s < 0) {
                throw PyExc.valueError("negative size value " + s);
            }
            if (s < b.size) {
                b.size = (int) s;
            }
            return PyLong.of(s);
        });
        t.method("close", self -> {
            self(self).closed = true;
            self(self).baseClosed = true;
            return PyNone.NONE;
        });
        t.getset("closed", self -> PyBool.of(self(self).closed), null);
        t.method("flush", self -> {
            self(self).checkOpen();
            return PyNone.NONE;
        });
        for (String m : new String[] {"readable", "writable", "seekable"}) {
            t.method(m, self -> {
                self(self).checkOpen();
                return PyBool.TRUE;
            });
        }
        t.method("isatty", self -> {
            self(self).checkOpen();
            return PyBool.FALSE;
        });
        t.method("__getstate__", self -> new PyTuple(new PyBytes(Arrays.copyOf(self(self).buf, self(self).size)),
                PyLong.of(self(self).pos), self.getDict() == null ? PyNone.NONE : self.getDict()));
        t.iternext = self -> {
            byte[] line = self(self).readline(-1);
            return line.length == 0 ? null : new PyBytes(line);
        };
    }

    private static PyObject b0(PyObject o) {
        return o;
    }
}
