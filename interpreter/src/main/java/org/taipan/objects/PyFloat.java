package org.taipan.objects;

import org.taipan.format.PyRepr;

/** {@code float}: a Java double; repr is the shortest round-tripping form. */
public class PyFloat extends PyObject {
    public static PyType TYPE;
    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /**
     * The evaluation loop's inline path for BINARY_OP with a float operand and a float or
     * machine-word int other ({@code op} a BinaryOp ordinal, in-place forms included): +, -, *
     * and / by a nonzero; null when the general path must decide.
     */
    public static PyObject wordOp(PyObject a, PyObject b, int op) {
        double x;
        double y;
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        if (ca == PyFloat.class) {
            x = ((PyFloat) a).value;
            if (cb == PyFloat.class) {
                y = ((PyFloat) b).value;
            } else if (cb == PyLong.class && ((PyLong) b).big == null) {
                y = (double) ((PyLong) b).value;
            } else {
                return null;
            }
        } else if (cb == PyFloat.class && ca == PyLong.class && ((PyLong) a).big == null) {
            x = (double) ((PyLong) a).value;
            y = ((PyFloat) b).value;
        } else {
            return null;
        }
        switch (op >= 13 ? op - 13 : op) {
            case 0:
                return new PyFloat(x + y);
            case 10:
                return new PyFloat(x - y);
            case 5:
                return new PyFloat(x * y);
            case 11:
                return y == 0.0 ? null : new PyFloat(x / y);
            default:
                return null;
        }
    }

    public static String repr(double d) {
        return PyRepr.floatRepr(d);
    }

    /** CPython's float hash: equal to the int hash for integral values; inf and nan special. */
    public static long hash(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(d)) {
            return 0;
        }
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
            return PyLong.of((long) d).pyHash();
        }
        // Reduce the exact binary fraction m * 2**e modulo 2**61-1, as CPython does.
        long modulus = PyLong.HASH_MODULUS;
        int sign = d < 0 ? -1 : 1;
        double m = Math.abs(d);
        int e = Math.getExponent(m) + 1;
        m = m / Math.scalb(1.0, e);
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & modulus) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= modulus) {
                x -= modulus;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & modulus) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** A float subclass instance created in Python. */
    static final class Derived extends PyFloat {
        private final PyType type;
        private final PyDict dict;

        Derived(PyType type, double v) {
            super(v);
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
