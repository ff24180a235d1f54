package org.taipan.objects;

import org.taipan.format.PyRepr;

/** {@code bytes}: an immutable byte sequence. */
public class PyBytes extends PyObject {
    public static PyType TYPE;
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
        t.hash = self -> {
            long h = java.util.Arrays.hashCode(((PyBytes) self).value) * 0x9E3779B97F4A7C15L;
            return h == -1 ? -2 : h;
        };
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyBytes)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(op.holds(java.util.Arrays.compareUnsigned(((PyBytes) a).value, ((PyBytes) b).value)));
        };
        t.getitem = (self, key) -> {
            byte[] v = ((PyBytes) self).value;
            if (key instanceof PySlice) {
                int[] r = ((PySlice) key).indices(v.length);
                byte[] out = new byte[PySlice.length(r)];
                for (int i = 0, j = r[0]; i < out.length; i++, j += r[2]) {
                    out[i] = v[j];
                }
                return new PyBytes(out);
            }
            int i = Abstract.asIndex(key);
            if (i < 0) {
                i += v.length;
            }
            if (i < 0 || i >= v.length) {
                throw PyExc.indexError("index out of range");
            }
            return PyLong.of(v[i] & 0xFF);
        };
        t.nb[0] = (a, b) -> {
            if (!(a instanceof PyBytes) || !(b instanceof PyBytes)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            byte[] x = ((PyBytes) a).value;
            byte[] y = ((PyBytes) b).value;
            byte[] r = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return new PyBytes(r);
        };
        t.method("decode", 0, 2, (self, a, off, n) -> {
            return PyUnicode.of(new String(((PyBytes) self).value, java.nio.charset.StandardCharsets.UTF_8));
        });
    }
}
