package org.taipan.objects;

import java.math.BigInteger;

/**
 * The slots and methods of {@code int} (CPython's {@code Objects/longobject.c} method table):
 * construction from numbers, strings and objects with {@code __int__}/{@code __index__}/
 * {@code __trunc__}, the operators (through {@link PyLong}'s long-first arithmetic), and
 * {@code bit_length}, {@code to_bytes}, {@code from_bytes}, {@code __round__} and the rest.
 */
final class IntMethods {
    private IntMethods() {
    }

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    static void setup(PyType t) {
        t.repr = self -> PyUnicode.of(((PyLong) self).toDecimalString());
        t.hash = self -> ((PyLong) self).pyHash();
        t.bool = self -> ((PyLong) self).signum() != 0;
        t.index = IntMethods::exact;
        t.asInt = IntMethods::exact;
        t.asFloat = self -> new PyFloat(((PyLong) self).doubleValue());
        t.neg = self -> ((PyLong) self).negate();
        t.pos = IntMethods::exact;
        t.abs = self -> ((PyLong) self).signum() < 0 ? ((PyLong) self).negate() : exact(self);
        t.invert = self -> PyLong.sub(PyLong.of(-1), (PyLong) self);
        t.richcompare = (a, b, op) -> {
            if (!(a instanceof PyLong) || !(b instanceof PyLong)) {
                return NI;
            }
            return PyBool.of(op.holds(((PyLong) a).compareTo((PyLong) b)));
        };
        for (int op = 0; op < 13; op++) {
            if (op == org.taipan.compile.BinaryOp.MATRIX_MULTIPLY.ordinal()) {
                continue; // int has no nb_matrix_multiply: no __matmul__/__rmatmul__
            }
            final int o = op;
            t.nb[op] = (a, b) -> {
                if (!(a instanceof PyLong) || !(b instanceof PyLong)) {
                    return NI;
                }
                PyObject r = PyLong.fastBinary((PyLong) a, (PyLong) b, o);
                return r == null ? NI : r;
            };
        }
        t.newFunc = (type, args, off, nargs, kw) -> {
            PyObject[] a = ArgParser.bind("int", new String[] {"x", "base"}, 1, 0, args, off, nargs, kw);
            PyLong v = intNew(a[0], a[1]);
            if (type == PyLong.TYPE) {
                return v;
            }
            return new PyLong.Derived(type, v);
        };
        t.method("bit_length", self -> PyLong.of(bitLength((PyLong) self)));
        t.method("bit_count", self -> {
            PyLong v = (PyLong) self;
            return PyLong.of(v.fitsLong() && v.longValue() != Long.MIN_VALUE ? Long.bitCount(Math.abs(v.longValue()))
                    : v.bigValue().abs().bitCount());
        });
        t.method("conjugate", IntMethods::exact);
        t.method("as_integer_ratio", self -> new PyTuple(exact(self), PyLong.of(1)));
        t.method("__trunc__", IntMethods::exact);
        t.method("__floor__", IntMethods::exact);
        t.method("__ceil__", IntMethods::exact);
        t.method("__getnewargs__", self -> new PyTuple(exact(self)));
        t.method("__sizeof__", self -> PyLong.of(sizeOf((PyLong) self)));
        t.method("__round__", 0, 1, (self, a, off, n) -> n == 0 ? exact(self) : round((PyLong) self, Abstract.index(a[off])));
        t.method("__format__", (self, spec) -> {
            if (!(spec instanceof PyUnicode)) {
                throw PyExc.typeError("__format__() argument must be str, not " + spec.getType().getName());
            }
            String s = ((PyUnicode) spec).value;
            if (s.isEmpty()) {
                return Abstract.str(self);
            }
            return PyUnicode.of(IntFormat.format((PyLong) self, s, self.getType().getName()));
        });
        t.method("__divmod__", (self, other) -> divmod(self, other));
        t.method("__rdivmod__", (self, other) -> divmod(other, self));
        t.methodKw("to_bytes", IntMethods::toBytes);
        t.classMethod("from_bytes", IntMethods::fromBytes);
        t.getset("real", IntMethods::exact, null);
        t.getset("imag", self -> PyLong.of(0), null);
        t.getset("numerator", IntMethods::exact, null);
        t.getset("denominator", self -> PyLong.of(1), null);
    }

