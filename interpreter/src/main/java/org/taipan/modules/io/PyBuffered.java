package org.taipan.modules.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
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
 * {@code _io.BufferedReader}, {@code BufferedWriter} and {@code BufferedRandom}: a read-ahead
 * buffer and a write buffer over a raw stream (CPython's bufferedio.c). One class serves the
 * three types; which operations a type allows is fixed by its {@link Kind}. A {@link PyFileIO}
 * raw stream is called directly, any other through its Python methods.
 */
public class PyBuffered extends PyIOBase {
    enum Kind { READER, WRITER, RANDOM }

    public static final PyType READER = PyType.builtin("_io.BufferedReader", PyIOBase.BUFFERED, t -> setup(t, Kind.READER));
    public static final PyType WRITER = PyType.builtin("_io.BufferedWriter", PyIOBase.BUFFERED, t -> setup(t, Kind.WRITER));
    public static final PyType RANDOM = PyType.builtin("_io.BufferedRandom", PyIOBase.BUFFERED, t -> setup(t, Kind.RANDOM));

    final Kind kind;
    PyObject raw;
    int bufferSize = IoModule.DEFAULT_BUFFER_SIZE;
    /** Read-ahead bytes: {@code rbuf[rpos..rlen)} have been read from raw but not returned. */
    private byte[] rbuf = new byte[0];
    private int rpos;
    private int rlen;
    private final ByteArrayOutputStream wbuf = new ByteArrayOutputStream();
    private boolean detached;

    /**
     * Buffers holding unwritten bytes. CPython flushes a file when its last reference dies
     * ({@code open(p, 'w').write(s)} then reading p works there); with no reference counts we
     * flush these before any file operation by path and at exit, which looks the same from
     * inside the program.
     */
    private static final java.util.Set<PyBuffered> DIRTY =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private static volatile boolean anyDirty;

    /** Writes out every buffer's pending bytes (see {@link #DIRTY}). */
    public static void flushAll() {
        if (!anyDirty) {
            return;
        }
        PyBuffered[] all;
        synchronized (DIRTY) {
            all = DIRTY.toArray(new PyBuffered[0]);
            DIRTY.clear();
            anyDirty = false;
        }
        for (PyBuffered b : all) {
            try {
                if (!b.detached && !b.rawClosed()) {
                    b.flushWrites();
                }
            } catch (org.taipan.objects.PyException e) {
                // an error belongs to the program's own flush or close, which will see it again
            }
        }
    }

    PyBuffered(PyType type, Kind kind) {
        super(type);
        this.kind = kind;
    }

    static PyBuffered create(PyType type, PyObject raw, int bufferSize) {
        Kind kind = type == READER ? Kind.READER : type == WRITER ? Kind.WRITER : Kind.RANDOM;
        PyBuffered b = new PyBuffered(type, kind);
        b.raw = raw;
        if (bufferSize > 0) {
            b.bufferSize = bufferSize;
        }
        return b;
    }

    private PyFileIO fileRaw() {
        return raw instanceof PyFileIO && raw.getType() == PyFileIO.TYPE ? (PyFileIO) raw : null;
    }

    boolean rawClosed() {
        PyFileIO f = fileRaw();
        return f != null ? f.closed() : Abstract.isTrue(Abstract.getAttr(raw, "closed"));
    }

    private void checkAttached() {
        if (detached) {
            throw PyExc.valueError("raw stream has been detached");
        }
    }

    private void checkOpen(String what) {
        checkAttached();
        if (rawClosed()) {
            throw PyExc.valueError(what);
        }
    }

    /** Up to n bytes from raw (empty at EOF; null when a non-blocking raw has nothing). */
    private byte[] rawRead(int n) {
        PyFileIO f = fileRaw();
        if (f != null) {
            return f.read(n);
        }
        PyObject r = Abstract.callMethod(raw, "read", PyLong.of(n));
        return r == PyNone.NONE ? null : bytesLike(r);
    }

    private void rawWrite(byte[] b) {
        PyFileIO f = fileRaw();
        if (f != null) {
            f.write(b);
            return;
        }
        int done = 0;
        while (done < b.length) {
            byte[] part = done == 0 ? b : Arrays.copyOfRange(b, done, b.length);
            PyObject r = Abstract.callMethod(raw, "write", new PyBytes(part));
            if (r == PyNone.NONE) {
                throw PyExc.raise(PyExc.BlockingIOError, "write could not complete without blocking");
            }
            done += Abstract.asIndex(r);
        }
    }

    private long rawSeek(long pos, int whence) {
        PyFileIO f = fileRaw();
        if (f != null) {
            return f.seek(pos, whence);
        }
        return Abstract.index(Abstract.callMethod(raw, "seek", PyLong.of(pos), PyLong.of(whence))).longValue();
    }

    private long rawTell() {
        PyFileIO f = fileRaw();
        if (f != null) {
            return f.tell();
        }
        return Abstract.index(Abstract.callMethod(raw, "tell")).longValue();
    }

    private void requireReadable() {
        if (kind == Kind.WRITER) {
            throw unsupported("read");
        }
    }

    /** Writes out the write buffer. */
    void flushWrites() {
        if (wbuf.size() > 0) {
            byte[] b = wbuf.toByteArray();
            wbuf.reset();
            rawWrite(b);
        }
    }

    /** Gives unread read-ahead back to raw by seeking it back, so raw's position is ours. */
    private void dropReadAhead() {
        if (rlen - rpos > 0) {
            rawSeek(-(rlen - rpos), 1);
        }
        rpos = rlen = 0;
    }

    private int available() {
        return rlen - rpos;
    }

    /** Reads one more chunk from raw into the read-ahead buffer; false at EOF. */
    private boolean fill() {
        flushWrites();
        byte[] b = rawRead(bufferSize);
        if (b == null || b.length == 0) {
            return false;
        }
        int have = available();
        byte[] nb = new byte[have + b.length];
        System.arraycopy(rbuf, rpos, nb, 0, have);
        System.arraycopy(b, 0, nb, have, b.length);
        rbuf = nb;
        rpos = 0;
        rlen = nb.length;
        return true;
    }

    private byte[] take(int n) {
        byte[] out = Arrays.copyOfRange(rbuf, rpos, rpos + n);
        rpos += n;
        return out;
    }

    byte[] read(long n) {
        checkOpen("read of closed file");
        requireReadable();
        if (n < -1) {
            throw PyExc.valueError("read length must be non-negative or -1");
        }
        flushWrites();
        if (n < 0) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(rbuf, rpos, available());
            rpos = rlen = 0;
            PyFileIO f = fileRaw();
            if (f != null) {
                byte[] rest = f.readAll();
                out.write(rest, 0, rest.length);
            } else {
                while (true) {
                    byte[] b = rawRead(bufferSize);
                    if (b == null || b.length == 0) {
                        break;
                    }
                    out.write(b, 0, b.length);
                }
            }
            return out.toByteArray();
        }
        while (available() < n && fill()) {
            // keep reading until n bytes or EOF
        }
        return take((int) Math.min(n, available()));
    }

    byte[] read1(long n) {
        checkOpen("read of closed file");
        requireReadable();
        if (n < 0) {
            n = bufferSize;
        }
        if (n == 0) {
            return new byte[0];
        }
        if (available() == 0) {
            fill();
        }
        return take((int) Math.min(n, available()));
    }

    byte[] peek() {
        checkOpen("peek of closed file");
        requireReadable();
        if (available() == 0) {
            fill();
        }
        return Arrays.copyOfRange(rbuf, rpos, rlen);
    }

    /** A line with its b'\n' (at most {@code limit} bytes when limit >= 0). */
    byte[] readline(long limit) {
        checkOpen("readline of closed file");
        requireReadable();
        int scanned = 0;
        while (true) {
            for (int i = rpos + scanned; i < rlen; i++) {
                if (limit >= 0 && i - rpos >= limit) {
                    return take((int) limit);
                }
                if (rbuf[i] == '\n') {
                    return take(i - rpos + 1);
                }
            }
            scanned = available();
            if (limit >= 0 && scanned >= limit) {
                return take((int) limit);
            }
            if (!fill()) {
                return take(available());
            }
        }
    }

    int write(byte[] b) {
        checkAttached();
        if (rawClosed()) {
            throw PyExc.valueError("write to closed file");
        }
        if (kind == Kind.READER) {
            throw unsupported("write");
        }
        if (available() > 0) {
            dropReadAhead();
        }
        rpos = rlen = 0;
        // CPython's rule: what fits joins the buffer; otherwise the buffer goes out first, and
        // data larger than a whole buffer goes straight to raw
        if (wbuf.size() + b.length > bufferSize) {
            flushWrites();
            if (b.length > bufferSize) {
                rawWrite(b);
                return b.length;
            }
        }
        wbuf.write(b, 0, b.length);
        if (!anyDirty || !DIRTY.contains(this)) {
            synchronized (DIRTY) {
                DIRTY.add(this);
                anyDirty = true;
            }
        }
        return b.length;
    }

    void flush() {
        checkAttached();
        if (rawClosed()) {
            if (kind == Kind.READER) {
                return;
            }
            throw PyExc.valueError("flush of closed file");
        }
        flushWrites();
    }

    long seek(long pos, int whence) {
        if (whence < 0 || whence > 4) {
            throw PyExc.valueError("whence value " + whence + " unsupported");
        }
        checkOpen("seek of closed file");
        flushWrites();
        if (whence == 1) {
            pos -= available();
        }
        rpos = rlen = 0;
        return rawSeek(pos, whence);
    }

    long tell() {
        checkAttached();
        long p = rawTell() - available() + wbuf.size();
        return Math.max(p, 0);
    }

    long truncate(PyObject size) {
        checkOpen("truncate of closed file");
        if (kind == Kind.READER) {
            throw unsupported("truncate");
        }
        flushWrites();
        long pos = tell();
        dropReadAhead();
        PyObject r = Abstract.callMethod(raw, "truncate", size == null ? PyLong.of(pos) : size);
        return Abstract.index(r).longValue();
    }

    void close() {
        checkAttached();
        if (rawClosed()) {
            return;
        }
        try {
            flushWrites();
        } finally {
            PyFileIO f = fileRaw();
            if (f != null) {
                f.close();
            } else {
                Abstract.callMethod(raw, "close");
            }
            baseClosed = true;
        }
    }

    private static PyBuffered self(PyObject o) {
        return (PyBuffered) o;
    }

    private static void setup(PyType t, Kind kind) {
        String tname = t.name;
        t.newFunc = (type, args, off, nargs, kw) -> new PyBuffered(type, kind);
        t.init = (self, args, off, nargs, kw) -> {
            PyObject[] p = ArgParser.bind(tname, new String[] {"raw", "buffer_size"}, 0, 1, args, off, nargs, kw);
            PyBuffered b = self(self);
            if (kind != Kind.WRITER && !Abstract.isTrue(Abstract.callMethod(p[0], "readable"))) {
                throw unsupported("File or stream is not readable.");
            }
            if (kind != Kind.READER && !Abstract.isTrue(Abstract.callMethod(p[0], "writable"))) {
                throw unsupported("File or stream is not writable.");
            }
            b.raw = p[0];
            if (p[1] != null) {
                int size = Abstract.asIndex(p[1]);
                if (size <= 0) {
                    throw PyExc.valueError("buffer size must be strictly positive");
                }
                b.bufferSize = size;
            }
        };
        if (kind != Kind.WRITER) {
            t.method("read", 0, 1, (self, a, off, n) -> new PyBytes(self(self).read(size(n > 0 ? a[off] : null))));
            t.method("read1", 0, 1, (self, a, off, n) -> new PyBytes(self(self).read1(size(n > 0 ? a[off] : null))));
            t.method("peek", 0, 1, (self, a, off, n) -> new PyBytes(self(self).peek()));
            t.method("readline", 0, 1, (self, a, off, n) -> new PyBytes(self(self).readline(size(n > 0 ? a[off] : null))));
            t.method("readinto", (self, b) -> readIntoVia(self, b, "read"));
            t.method("readinto1", (self, b) -> readIntoVia(self, b, "read1"));
            t.iternext = self -> {
                byte[] line = self(self).readline(-1);
                return line.length == 0 ? null : new PyBytes(line);
            };
        }
        if (kind != Kind.READER) {
            t.method("write", (self, b) -> PyLong.of(self(self).write(bytesLike(b))));
        }
        t.method("truncate", 0, 1, (self, a, off, n) -> PyLong.of(self(self).truncate(n > 0 ? a[off] : null)));
        t.method("flush", self -> {
            self(self).flush();
            return PyNone.NONE;
        });
        t.method("seek", 1, 2, (self, a, off, n) -> {
            PyObject pos = a[off];
            if (!(pos instanceof PyLong) && Abstract.lookupSpecial(pos, "__index__") == null) {
                throw PyExc.typeError("'" + pos.getType().getName() + "' object cannot be interpreted as an integer");
            }
            return PyLong.of(self(self).seek(Abstract.index(pos).longValue(), n > 1 ? Abstract.asIndex(a[off + 1]) : 0));
        });
        t.method("tell", self -> PyLong.of(self(self).tell()));
        t.method("close", self -> {
            self(self).close();
            return PyNone.NONE;
        });
        t.method("detach", self -> {
            PyBuffered b = self(self);
            b.flush();
            b.checkAttached();
            PyObject r = b.raw;
            b.detached = true;
            return r;
        });
        t.getset("closed", self -> {
            self(self).checkAttached();
            return PyBool.of(self(self).rawClosed());
        }, null);
        t.getset("raw", self -> {
            self(self).checkAttached();
            return self(self).raw;
        }, null);
        t.getset("name", self -> Abstract.getAttr(self(self).raw, "name"), null);
        t.getset("mode", self -> Abstract.getAttr(self(self).raw, "mode"), null);
        t.method("fileno", self -> Abstract.callMethod(self(self).raw, "fileno"));
        t.method("isatty", self -> Abstract.callMethod(self(self).raw, "isatty"));
        t.method("readable", self -> kind == Kind.WRITER ? PyBool.FALSE : Abstract.callMethod(self(self).raw, "readable"));
        t.method("writable", self -> kind == Kind.READER ? PyBool.FALSE : Abstract.callMethod(self(self).raw, "writable"));
        t.method("seekable", self -> Abstract.callMethod(self(self).raw, "seekable"));
        t.repr = self -> {
            PyBuffered b = self(self);
            String tn = "_io." + tname;
            if (b.getType().isHeapType) {
                tn = b.getType().getName();
            }
            PyObject name = b.detached ? null : Abstract.getAttrOrNull(b.raw, "name");
            return PyUnicode.of(name == null ? "<" + tn + ">" : "<" + tn + " name=" + Abstract.repr(name).value + ">");
        };
    }
}
