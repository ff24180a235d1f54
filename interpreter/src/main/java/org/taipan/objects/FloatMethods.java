package org.taipan.objects;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The slots and methods of {@code float} (CPython's {@code Objects/floatobject.c}): arithmetic
 * with CPython's error texts and floor/modulo signs, {@code **} with C99 special cases, exact
 * comparison with ints of any size, parsing of {@code float(str)}, {@code hex}/{@code fromhex},
 * {@code as_integer_ratio} and rounding.
 */
final class FloatMethods {
    private FloatMethods() {
    }

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    static final int ADD = 0;
    static final int FLOOR_DIVIDE = 2;
    static final int MULTIPLY = 5;
    static final int REMAINDER = 6;
    static final int POWER = 8;
    static final int SUBTRACT = 10;
    static final int TRUE_DIVIDE = 11;

    static void setup(PyType t) {
        t.repr = self -> PyUnicode.of(PyFloat.repr(((PyFloat) self).value));
        t.hash = self -> {
            double d = ((PyFloat) self).value;
            // Since 3.10 a NaN hashes by identity (like object.__hash__), so distinct NaNs spread in dicts.
            return Double.isNaN(d) ? ObjectIds.id(self) >>> 4 : PyFloat.hash(d);
        };
        t.bool = self -> ((PyFloat) self).value != 0.0;
        t.neg = self -> new PyFloat(-((PyFloat) self).value);
        t.pos = FloatMethods::exact;
        t.abs = self -> new PyFloat(Math.abs(((PyFloat) self).value));
        t.asFloat = FloatMethods::exact;
        t.asInt = self -> IntMethods.fromDouble(((PyFloat) self).value);
        t.richcompare = FloatMethods::richCompare;
        for (int op : new int[] {ADD, SUBTRACT, MULTIPLY, TRUE_DIVIDE, FLOOR_DIVIDE, REMAINDER, POWER}) {
            final int o = op;
            t.nb[op] = (a, b) -> {
                if (!isReal(a) || !isReal(b)) {
                    return NI;
                }
                return binary(toDouble(a), toDouble(b), o);
            };
        }
        t.newFunc = (type, args, off, nargs, kw) -> {
            ArgParser.noKeywords("float", kw);
            ArgParser.checkCount("float", nargs, 0, 1);
            double v = nargs == 0 ? 0.0 : floatNew(args[off]);
            return type == PyFloat.TYPE ? new PyFloat(v) : new PyFloat.Derived(type, v);
        };
        t.method("is_integer", self -> {
            double d = ((PyFloat) self).value;
            return PyBool.of(!Double.isInfinite(d) && d == Math.floor(d));
        });
        t.method("as_integer_ratio", self -> asIntegerRatio(((PyFloat) self).value));
        t.method("hex", self -> PyUnicode.of(toHex(((PyFloat) self).value)));
        t.classMethod("fromhex", (unused, a, off, n, kw) -> {
            ArgParser.noKeywords("fromhex", kw);
            if (n != 2) {
                throw PyExc.typeError("float.fromhex() takes exactly one argument (" + (n - 1) + " given)");
            }
            PyType cls = (PyType) a[off];
            PyObject s = a[off + 1];
            if (!(s instanceof PyUnicode)) {
                throw PyExc.typeError("bad argument type for built-in operation");
            }
            PyFloat r = new PyFloat(fromHex(((PyUnicode) s).value));
            return cls == PyFloat.TYPE ? r : Abstract.call(cls, r);
        });
        t.classMethod("__getformat__", (unused, a, off, n, kw) -> {
            ArgParser.noKeywords("__getformat__", kw);
            if (n != 2) {
                throw PyExc.typeError("float.__getformat__() takes exactly one argument (" + (n - 1) + " given)");
            }
            PyObject s = a[off + 1];
            if (!(s instanceof PyUnicode)) {
                throw PyExc.typeError("__getformat__() argument must be str, not " + s.getType().getName());
            }
            String v = ((PyUnicode) s).value;
            if (!v.equals("double") && !v.equals("float")) {
                throw PyExc.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return PyUnicode.of("IEEE, little-endian");
        });
        t.method("__trunc__", self -> IntMethods.fromDouble(((PyFloat) self).value));
        t.method("__floor__", self -> IntMethods.fromDouble(Math.floor(((PyFloat) self).value)));
        t.method("__ceil__", self -> IntMethods.fromDouble(Math.ceil(((PyFloat) self).value)));
        t.method("__round__", 0, 1, (self, a, off, n) -> Rounding.roundFloat(((PyFloat) self).value, n == 0 ? null : a[off]));
        t.method("conjugate", FloatMethods::exact);
        t.method("__getnewargs__", self -> new PyTuple(new PyFloat(((PyFloat) self).value)));
        t.method("__format__", (self, spec) -> {
            if (!(spec instanceof PyUnicode)) {
                throw PyExc.typeError("__format__() argument must be str, not " + spec.getType().getName());
            }
            String s = ((PyUnicode) spec).value;
            if (s.isEmpty()) {
                return Abstract.str(self);
            }
            return PyUnicode.of(FloatFormat.format(((PyFloat) self).value, s, self.getType().getName()));
        });
        t.method("__divmod__", (self, other) -> divmod(self, other));
        t.method("__rdivmod__", (self, other) -> divmod(other, self));
        t.getset("real", FloatMethods::exact, null);
        t.getset("imag", self -> new PyFloat(0.0), null);
    }

    /** The value as an exact float (itself when it already is one). */
    static PyFloat exact(PyObject self) {
        return self.getClass() == PyFloat.class ? (PyFloat) self : new PyFloat(((PyFloat) self).value);
    }

    static boolean isReal(PyObject o) {
        return o instanceof PyFloat || o instanceof PyLong;
    }

    static double toDouble(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        return ((PyLong) o).doubleValue();
    }

    /** One float operator on two doubles, with CPython's errors. */
    static PyObject binary(double x, double y, int op) {
        switch (op) {
            case ADD: return new PyFloat(x + y);
            case SUBTRACT: return new PyFloat(x - y);
            case MULTIPLY: return new PyFloat(x * y);
            case TRUE_DIVIDE:
                if (y == 0.0) {
                    throw PyExc.zeroDivision("float division by zero");
                }
                return new PyFloat(x / y);
            case FLOOR_DIVIDE:
                if (y == 0.0) {
                    throw PyExc.zeroDivision("float floor division by zero");
                }
                return new PyFloat(floorDiv(x, y));
            case REMAINDER:
                if (y == 0.0) {
                    throw PyExc.zeroDivision("float modulo");
                }
                return new PyFloat(mod(x, y));
            case POWER:
                return pow(x, y);
            default:
                return NI;
        }
    }

    static PyObject divmod(PyObject a, PyObject b) {
        if (!isReal(a) || !isReal(b)) {
            return NI;
        }
        double x = toDouble(a);
        double y = toDouble(b);
        if (y == 0.0) {
            throw PyExc.zeroDivision("float divmod()");
        }
        return new PyTuple(new PyFloat(floorDiv(x, y)), new PyFloat(mod(x, y)));
    }

    /** Python's {@code x % y} for floats: the sign of the divisor, and a zero result signed like it. */
    static double mod(double x, double y) {
        double m = x % y;
        if (m != 0) {
            if ((y < 0) != (m < 0)) {
                m += y;
            }
        } else {
            m = Math.copySign(0.0, y);
        }
        return m;
    }

    /** Python's {@code x // y} for floats: (x - x % y) / y, snapped to the nearest integer like CPython. */
    static double floorDiv(double x, double y) {
        double m = x % y;
        double div = (x - m) / y;
        if (m != 0 && (y < 0) != (m < 0)) {
            div -= 1.0;
        }
        if (div != 0) {
            double f = Math.floor(div);
            if (div - f > 0.5) {
                f += 1.0;
            }
            return f;
        }
        return Math.copySign(0.0, x / y);
    }

    /** {@code x ** y} for floats: C99 special values, ZeroDivisionError, OverflowError, complex for negative bases. */
    static PyObject pow(double x, double y) {
        if (y == 0.0) {
            return new PyFloat(1.0);
        }
        if (Double.isNaN(x)) {
            return new PyFloat(x);
        }
        if (Double.isNaN(y)) {
            return new PyFloat(x == 1.0 ? 1.0 : y);
        }
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return new PyFloat(1.0);
            }
            return new PyFloat((y > 0) == (ax > 1.0) ? Double.POSITIVE_INFINITY : 0.0);
        }
        boolean oddInteger = Math.abs(y) < 9007199254740992.0 && y == Math.floor(y) && ((long) y & 1) != 0;
        if (Double.isInfinite(x)) {
            if (x > 0) {
                return new PyFloat(y > 0 ? x : 0.0);
            }
            return new PyFloat(y > 0 ? (oddInteger ? x : -x) : (oddInteger ? -0.0 : 0.0));
        }
        if (x == 0.0) {
            if (y < 0) {
                throw PyExc.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(oddInteger ? x : 0.0);
        }
        if (x < 0 && y != Math.floor(y)) {
            // A negative number to a fractional power is complex.
            return ComplexMethods.pow(x, 0.0, y, 0.0);
        }
        double r;
        if (y == Math.rint(y) && Math.abs(y) <= 128) {
            r = integerPower(x, (int) y);
        } else if (y == 0.5) {
            r = Math.sqrt(x); // x > 0 here; sqrt is correctly rounded like C's pow(x, 0.5)
        } else {
            r = Math.pow(x, y);
        }
        if (Double.isInfinite(r)) {
            throw PyExc.overflowError("(34, 'Numerical result out of range')");
        }
        return new PyFloat(r);
    }

    /**
     * x ** n for a small integer n, correctly rounded from the exact power (x = m * 2**e exactly,
     * so x**n = m**n * 2**(e*n)), where Java's Math.pow may be an ulp away from C's pow.
     */
    static double integerPower(double x, int n) {
        if (n == 0) {
            return 1.0;
        }
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075;
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        int an = Math.abs(n);
        long e = (long) exp * an; // |x|**|n| = mant**|n| * 2**e
        BigInteger m = BigInteger.valueOf(mant).pow(an);
        long top = e + m.bitLength();
        double r;
        if (n > 0) {
            if (top > 1100) {
                r = Double.POSITIVE_INFINITY;
            } else if (top < -1100) {
                r = 0.0;
            } else {
                r = e >= 0 ? m.shiftLeft((int) e).doubleValue() : PyLong.ratioToDouble(m, BigInteger.ONE.shiftLeft((int) -e));
            }
        } else {
            // 1 / (m * 2**e)
            if (top > 1100) {
                r = 0.0;
            } else if (top < -1100) {
                r = Double.POSITIVE_INFINITY;
            } else {
                r = e >= 0 ? PyLong.ratioToDouble(BigInteger.ONE, m.shiftLeft((int) e))
                        : PyLong.ratioToDouble(BigInteger.ONE.shiftLeft((int) -e), m);
            }
        }
        return x < 0 && (an & 1) != 0 ? -r : r;
    }

    // --- comparison ---

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        double x = ((PyFloat) a).value;
        if (b instanceof PyFloat) {
            double y = ((PyFloat) b).value;
            return PyBool.of(compareDoubles(x, y, op));
        }
        if (b instanceof PyLong) {
            if (Double.isNaN(x)) {
                return PyBool.of(op == CompareOp.NE);
            }
            return PyBool.of(op.holds(compareWithInt(x, (PyLong) b)));
        }
        return NI;
    }

    static boolean compareDoubles(double x, double y, CompareOp op) {
        switch (op) {
            case LT: return x < y;
            case LE: return x <= y;
            case EQ: return x == y;
            case NE: return x != y;
            case GT: return x > y;
            default: return x >= y;
        }
    }

    /** The sign of x - i, exactly (CPython compares a float with an int without rounding the int). */
    static int compareWithInt(double x, PyLong i) {
        if (Double.isInfinite(x)) {
            return x > 0 ? 1 : -1;
        }
        if (i.fitsLong()) {
            long v = i.longValue();
            if (v > -(1L << 53) && v < (1L << 53)) {
                double y = v;
                return x < y ? -1 : x > y ? 1 : 0;
            }
        }
        return new BigDecimal(x).compareTo(new BigDecimal(i.bigValue()));
    }

    // --- conversions ---

    static PyObject asIntegerRatio(double d) {
        if (Double.isInfinite(d)) {
            throw PyExc.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(d)) {
            throw PyExc.valueError("cannot convert NaN to integer ratio");
        }
        if (d == 0) {
            return new PyTuple(PyLong.of(0), PyLong.of(1));
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075; // value = mant * 2**exp
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        if (d < 0) {
            mant = -mant;
        }
        if (exp >= 0) {
            return new PyTuple(PyLong.of(BigInteger.valueOf(mant).shiftLeft(exp)), PyLong.of(1));
        }
        return new PyTuple(PyLong.of(mant), PyLong.of(BigInteger.ONE.shiftLeft(-exp)));
    }

    /** {@code float.hex()}: 13 hex digits of the significand after the point, like CPython. */
    static String toHex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        String lead;
        int e;
        if (exp == 0) {
            lead = "0";
            e = -1022;
        } else {
            lead = "1";
            e = exp - 1023;
        }
        String frac = Long.toHexString(mant);
        frac = "0".repeat(13 - frac.length()) + frac;
        return sign + "0x" + lead + "." + frac + "p" + (e >= 0 ? "+" : "") + e;
    }

    /** {@code float.fromhex(s)}: [sign] [0x] hexdigits [. hexdigits] [p exponent], or inf/nan; correctly rounded. */
    static double fromHex(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && PyLong.isSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && PyLong.isSpace(s.charAt(n - 1))) {
            n--;
        }
        String t = s.substring(i, n);
        Double special = parseSpecial(t);
        if (special != null) {
            return special;
        }
        int p = 0;
        boolean neg = false;
        if (p < t.length() && (t.charAt(p) == '+' || t.charAt(p) == '-')) {
            neg = t.charAt(p) == '-';
            p++;
        }
        if (p + 1 < t.length() && t.charAt(p) == '0' && (t.charAt(p + 1) == 'x' || t.charAt(p + 1) == 'X')) {
            p += 2;
        }
        BigInteger mant = BigInteger.ZERO;
        long exp = 0;
        int digits = 0;
        StringBuilder hex = new StringBuilder();
        while (p < t.length() && Character.digit(t.charAt(p), 16) >= 0 && t.charAt(p) < 128) {
            hex.append(t.charAt(p++));
            digits++;
        }
        if (p < t.length() && t.charAt(p) == '.') {
            p++;
            while (p < t.length() && Character.digit(t.charAt(p), 16) >= 0 && t.charAt(p) < 128) {
                hex.append(t.charAt(p++));
                digits++;
                exp -= 4;
            }
        }
        if (digits == 0) {
            throw PyExc.valueError("invalid hexadecimal floating-point string");
        }
        if (p < t.length() && (t.charAt(p) == 'p' || t.charAt(p) == 'P')) {
            p++;
            int es = p;
            if (p < t.length() && (t.charAt(p) == '+' || t.charAt(p) == '-')) {
                p++;
            }
            int ds = p;
            while (p < t.length() && t.charAt(p) >= '0' && t.charAt(p) <= '9') {
                p++;
            }
            if (p == ds) {
                throw PyExc.valueError("invalid hexadecimal floating-point string");
            }
            String e = t.substring(es, p);
            long ev;
            try {
                ev = Long.parseLong(e);
            } catch (NumberFormatException x) {
                ev = e.startsWith("-") ? -Long.MAX_VALUE / 4 : Long.MAX_VALUE / 4;
            }
            exp += Math.max(-Long.MAX_VALUE / 4, Math.min(Long.MAX_VALUE / 4, ev));
        }
        if (p != t.length()) {
            throw PyExc.valueError("invalid hexadecimal floating-point string");
        }
        mant = new BigInteger(hex.toString(), 16);
        double r;
        if (mant.signum() == 0) {
            r = 0.0;
        } else {
            long top = exp + mant.bitLength(); // value in [2**(top-1), 2**top)
            if (top > 1025) {
                throw PyExc.overflowError("hexadecimal value too large to represent as a float");
            } else if (top < -1080) {
                r = 0.0;
            } else if (exp >= 0) {
                r = mant.shiftLeft((int) exp).doubleValue();
            } else {
                r = PyLong.ratioToDouble(mant, BigInteger.ONE.shiftLeft((int) -exp));
            }
            if (Double.isInfinite(r)) {
                throw PyExc.overflowError("hexadecimal value too large to represent as a float");
            }
        }
        return neg ? -r : r;
    }

    /** inf, infinity and nan in any case, with an optional sign; null for anything else. */
    private static Double parseSpecial(String t) {
        int p = 0;
        boolean neg = false;
        if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
            neg = t.charAt(0) == '-';
            p = 1;
        }
        String w = t.substring(p);
        if (w.equalsIgnoreCase("inf") || w.equalsIgnoreCase("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (w.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        return null;
    }

    // --- construction ---

    /** {@code float(x)} for one argument. */
    static double floatNew(PyObject x) {
        // Subclasses of int and float go through __float__, which they may override.
        if (x.getClass() == PyFloat.class) {
            return ((PyFloat) x).value;
        }
        if (x.getClass() == PyLong.class) {
            return ((PyLong) x).doubleValue();
        }
        if (x instanceof PyUnicode) {
            return parse(((PyUnicode) x).value, x);
        }
        byte[] raw = IntMethods.bytesLike(x);
        if (raw != null) {
            return parse(IntMethods.latin1(raw), x);
        }
        PyType xt = x.getType();
        if (xt.asFloat != null) {
            PyObject r = xt.asFloat.apply(x);
            if (!(r instanceof PyFloat)) {
                throw PyExc.typeError(xt.getName() + ".__float__ returned non-float (type " + r.getType().getName() + ")");
            }
            return ((PyFloat) r).value;
        }
        if (xt.index != null) {
            return Abstract.index(x).doubleValue();
        }
        throw PyExc.typeError("float() argument must be a string or a real number, not '" + xt.getName() + "'");
    }

    /**
     * {@code float(str)}: surrounding whitespace, a sign, inf/infinity/nan in any case, or a decimal
     * literal with single underscores between digits; Unicode decimal digits count as digits.
     */
    static double parse(String s, PyObject original) {
        s = PyLong.asciiDigits(s);
        int n = s.length();
        int i = 0;
        while (i < n && PyLong.isSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && PyLong.isSpace(s.charAt(n - 1))) {
            n--;
        }
        String t = s.substring(i, n);
        Double special = parseSpecial(t);
        if (special != null) {
            return special;
        }
        StringBuilder sb = new StringBuilder(t.length());
        int p = 0;
        if (p < t.length() && (t.charAt(p) == '+' || t.charAt(p) == '-')) {
            sb.append(t.charAt(p++));
        }
        int[] pos = {p};
        int intDigits = digitRun(t, pos, sb);
        int fracDigits = 0;
        if (pos[0] < t.length() && t.charAt(pos[0]) == '.') {
            sb.append('.');
            pos[0]++;
            fracDigits = digitRun(t, pos, sb);
        }
        if (intDigits < 0 || fracDigits < 0 || intDigits + fracDigits == 0) {
            throw cannotConvert(original);
        }
        if (pos[0] < t.length() && (t.charAt(pos[0]) == 'e' || t.charAt(pos[0]) == 'E')) {
            sb.append('e');
            pos[0]++;
            if (pos[0] < t.length() && (t.charAt(pos[0]) == '+' || t.charAt(pos[0]) == '-')) {
                sb.append(t.charAt(pos[0]++));
            }
            if (digitRun(t, pos, sb) <= 0) {
                throw cannotConvert(original);
            }
        }
        if (pos[0] != t.length()) {
            throw cannotConvert(original);
        }
        return Double.parseDouble(sb.toString());
    }

    /** Digits with single underscores between them, appended as ASCII; the count, or -1 when malformed. */
    private static int digitRun(String t, int[] pos, StringBuilder out) {
        int p = pos[0];
        int count = 0;
        boolean lastUnderscore = false;
        while (p < t.length()) {
            char c = t.charAt(p);
            if (c == '_') {
                if (count == 0 || lastUnderscore) {
                    return -1;
                }
                lastUnderscore = true;
                p++;
                continue;
            }
            int d = c < 128 ? (c >= '0' && c <= '9' ? c - '0' : -1)
                    : (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1);
            if (d < 0) {
                break;
            }
            out.append((char) ('0' + d));
            count++;
            lastUnderscore = false;
            p++;
        }
        pos[0] = p;
        return lastUnderscore ? -1 : count;
    }

    private static PyException cannotConvert(PyObject original) {
        return PyExc.valueError("could not convert string to float: " + Abstract.repr(original).value);
    }
}
