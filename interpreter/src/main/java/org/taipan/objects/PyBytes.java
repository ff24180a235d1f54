package org.taipan.objects;

import org.taipan.format.PyRepr;

/** {@code bytes}: an immutable byte sequence; {@link #value} is exactly its bytes (never modified). */
public class PyBytes extends PyObject {
    private static final String[] NAMES_SOURCE_ENCODING_ERRORS = {"source", "encoding", "errors"};

    public static PyType TYPE;
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);
    public final byte[] value;

    public PyBytes(byte[] value) {
        this.value = value;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static void setup(PyType t) {
        t.repr = self -> PyUnicode.of(PyRepr.bytes(((PyBytes) self).value));
        t.str = t.repr;
        t.len = self -> ((PyBytes) self).value.length;
        t.hash = self -> hashOf(((PyBytes) self).value, ((PyBytes) self).value.length);
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyBytes)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(op.holds(BytesMethods.compare(a, b)));
        };
        t.getitem = (self, key) -> BytesMethods.getItem(self, key, "bytes");
        t.contains = BytesMethods::contains;
        t.iter = BytesIterator::new;
        t.addIsConcat = true;
        t.nb[0] = (a, b) -> {
            if (!(a instanceof PyBytes)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (BytesMethods.bufferOrNull(b) == null) {
                throw PyExc.typeError("can't concat " + b.getType().getName() + " to bytes");
            }
            return new PyBytes(BytesMethods.concat(a, b, "bytes"));
        };
        t.nb[5] = (a, b) -> {
            PyObject s = a instanceof PyBytes ? a : b;
            PyObject n = a instanceof PyBytes ? b : a;
            if (!(s instanceof PyBytes)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            byte[] r = BytesMethods.repeat(s, n);
            if (r == null) {
                // Not an index: give the other operand its turn (its __rmul__); the error text,
                // naming the non-int operand, comes from NumberProtocol like CPython's sequence_repeat.
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return new PyBytes(r);
        };
        t.nb[6] = (a, b) -> a instanceof PyBytes
                ? new PyBytes(PercentFormat.formatBytes(((PyBytes) a).value, ((PyBytes) a).value.length, b))
                : PyNotImplemented.NOT_IMPLEMENTED;
        t.newFunc = (type, args, off, nargs, kw) -> {
            PyObject[] a = ArgParser.bind("bytes", NAMES_SOURCE_ENCODING_ERRORS, 0, 0, args, off, nargs, kw);
            byte[] v;
            PyObject conv = a[0] != null && a[1] == null && a[2] == null && !(a[0] instanceof PyBytes)
                    ? Abstract.lookupSpecial(a[0], "__bytes__") : null;
            if (conv != null) {
                PyObject r = Abstract.call(conv);
                if (!(r instanceof PyBytes)) {
                    throw PyExc.typeError("__bytes__ returned non-bytes (type " + r.getType().getName() + ")");
                }
                v = ((PyBytes) r).value;
            } else {
                v = BytesMethods.fromSource("bytes", a[0], a[1], a[2]);
            }
            if (type == TYPE) {
                return v.length == 0 ? EMPTY : new PyBytes(v);
            }
            return new Derived(type, v);
        };
        BytesMethods.register(t, "bytes");
        t.method("__getnewargs__", self -> new PyTuple(new PyBytes(((PyBytes) self).value)));
        t.method("__sizeof__", self -> PyLong.of(33 + ((PyBytes) self).value.length));
        t.method("__bytes__", self -> self.getClass() == PyBytes.class ? self : new PyBytes(((PyBytes) self).value));
    }

    static long hashOf(byte[] v, int n) {
        long h = 0;
        for (int i = 0; i < n; i++) {
            h = h * 1000003 + (v[i] & 0xFF);
        }
        h = h * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h = (int) h;
        return h == -1 ? -2 : h;
    }

    /** A bytes subclass instance created in Python ({@code class B(bytes)}). */
    static final class Derived extends PyBytes {
        private final PyType type;
        private final PyDict dict;

        Derived(PyType type, byte[] value) {
            super(value);
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
