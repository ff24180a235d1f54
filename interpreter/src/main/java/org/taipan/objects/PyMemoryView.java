package org.taipan.objects;

/**
 * {@code memoryview} over a bytes or bytearray object (one-dimensional, format 'B'): a window
 * {@code start + i*step} of the exporter's bytes without copying; writable over a bytearray.
 *
 * <p><b>Exports.</b> CPython forbids resizing a bytearray while a view of it is alive, and a
 * view dies with its last reference. Without reference counting we cannot see a view die, so
 * only a view inside a {@code with} block locks its bytearray (until the block exits or the view
 * is released): views that CPython would free at once ({@code memoryview(ba)[n:]} passed to a
 * call) must not leave the bytearray locked forever. A view whose bytearray shrank under it
 * raises BufferError when used.
 */
public final class PyMemoryView extends PyObject {
    private static final String[] NAMES_OBJECT = {"object"};

    public static PyType TYPE;
    final PyObject obj;
    final int start;
    final int step;
    final int length;
    boolean released;
    /** True while this view holds an export on its bytearray (inside a with block). */
    private boolean locking;

    PyMemoryView(PyObject obj, int start, int step, int length) {
        this.obj = obj;
        this.start = start;
        this.step = step;
        this.length = length;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private byte[] data() {
        return obj instanceof PyBytes ? ((PyBytes) obj).value : ((PyByteArray) obj).buf;
    }

    private void check() {
        if (released) {
            throw PyExc.valueError("operation forbidden on released memoryview object");
        }
        if (obj instanceof PyByteArray && length > 0) {
            int last = start + (length - 1) * step;
            int size = ((PyByteArray) obj).size;
            if (start >= size || last >= size || last < 0) {
                throw PyExc.raise(PyExc.BufferError, "memoryview: the underlying bytearray was resized");
            }
        }
    }

    int nbytes() {
        check();
        return length;
    }

    /** A contiguous copy of the viewed bytes. */
    byte[] toBytes() {
        check();
        byte[] d = data();
        if (step == 1) {
            return java.util.Arrays.copyOfRange(d, start, start + length);
        }
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = d[start + i * step];
        }
        return out;
    }

    private void release() {
        if (!released) {
            released = true;
            unlock();
        }
    }

    private void unlock() {
        if (locking) {
            locking = false;
            ((PyByteArray) obj).exports--;
        }
    }