    /** The value as an exact int (itself when it already is one): int(), +x, __index__ of subclasses. */
    static PyLong exact(PyObject self) {
        PyLong v = (PyLong) self;
        if (self.getClass() == PyLong.class) {
            return v;
        }
        return v.fitsLong() ? PyLong.of(v.longValue()) : PyLong.of(v.bigValue());
    }

    static int bitLength(PyLong v) {
        if (v.fitsLong()) {
            long x = v.longValue();
            return x == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(x));
        }
        return v.bigValue().abs().bitLength();
    }

    /** CPython's {@code int.__sizeof__} with 30-bit digits: header plus one 4-byte digit per 30 bits. */
    private static long sizeOf(PyLong v) {
        int digits = (bitLength(v) + 29) / 30;
        return 24 + 4L * Math.max(digits, 1);
    }

    /** {@code divmod(a, b)} of two ints: NotImplemented when either is not an int. */
    static PyObject divmod(PyObject a, PyObject b) {
        if (!(a instanceof PyLong) || !(b instanceof PyLong)) {
            return NI;
        }
        PyLong x = (PyLong) a;
        PyLong y = (PyLong) b;
        if (y.signum() == 0) {
            throw PyExc.zeroDivision("integer division or modulo by zero");
        }
        return new PyTuple(PyLong.floorDiv(x, y), PyLong.mod(x, y));
    }

    /** {@code round(int, ndigits)}: for negative ndigits, rounds half to even to a multiple of 10**-ndigits. */
    static PyLong round(PyLong v, PyLong ndigits) {
        if (ndigits.signum() >= 0) {
            return exact(v);
        }
        if (!ndigits.fitsLong() || ndigits.longValue() < -100000000L) {
            return PyLong.of(0);
        }
        int n = (int) -ndigits.longValue();
        BigInteger x = v.bigValue();
        if ((long) (x.abs().bitLength() * 0.30103) + 1 < n) {
            return PyLong.of(0); // |x| < 10**(n-1): below half of 10**n
        }
        BigInteger pow = BigInteger.TEN.pow(n);
        BigInteger[] qr = x.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        // floor semantics: make the remainder non-negative
        if (r.signum() < 0) {
            r = r.add(pow);
            q = q.subtract(BigInteger.ONE);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyLong.of(q.multiply(pow));
    }

    // --- construction ---

    static PyLong intNew(PyObject x, PyObject base) {
        if (x == null) {
            if (base != null) {
                throw PyExc.typeError("int() missing string argument");
            }
            return PyLong.of(0);
        }
        if (base != null) {
            PyLong bv = Abstract.index(base);
            long b = bv.fitsLong() ? bv.longValue() : -1;
            if (b != 0 && (b < 2 || b > 36)) {
                throw PyExc.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (x instanceof PyUnicode) {
                return PyLong.parse(((PyUnicode) x).value, (int) b, x);
            }
            byte[] raw = bytesLike(x);
            if (raw != null) {
                return PyLong.parse(latin1(raw), (int) b, x);
            }
            throw PyExc.typeError("int() can't convert non-string with explicit base");
        }
        // Exact ints and floats directly; their subclasses through the __int__ slot, which a
        // subclass may override (int(I(5)) calls I.__int__, as in CPython).
        if (x.getClass() == PyLong.class || x instanceof PyBool) {
            return exact(x);
        }
        if (x.getClass() == PyFloat.class) {
            return fromDouble(((PyFloat) x).value);
        }
        if (x instanceof PyUnicode) {
            return PyLong.parse(((PyUnicode) x).value, 10, x);
        }
        byte[] raw = bytesLike(x);
        if (raw != null) {
            return PyLong.parse(latin1(raw), 10, x);
        }
        PyType xt = x.getType();
        if (xt.asInt != null) {
            PyObject r = xt.asInt.apply(x);
            if (!(r instanceof PyLong)) {
                throw PyExc.typeError("__int__ returned non-int (type " + r.getType().getName() + ")");
            }
            return exact(r);
        }
        if (xt.index != null) {
            PyObject r = xt.index.apply(x);
            if (!(r instanceof PyLong)) {
                throw PyExc.typeError("__index__ returned non-int (type " + r.getType().getName() + ")");
            }
            return exact(r);
        }
        PyObject trunc = Abstract.lookupSpecial(x, "__trunc__");
        if (trunc != null) {
            WarningIssuer.warn(PyExc.DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.", 1);
            PyObject r = Abstract.call(trunc);
            if (r instanceof PyLong) {
                return exact(r);
            }
            if (r.getType().index == null) {
                throw PyExc.typeError("__trunc__ returned non-Integral (type " + r.getType().getName() + ")");
            }
            return exact(Abstract.index(r));
        }
        throw PyExc.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + xt.getName() + "'");
    }

    static String latin1(byte[] b) {
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * The bytes of a bytes-like object (bytes, bytearray, memoryview and their subclasses), or
     * null. bytearray and memoryview are recognised by their built-in type's name and read through
     * {@code bytes(x)}, so int and float need not know those classes.
     */
    static byte[] bytesLike(PyObject x) {
        if (x instanceof PyBytes) {
            return ((PyBytes) x).value;
        }
        PyType t = x.getType();
        while (t != null && t.isHeapType) {
            t = t.base;
        }
        if (t != null && (t.getName().equals("bytearray") || t.getName().equals("memoryview"))) {
            PyObject b = Abstract.call(PyBytes.TYPE, x);
            return b instanceof PyBytes ? ((PyBytes) b).value : null;
        }
        return null;
    }

    /** {@code int(float)}: truncation toward zero; inf and nan raise like CPython. */
    static PyLong fromDouble(double d) {
        if (d > -9.2e18 && d < 9.2e18) {
            return PyLong.of((long) d);
        }
        if (Double.isNaN(d)) {
            throw PyExc.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyExc.overflowError("cannot convert float infinity to integer");
        }
        return PyLong.of(new java.math.BigDecimal(d).toBigInteger());
    }

    // --- bytes ---

    private static final String[] TO_BYTES_NAMES = {"length", "byteorder", "signed"};

    /** {@code int.to_bytes(length=1, byteorder='big', *, signed=False)}. */
    private static PyObject toBytes(PyObject self, PyObject[] args, int off, int nargs, PyTuple kw) {
        PyObject[] a = bindWithKeywordOnly("to_bytes", TO_BYTES_NAMES, 2, args, off, nargs, kw);
        long length = 1;
        if (a[0] != null) {
            PyLong l = Abstract.index(a[0]);
            if (l.signum() < 0) {
                throw PyExc.valueError("length argument must be non-negative");
            }
            length = l.asLongExact();
        }
        boolean little = byteOrder("to_bytes", a[1]);
        boolean signed = a[2] != null && Abstract.isTrue(a[2]);
        BigInteger v = ((PyLong) self).bigValue();
        if (!signed && v.signum() < 0) {
            throw PyExc.overflowError("can't convert negative int to unsigned");
        }
        int needed = signed ? v.bitLength() + 1 : v.bitLength();
        if (needed > length * 8) {
            throw PyExc.overflowError("int too big to convert");
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw PyExc.raise(PyExc.MemoryError, "");
        }
        byte[] out;
        try {
            out = new byte[(int) length];
        } catch (OutOfMemoryError e) {
            throw IntFormat.outOfMemory();
        }
        byte[] two = v.toByteArray(); // big-endian two's complement, minimal
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        int n = out.length;
        for (int i = 0; i < n; i++) {
            int src = two.length - 1 - i;
            byte bt = src >= 0 ? two[src] : fill;
            out[little ? i : n - 1 - i] = bt;
        }
        return new PyBytes(out);
    }

    private static final String[] FROM_BYTES_NAMES = {"bytes", "byteorder", "signed"};

    /** {@code int.from_bytes(bytes, byteorder='big', *, signed=False)}, a class method. */
    private static PyObject fromBytes(PyObject unused, PyObject[] args, int off, int nargs, PyTuple kw) {
        PyType cls = (PyType) args[off];
        PyObject[] a = bindWithKeywordOnly("from_bytes", FROM_BYTES_NAMES, 2, args, off + 1, nargs - 1, kw);
        if (a[0] == null) {
            throw PyExc.typeError("from_bytes() missing required argument 'bytes' (pos 1)");
        }
        boolean little = byteOrder("from_bytes", a[1]);
        boolean signed = a[2] != null && Abstract.isTrue(a[2]);
        byte[] data = bytesOf(a[0]);
        byte[] be = new byte[data.length + 1]; // leading zero byte keeps it unsigned
        for (int i = 0; i < data.length; i++) {
            be[i + 1] = little ? data[data.length - 1 - i] : data[i];
        }
        BigInteger v = new BigInteger(be);
        if (signed && data.length > 0 && v.testBit(data.length * 8 - 1)) {
            v = v.subtract(BigInteger.ONE.shiftLeft(data.length * 8));
        }
        PyLong r = PyLong.of(v);
        if (cls == PyLong.TYPE) {
            return r;
        }
        return Abstract.call(cls, r);
    }

    private static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value;
        }
        if (o instanceof PyUnicode) {
            throw PyExc.typeError("cannot convert 'str' object to bytes");
        }
        PyObject it;
        try {
            it = Abstract.getIter(o);
        } catch (PyException e) {
            throw PyExc.typeError("cannot convert '" + o.getType().getName() + "' object to bytes");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            PyLong v = Abstract.index(x);
            if (!v.fitsLong() || v.longValue() < 0 || v.longValue() > 255) {
                throw PyExc.valueError("bytes must be in range(0, 256)");
            }
            out.write((int) v.longValue());
        }
        return out.toByteArray();
    }

    private static boolean byteOrder(String fname, PyObject o) {
        if (o == null) {
            return false;
        }
        if (!(o instanceof PyUnicode)) {
            throw PyExc.typeError(fname + "() argument 'byteorder' must be str, not " + o.getType().getName());
        }
        String s = ((PyUnicode) o).value;
        if (s.equals("little")) {
            return true;
        }
        if (s.equals("big")) {
            return false;
        }
        throw PyExc.valueError("byteorder must be either 'little' or 'big'");
    }

    /** Binds {@code names}: the first {@code positional} by position or keyword, the rest keyword-only. */
    static PyObject[] bindWithKeywordOnly(String fname, String[] names, int positional,
                                          PyObject[] args, int off, int nargs, PyTuple kw) {
        if (nargs > positional) {
            throw PyExc.typeError(fname + "() takes at most " + positional + " positional arguments (" + nargs + " given)");
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, off, out, 0, nargs);
        if (kw != null) {
            for (int i = 0; i < kw.size(); i++) {
                String k = ((PyUnicode) kw.get(i)).value;
                int j = -1;
                for (int p = 0; p < names.length; p++) {
                    if (names[p].equals(k)) {
                        j = p;
                        break;
                    }
                }
                if (j < 0) {
                    throw PyExc.typeError("'" + k + "' is an invalid keyword argument for " + fname + "()");
                }
                if (out[j] != null) {
                    throw PyExc.typeError("argument for " + fname + "() given by name ('" + k
                            + "') and position (" + (j + 1) + ")");
                }
                out[j] = args[off + nargs + i];
            }
        }
        return out;
    }
}
