package org.taipan.objects;

import org.taipan.format.PyRepr;

/**
 * {@code bytearray}: a mutable byte sequence, {@code buf[0..size)} with spare capacity so that
 * {@code append} and {@code +=} are amortised O(1). While a memoryview exports it, resizing
 * raises BufferError as in CPython.
 */
public class PyByteArray extends PyObject {
    private static final String[] NAMES_SOURCE_ENCODING_ERRORS = {"source", "encoding", "errors"};

    public static PyType TYPE;
    byte[] buf;
    int size;
    /** Number of live memoryviews over this bytearray. */
    int exports;

    public PyByteArray(byte[] b) {
        this.buf = b;
        this.size = b.length;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** A copy of the current contents. */
    public byte[] toBytes() {
        return java.util.Arrays.copyOf(buf, size);
    }

    private void checkResizable() {
        if (exports > 0) {
            throw PyExc.raise(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }

    private void ensure(int n) {
        if (n > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(n, buf.length + (buf.length >> 1) + 8));
        }
    }

    void append(int b) {
        checkResizable();
        ensure(size + 1);
        buf[size++] = (byte) b;
    }

    void appendAll(byte[] b, int n) {
        checkResizable();
        ensure(size + n);
        System.arraycopy(b, 0, buf, size, n);
        size += n;
    }

    /** Replaces {@code [lo, hi)} by {@code src[0..n)}. */
    void replace(int lo, int hi, byte[] src, int n) {
        if (hi - lo != n) {
            checkResizable();
        }
        int newSize = size - (hi - lo) + n;
        byte[] target = newSize > buf.length ? new byte[Math.max(newSize, buf.length + (buf.length >> 1) + 8)] : buf;
        if (target != buf) {
            System.arraycopy(buf, 0, target, 0, lo);
        }
        System.arraycopy(buf, hi, target, lo + n, size - hi);
        System.arraycopy(src, 0, target, lo, n);
        buf = target;
        size = newSize;
    }

    private static PyByteArray ba(PyObject o) {
        return (PyByteArray) o;
    }

    static void setup(PyType t) {
        t.repr = self -> {
            String inner = PyRepr.bytes(ba(self).toBytes());
            return PyUnicode.of(self.getType().getName() + "(" + inner + ")");
        };
        t.str = t.repr;
        t.len = self -> ba(self).size;
        t.hash = self -> {
            throw PyExc.typeError("unhashable type: '" + self.getType().getName() + "'");
        };
        t.richcompare = (a, b, op) -> {
            if (BytesMethods.bufferOrNull(b) == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(op.holds(BytesMethods.compare(a, b)));
        };
        t.getitem = (self, key) -> BytesMethods.getItem(self, key, "bytearray");
        t.setitem = PyByteArray::setItem;
        t.contains = BytesMethods::contains;
        t.iter = BytesIterator::new;
        t.addIsConcat = true;
        t.nb[0] = (a, b) -> {
            if (!(a instanceof PyByteArray)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return new PyByteArray(BytesMethods.concat(a, b, "bytearray"));
        };
        t.nb[5] = (a, b) -> {
            PyObject s = a instanceof PyByteArray ? a : b;
            PyObject n = a instanceof PyByteArray ? b : a;
            if (!(s instanceof PyByteArray)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            byte[] r = BytesMethods.repeat(s, n);
            if (r == null) {
                // Not an index: give the other operand its turn (its __rmul__); the error text,
                // naming the non-int operand, comes from NumberProtocol like CPython's sequence_repeat.
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return new PyByteArray(r);
        };
        t.nb[6] = (a, b) -> a instanceof PyByteArray
                ? new PyByteArray(PercentFormat.formatBytes(ba(a).buf, ba(a).size, b)) : PyNotImplemented.NOT_IMPLEMENTED;
        // In-place forms: BinaryOp.INPLACE_ADD / INPLACE_MULTIPLY.
        int iadd = org.taipan.compile.BinaryOp.INPLACE_ADD.ordinal();
        int imul = org.taipan.compile.BinaryOp.INPLACE_MULTIPLY.ordinal();
        t.nb[iadd] = (a, b) -> {
            if (!(a instanceof PyByteArray)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            byte[] y = BytesMethods.bufferOrNull(b);
            if (y == null) {
                throw PyExc.typeError("can't concat " + b.getType().getName() + " to bytearray");
            }
            ba(a).appendAll(y == ba(a).buf ? ba(a).toBytes() : y, BytesMethods.bufferLength(b));
            return a;
        };
        t.nb[imul] = (a, b) -> {
            if (!(a instanceof PyByteArray)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            byte[] r = BytesMethods.repeat(a, b);
            if (r == null) {
                throw PyExc.typeError("can't multiply sequence by non-int of type '" + b.getType().getName() + "'");
            }
            ba(a).replace(0, ba(a).size, r, r.length);
            return a;
        };
        t.newFunc = (type, args, off, nargs, kw) -> type == TYPE ? new PyByteArray(new byte[0]) : new Derived(type);
        t.init = (self, args, off, nargs, kw) -> {
            PyObject[] a = ArgParser.bind("bytearray", NAMES_SOURCE_ENCODING_ERRORS, 0, 0, args, off, nargs, kw);
            byte[] v = BytesMethods.fromSource("bytearray", a[0], a[1], a[2]);
            PyByteArray b = ba(self);
            b.replace(0, b.size, v, v.length);
        };
        BytesMethods.register(t, "bytearray");
        t.method("append", (self, x) -> {
            if (!(x instanceof PyLong) && x.getType().index == null) {
                throw PyExc.typeError("'" + x.getType().getName() + "' object cannot be interpreted as an integer");
            }
            ba(self).append(BytesMethods.byteValue(x));
            return PyNone.NONE;
        });
        t.method("extend", (self, x) -> {
            byte[] b = BytesMethods.bufferOrNull(x);
            if (b != null) {
                ba(self).appendAll(b == ba(self).buf ? ba(self).toBytes() : b, BytesMethods.bufferLength(x));
                return PyNone.NONE;
            }
            if (x.getType().iter == null && x.getType().getitem == null) {
                throw PyExc.typeError("can't extend bytearray with " + x.getType().getName());
            }
            byte[] v = BytesMethods.fromIterable(x);
            ba(self).appendAll(v, v.length);
            return PyNone.NONE;
        });
        t.method("insert", 0, 2, (self, a, off, n) -> {
            ArgParser.checkCount("insert", n, 2, 2);
            PyByteArray b = ba(self);
            long i = Abstract.asClampedIndex(a[off]);
            if (!(a[off + 1] instanceof PyLong) && a[off + 1].getType().index == null) {
                throw PyExc.typeError("'" + a[off + 1].getType().getName() + "' object cannot be interpreted as an integer");
            }
            int v = BytesMethods.byteValue(a[off + 1]);
            if (i < 0) {
                i = Math.max(0, i + b.size);
            }
            i = Math.min(i, b.size);
            b.replace((int) i, (int) i, new byte[] {(byte) v}, 1);
            return PyNone.NONE;
        });
        t.method("pop", 0, 1, (self, a, off, n) -> {
            ArgParser.checkCount("pop", n, 0, 1);
            PyByteArray b = ba(self);
            if (b.size == 0) {
                throw PyExc.indexError("pop from empty bytearray");
            }
            long i = n == 0 ? -1 : Abstract.asClampedIndex(a[off]);
            if (i < 0) {
                i += b.size;
            }
            if (i < 0 || i >= b.size) {
                throw PyExc.indexError("pop index out of range");
            }
            int v = b.buf[(int) i] & 0xFF;
            b.replace((int) i, (int) i + 1, new byte[0], 0);
            return PyLong.of(v);
        });
        t.method("remove", (self, x) -> {
            PyByteArray b = ba(self);
            int v = BytesMethods.byteValue(x);
            for (int i = 0; i < b.size; i++) {
                if ((b.buf[i] & 0xFF) == v) {
                    b.replace(i, i + 1, new byte[0], 0);
                    return PyNone.NONE;
                }
            }
            throw PyExc.valueError("value not found in bytearray");
        });
        t.method("reverse", self -> {
            PyByteArray b = ba(self);
            for (int i = 0, j = b.size - 1; i < j; i++, j--) {
                byte x = b.buf[i];
                b.buf[i] = b.buf[j];
                b.buf[j] = x;
            }
            return PyNone.NONE;
        });
        t.method("clear", self -> {
            ba(self).replace(0, ba(self).size, new byte[0], 0);
            return PyNone.NONE;
        });
        t.method("copy", self -> new PyByteArray(ba(self).toBytes()));
        t.method("__alloc__", self -> PyLong.of(ba(self).size == 0 && ba(self).buf.length == 0 ? 0 : ba(self).buf.length + 1));
        t.method("__sizeof__", self -> PyLong.of(56 + (ba(self).buf.length == 0 ? 0 : ba(self).buf.length + 1)));
        t.method("__reduce__", self -> reduce(self, 2));
        t.method("__reduce_ex__", (self, proto) -> reduce(self, Abstract.asIndex(proto)));
    }

    /** Pickling: (type, (latin-1 text, 'latin-1') or (bytes,) from protocol 3, instance dict or None). */
    private static PyObject reduce(PyObject self, int proto) {
        PyByteArray b = ba(self);
        PyObject args = proto < 3
                ? new PyTuple(PyUnicode.of(new String(b.buf, 0, b.size, java.nio.charset.StandardCharsets.ISO_8859_1)),
                        PyUnicode.of("latin-1"))
                : new PyTuple(new PyBytes(b.toBytes()));
        PyDict d = self.getDict();
        return new PyTuple(self.getType(), args, d == null || Abstract.len(d) == 0 ? PyNone.NONE : d);
    }

    static void setItem(PyObject self, PyObject key, PyObject value) {
        PyByteArray b = ba(self);
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(b.size);
            byte[] src;
            int n;
            if (value == null) {
                src = new byte[0];
                n = 0;
            } else {
                byte[] buf = BytesMethods.bufferOrNull(value);
                if (buf != null) {
                    src = buf == b.buf ? b.toBytes() : buf;
                    n = BytesMethods.bufferLength(value);
                } else if (value instanceof PyLong || value instanceof PyUnicode
                        || value.getType().iter == null && value.getType().getitem == null) {
                    throw PyExc.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                } else {
                    src = BytesMethods.fromSource("bytearray", value, null, null);
                    n = src.length;
                }
            }
            if (r[2] == 1) {
                int hi = Math.max(r[0], r[1]);
                b.replace(r[0], hi, src, n);
                return;
            }
            int len = PySlice.length(r);
            if (value == null) {
                boolean[] del = new boolean[b.size];
                for (int i = 0, j = r[0]; i < len; i++, j += r[2]) {
                    del[j] = true;
                }
                b.checkResizableIf(len > 0);
                int k = 0;
                for (int i = 0; i < b.size; i++) {
                    if (!del[i]) {
                        b.buf[k++] = b.buf[i];
                    }
                }
                b.size = k;
                return;
            }
            if (n != len) {
                throw PyExc.valueError("attempt to assign bytes of size " + n + " to extended slice of size " + len);
            }
            for (int i = 0, j = r[0]; i < len; i++, j += r[2]) {
                b.buf[j] = src[i];
            }
            return;
        }
        if (!(key instanceof PyLong) && key.getType().index == null) {
            throw PyExc.typeError("bytearray indices must be integers or slices, not " + key.getType().getName());
        }
        int i = Abstract.asIndex(key);
        if (i < 0) {
            i += b.size;
        }
        if (i < 0 || i >= b.size) {
            throw PyExc.indexError("bytearray index out of range");
        }
        if (value == null) {
            b.replace(i, i + 1, new byte[0], 0);
            return;
        }
        if (!(value instanceof PyLong) && value.getType().index == null) {
            throw PyExc.typeError("'" + value.getType().getName() + "' object cannot be interpreted as an integer");
        }
        b.buf[i] = (byte) BytesMethods.byteValue(value);
    }

    private void checkResizableIf(boolean resizing) {
        if (resizing) {
            checkResizable();
        }
    }

    /** A bytearray subclass instance created in Python. */
    static final class Derived extends PyByteArray {
        private final PyType type;
        private final PyDict dict;

        Derived(PyType type) {
            super(new byte[0]);
            this.type = type;
            this.dict = type.instancesHaveDict ? new PyDict() : null;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }
    }
}