    private static PyMemoryView mv(PyObject o) {
        return (PyMemoryView) o;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.newFunc = (type, args, off, nargs, kw) -> {
            PyObject[] a = ArgParser.bind("memoryview", NAMES_OBJECT, 0, 1, args, off, nargs, kw);
            PyObject o = a[0];
            if (o instanceof PyMemoryView) {
                PyMemoryView m = mv(o);
                m.check();
                return new PyMemoryView(m.obj, m.start, m.step, m.length);
            }
            if (!(o instanceof PyBytes) && !(o instanceof PyByteArray)) {
                throw PyExc.typeError("memoryview: a bytes-like object is required, not '" + o.getType().getName() + "'");
            }
            return new PyMemoryView(o, 0, 1, BytesMethods.bufferLength(o));
        };
        t.repr = self -> PyUnicode.of((mv(self).released ? "<released memory at 0x" : "<memory at 0x")
                + String.format("%012x", ObjectIds.id(self)) + ">");
        t.len = self -> mv(self).nbytes();
        t.hash = self -> {
            PyMemoryView m = mv(self);
            m.check();
            if (!(m.obj instanceof PyBytes)) {
                throw PyExc.valueError("cannot hash writable memoryview object");
            }
            byte[] b = m.toBytes();
            return PyBytes.hashOf(b, b.length);
        };
        t.richcompare = (a, b, op) -> {
            if (op != CompareOp.EQ && op != CompareOp.NE) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (a == b) {
                return PyBool.of(op == CompareOp.EQ);
            }
            PyMemoryView m = mv(a);
            if (m.released || b instanceof PyMemoryView && mv(b).released) {
                return PyBool.of(op == CompareOp.NE);
            }
            byte[] y = BytesMethods.bufferOrNull(b);
            if (y == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            boolean eq = java.util.Arrays.equals(m.toBytes(), 0, m.length, y, 0, BytesMethods.bufferLength(b));
            return PyBool.of(eq == (op == CompareOp.EQ));
        };
        t.getitem = (self, key) -> {
            PyMemoryView m = mv(self);
            m.check();
            if (key instanceof PySlice) {
                int[] r = ((PySlice) key).indices(m.length);
                return new PyMemoryView(m.obj, m.start + r[0] * m.step, m.step * r[2], PySlice.length(r));
            }
            if (!(key instanceof PyLong) && key.getType().index == null) {
                throw PyExc.typeError("memoryview: invalid slice key");
            }
            int i = m.index(key);
            return PyLong.of(m.data()[m.start + i * m.step] & 0xFF);
        };
        t.setitem = (self, key, value) -> {
            PyMemoryView m = mv(self);
            m.check();
            if (m.obj instanceof PyBytes) {
                throw PyExc.typeError("cannot modify read-only memory");
            }
            if (value == null) {
                throw PyExc.typeError("cannot delete memory");
            }
            byte[] d = m.data();
            if (key instanceof PySlice) {
                int[] r = ((PySlice) key).indices(m.length);
                int len = PySlice.length(r);
                byte[] src = BytesMethods.bufferOrNull(value);
                if (src == null) {
                    throw PyExc.typeError("a bytes-like object is required, not '" + value.getType().getName() + "'");
                }
                if (BytesMethods.bufferLength(value) != len) {
                    throw PyExc.valueError("memoryview assignment: lvalue and rvalue have different structures");
                }
                src = java.util.Arrays.copyOf(src, len);
                for (int k = 0; k < len; k++) {
                    d[m.start + (r[0] + k * r[2]) * m.step] = src[k];
                }
                return;
            }
            int i = m.index(key);
            if (!(value instanceof PyLong)) {
                throw PyExc.typeError("memoryview: invalid type for format 'B'");
            }
            PyLong l = (PyLong) value;
            if (!l.fitsInt() || l.intValue() < 0 || l.intValue() > 255) {
                throw PyExc.valueError("memoryview: invalid value for format 'B'");
            }
            d[m.start + i * m.step] = (byte) l.intValue();
        };
        t.iter = self -> {
            mv(self).check();
            return new PySeqIter(self);
        };
        t.method("tobytes", 0, 1, (self, a, off, n) -> new PyBytes(mv(self).toBytes()));
        t.method("tolist", self -> {
            byte[] b = mv(self).toBytes();
            PyObject[] items = new PyObject[b.length];
            for (int i = 0; i < b.length; i++) {
                items[i] = PyLong.of(b[i] & 0xFF);
            }
            return new PyList(items, items.length);
        });
        t.methodKw("hex", (self, a, off, n, kw) -> {
            byte[] b = mv(self).toBytes();
            return PyUnicode.of(BytesMethods.hex(b, b.length, a, off, n, kw));
        });
        t.method("release", self -> {
            mv(self).release();
            return PyNone.NONE;
        });
        t.method("__enter__", self -> {
            PyMemoryView m = mv(self);
            m.check();
            if (m.obj instanceof PyByteArray && !m.locking) {
                m.locking = true;
                ((PyByteArray) m.obj).exports++;
            }
            return self;
        });
        t.method("__exit__", 0, 3, (self, a, off, n) -> {
            mv(self).release();
            return PyNone.NONE;
        });
        t.method("toreadonly", self -> {
            PyMemoryView m = mv(self);
            m.check();
            return new PyMemoryView(m.obj instanceof PyBytes ? m.obj : new PyBytes(m.toBytes()), 0, 1, m.length);
        });
        t.getset("obj", self -> {
            mv(self).check();
            return mv(self).obj;
        }, null);
        t.getset("nbytes", self -> PyLong.of(mv(self).nbytes()), null);
        t.getset("readonly", self -> {
            mv(self).check();
            return PyBool.of(mv(self).obj instanceof PyBytes);
        }, null);
        t.getset("itemsize", self -> {
            mv(self).check();
            return PyLong.of(1);
        }, null);
        t.getset("format", self -> {
            mv(self).check();
            return PyUnicode.of("B");
        }, null);
        t.getset("ndim", self -> {
            mv(self).check();
            return PyLong.of(1);
        }, null);
        t.getset("shape", self -> new PyTuple(PyLong.of(mv(self).nbytes())), null);
        t.getset("strides", self -> {
            mv(self).check();
            return new PyTuple(PyLong.of(mv(self).step));
        }, null);
        t.getset("suboffsets", self -> {
            mv(self).check();
            return PyTuple.EMPTY;
        }, null);
        t.getset("f_contiguous", self -> {
            mv(self).check();
            return PyBool.of(mv(self).step == 1 || mv(self).length <= 1);
        }, null);
        t.method("cast", 0, 2, (self, a, off, n) -> {
            PyMemoryView m = mv(self);
            m.check();
            ArgParser.checkCount("cast", n, 1, 2);
            PyUnicode fmt = PyUnicode.checkArg(a[off], "cast", "argument 1");
            if (!fmt.value.equals("B")) {
                throw PyExc.valueError("memoryview: only the format 'B' is supported by this implementation");
            }
            if (m.step != 1) {
                throw PyExc.typeError("memoryview: casts are restricted to C-contiguous views");
            }
            return new PyMemoryView(m.obj, m.start, 1, m.length);
        });
        t.getset("contiguous", self -> {
            mv(self).check();
            return PyBool.of(mv(self).step == 1 || mv(self).length <= 1);
        }, null);
        t.getset("c_contiguous", self -> {
            mv(self).check();
            return PyBool.of(mv(self).step == 1 || mv(self).length <= 1);
        }, null);
    }

    private int index(PyObject key) {
        int i = Abstract.asIndex(key);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PyExc.indexError("index out of bounds on dimension 1");
        }
        return i;
    }
}
