package org.taipan.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.NumberProtocol;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;

/**
 * The {@code math} module: C99 functions on floats with CPython's errors ("math domain error",
 * "math range error"), the integer functions ({@code gcd}, {@code isqrt}, {@code factorial},
 * {@code comb}, …) on ints of any size, {@code floor}/{@code ceil}/{@code trunc} through the
 * dunder methods, and a correctly rounded {@code fsum}.
 */
public final class MathModule {
    private MathModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("math");
        m.add("pi", new PyFloat(Math.PI));
        m.add("e", new PyFloat(Math.E));
        m.add("tau", new PyFloat(2 * Math.PI));
        m.add("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.add("nan", new PyFloat(Double.NaN));
        rounding(m, "floor", "__floor__", Math::floor);
        rounding(m, "ceil", "__ceil__", Math::ceil);
        m.addFunction("trunc", (self, a, off, n, kw) -> {
            one("trunc", n, kw);
            PyObject x = a[off];
            PyObject f = Abstract.lookupSpecial(x, "__trunc__");
            if (f == null) {
                throw PyExc.typeError("type " + x.getType().getName() + " doesn't define __trunc__ method");
            }
            return Abstract.call(f);
        });
        unary(m, "sqrt", x -> x < 0 ? Double.NaN : Math.sqrt(x));
        unary(m, "exp", Math::exp);
        unary(m, "expm1", Math::expm1);
        unary(m, "log1p", x -> x <= -1 ? Double.NaN : Math.log1p(x));
        unary(m, "fabs", Math::abs);
        unary(m, "sin", Math::sin);
        unary(m, "cos", Math::cos);
        unary(m, "tan", Math::tan);
        unary(m, "asin", Math::asin);
        unary(m, "acos", Math::acos);
        unary(m, "atan", Math::atan);
        unary(m, "sinh", Math::sinh);
        unary(m, "cosh", Math::cosh);
        unary(m, "tanh", Math::tanh);
        unary(m, "asinh", x -> Double.isInfinite(x) ? x : Math.copySign(Math.log(Math.abs(x) + Math.sqrt(x * x + 1)), x));
        unary(m, "acosh", x -> x < 1 ? Double.NaN : Math.log(x + Math.sqrt(x * x - 1)));
        unary(m, "atanh", x -> Math.abs(x) >= 1 ? Double.NaN : 0.5 * Math.log1p(2 * x / (1 - x)));
        unary(m, "degrees", x -> x * (180.0 / Math.PI));
        unary(m, "radians", x -> x * (Math.PI / 180.0));
        unary(m, "cbrt", Math::cbrt);
        m.addFunction("ulp", (self, a, off, n, kw) -> {
            one("ulp", n, kw);
            double x = NumberProtocol.asDouble(a[off]);
            return new PyFloat(Double.isNaN(x) || Double.isInfinite(x) ? Math.abs(x) : Math.ulp(x));
        });
        m.addFunction("isnan", (self, a, off, n, kw) -> {
            one("isnan", n, kw);
            return PyBool.of(Double.isNaN(NumberProtocol.asDouble(a[off])));
        });
        m.addFunction("isinf", (self, a, off, n, kw) -> {
            one("isinf", n, kw);
            return PyBool.of(Double.isInfinite(NumberProtocol.asDouble(a[off])));
        });
        m.addFunction("isfinite", (self, a, off, n, kw) -> {
            one("isfinite", n, kw);
            double x = NumberProtocol.asDouble(a[off]);
            return PyBool.of(!Double.isNaN(x) && !Double.isInfinite(x));
        });
        binary(m, "copysign", Math::copySign);
        binary(m, "atan2", Math::atan2);
        binary(m, "nextafter", Math::nextAfter);
        m.addFunction("fmod", (self, a, off, n, kw) -> {
            count("fmod", n, kw, 2, 2);
            double x = NumberProtocol.asDouble(a[off]);
            double y = NumberProtocol.asDouble(a[off + 1]);
            if (Double.isInfinite(y) && !Double.isInfinite(x)) {
                return new PyFloat(x);
            }
            if (y == 0 || Double.isInfinite(x)) {
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    return new PyFloat(Double.NaN);
                }
                throw domain();
            }
            return new PyFloat(x % y);
        });
        m.addFunction("pow", (self, a, off, n, kw) -> {
            count("pow", n, kw, 2, 2);
            double x = NumberProtocol.asDouble(a[off]);
            double y = NumberProtocol.asDouble(a[off + 1]);
            if (x == 0 && y < 0 && !Double.isInfinite(y)) {
                throw domain();
            }
            if (x < 0 && !Double.isInfinite(x) && y != Math.rint(y) && !Double.isInfinite(y) && !Double.isNaN(y)) {
                throw domain();
            }
            if (y == 0 || x == 1) {
                return new PyFloat(1.0);
            }
            double r = Math.pow(x, y);
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                throw range();
            }
            return new PyFloat(r);
        });
        m.addFunction("log", (self, a, off, n, kw) -> {
            count("log", n, kw, 1, 2);
            double r = log(a[off]);
            if (n == 2) {
                double d = log(a[off + 1]);
                if (d == 0) {
                    throw PyExc.zeroDivision("float division by zero");
                }
                r = r / d;
            }
            return new PyFloat(r);
        });
        m.addFunction("log2", (self, a, off, n, kw) -> {
            one("log2", n, kw);
            return new PyFloat(logOf(a[off], MathModule::log2));
        });
        m.addFunction("log10", (self, a, off, n, kw) -> {
            one("log10", n, kw);
            return new PyFloat(logOf(a[off], Math::log10));
        });
        m.addFunction("frexp", (self, a, off, n, kw) -> {
            one("frexp", n, kw);
            double x = NumberProtocol.asDouble(a[off]);
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return new PyTuple(new PyFloat(x), PyLong.of(0));
            }
            int e = Math.getExponent(x) + 1;
            double mant = x / Math.scalb(1.0, e);
            if (Math.abs(mant) < 0.5) { // subnormal input
                int adjust = Math.getExponent(mant) + 1;
                mant = Math.scalb(mant, -adjust);
                e += adjust;
            }
            return new PyTuple(new PyFloat(mant), PyLong.of(e));
        });
        m.addFunction("ldexp", (self, a, off, n, kw) -> {
            count("ldexp", n, kw, 2, 2);
            double x = NumberProtocol.asDouble(a[off]);
            if (!(a[off + 1] instanceof PyLong)) {
                throw PyExc.typeError("Expected an int as second argument to ldexp.");
            }
            PyLong e = (PyLong) a[off + 1];
            long ev = e.fitsLong() ? e.longValue() : e.signum() * Long.MAX_VALUE;
            if (x == 0 || Double.isInfinite(x) || Double.isNaN(x)) {
                return new PyFloat(x);
            }
            double r = Math.scalb(x, (int) Math.max(-100000, Math.min(100000, ev)));
            if (Double.isInfinite(r)) {
                throw range();
            }
            return new PyFloat(r);
        });
        m.addFunction("modf", (self, a, off, n, kw) -> {
            one("modf", n, kw);
            double x = NumberProtocol.asDouble(a[off]);
            if (Double.isInfinite(x)) {
                return new PyTuple(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
            }
            double i = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PyTuple(new PyFloat(Math.copySign(x - i, x)), new PyFloat(i));
        });
        m.addFunction("hypot", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("hypot", kw);
            double r = 0;
            boolean nan = false;
            boolean inf = false;
            for (int i = 0; i < n; i++) {
                double x = NumberProtocol.asDouble(a[off + i]);
                inf |= Double.isInfinite(x);
                nan |= Double.isNaN(x);
                r = Math.hypot(r, x);
            }
            return new PyFloat(inf ? Double.POSITIVE_INFINITY : nan ? Double.NaN : r);
        });
        m.addFunction("fsum", (self, a, off, n, kw) -> {
            one("fsum", n, kw);
            return new PyFloat(fsum(a[off]));
        });
        m.addFunction("isclose", (self, a, off, n, kw) -> {
            PyObject[] p = bindKwOnly("isclose", a, off, n, kw);
            double x = NumberProtocol.asDouble(p[0]);
            double y = NumberProtocol.asDouble(p[1]);
            double rel = p[2] == null ? 1e-9 : NumberProtocol.asDouble(p[2]);
            double abs = p[3] == null ? 0.0 : NumberProtocol.asDouble(p[3]);
            if (rel < 0 || abs < 0) {
                throw PyExc.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return PyBool.TRUE;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return PyBool.FALSE;
            }
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
        m.addFunction("gcd", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("gcd", kw);
            BigInteger g = BigInteger.ZERO;
            for (int i = 0; i < n; i++) {
                g = g.gcd(Abstract.index(a[off + i]).bigValue());
            }
            return PyLong.fromConstant(g);
        });
        m.addFunction("lcm", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("lcm", kw);
            BigInteger l = BigInteger.ONE;
            for (int i = 0; i < n; i++) {
                BigInteger v = Abstract.index(a[off + i]).bigValue().abs();
                if (v.signum() == 0) {
                    l = BigInteger.ZERO;
                } else if (l.signum() != 0) {
                    l = l.divide(l.gcd(v)).multiply(v);
                }
            }
            return PyLong.fromConstant(l);
        });
        m.addFunction("isqrt", (self, a, off, n, kw) -> {
            one("isqrt", n, kw);
            BigInteger v = Abstract.index(a[off]).bigValue();
            if (v.signum() < 0) {
                throw PyExc.valueError("isqrt() argument must be nonnegative");
            }
            return PyLong.fromConstant(v.sqrt());
        });
        m.addFunction("factorial", (self, a, off, n, kw) -> {
            one("factorial", n, kw);
            PyLong v = Abstract.index(a[off]);
            if (v.signum() < 0) {
                throw PyExc.valueError("factorial() not defined for negative values");
            }
            if (!v.fitsLong()) {
                throw PyExc.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
            }
            return PyLong.fromConstant(product(1, v.longValue()));
        });
        m.addFunction("comb", (self, a, off, n, kw) -> {
            count("comb", n, kw, 2, 2);
            BigInteger nn = Abstract.index(a[off]).bigValue();
            BigInteger k = Abstract.index(a[off + 1]).bigValue();
            if (nn.signum() < 0) {
                throw PyExc.valueError("n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw PyExc.valueError("k must be a non-negative integer");
            }
            if (k.compareTo(nn) > 0) {
                return PyLong.of(0);
            }
            long kk = k.min(nn.subtract(k)).longValueExact();
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < kk; i++) {
                r = r.multiply(nn.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            }
            return PyLong.fromConstant(r);
        });
        m.addFunction("perm", (self, a, off, n, kw) -> {
            count("perm", n, kw, 1, 2);
            BigInteger nn = Abstract.index(a[off]).bigValue();
            BigInteger k = n == 2 && a[off + 1] != org.taipan.objects.PyNone.NONE ? Abstract.index(a[off + 1]).bigValue() : nn;
            if (nn.signum() < 0) {
                throw PyExc.valueError("n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw PyExc.valueError("k must be a non-negative integer");
            }
            if (k.compareTo(nn) > 0) {
                return PyLong.of(0);
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < k.longValueExact(); i++) {
                r = r.multiply(nn.subtract(BigInteger.valueOf(i)));
            }
            return PyLong.fromConstant(r);
        });
        m.addFunction("prod", (self, a, off, n, kw) -> {
            ArgParser.checkCount("prod", n, 1, 1);
            PyObject start = PyLong.of(1);
            if (kw != null) {
                for (int i = 0; i < kw.size(); i++) {
                    String k = ((PyUnicode) kw.get(i)).value;
                    if (!k.equals("start")) {
                        throw PyExc.typeError("'" + k + "' is an invalid keyword argument for prod()");
                    }
                    start = a[off + n + i];
                }
            }
            PyObject it = Abstract.getIter(a[off]);
            PyObject r = start;
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                r = NumberProtocol.multiply(r, x);
            }
            return r;
        });
        m.addFunction("dist", (self, a, off, n, kw) -> {
            count("dist", n, kw, 2, 2);
            PyObject[] p = sequence(a[off]);
            PyObject[] q = sequence(a[off + 1]);
            if (p.length != q.length) {
                throw PyExc.valueError("both points must have the same number of dimensions");
            }
            double r = 0;
            for (int i = 0; i < p.length; i++) {
                r = Math.hypot(r, NumberProtocol.asDouble(p[i]) - NumberProtocol.asDouble(q[i]));
            }
            return new PyFloat(r);
        });
        return m;
    }

    private interface DoubleFn {
        double apply(double x);
    }

    private interface DoubleFn2 {
        double apply(double x, double y);
    }

    private static PyException domain() {
        return PyExc.valueError("math domain error");
    }

    private static PyException range() {
        return PyExc.overflowError("math range error");
    }

    private static void one(String name, int n, PyTuple kw) {
        count(name, n, kw, 1, 1);
    }

    private static void count(String name, int n, PyTuple kw, int min, int max) {
        ArgParser.noKeywords(name, kw);
        if (n < min || n > max) {
            if (min == max) {
                throw PyExc.typeError(min == 1 ? name + "() takes exactly one argument (" + n + " given)"
                        : name + " expected " + min + " arguments, got " + n);
            }
            throw PyExc.typeError(name + " expected at " + (n < min ? "least " + min : "most " + max) + " argument"
                    + ((n < min ? min : max) == 1 ? "" : "s") + ", got " + n);
        }
    }

    /**
     * A C99 function of one float: NaN from a non-NaN argument is a domain error and an infinite
     * result from a finite argument a range error, as CPython's math_1 reports them.
     */
    private static void unary(PyModule m, String name, DoubleFn f) {
        m.addFunction(name, (self, a, off, n, kw) -> {
            one(name, n, kw);
            double x = NumberProtocol.asDouble(a[off]);
            double r = f.apply(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw domain();
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                throw name.equals("exp") || name.equals("expm1") || name.equals("sinh") || name.equals("cosh")
                        ? range() : domain();
            }
            return new PyFloat(r);
        });
    }

    private static void binary(PyModule m, String name, DoubleFn2 f) {
        m.addFunction(name, (self, a, off, n, kw) -> {
            count(name, n, kw, 2, 2);
            return new PyFloat(f.apply(NumberProtocol.asDouble(a[off]), NumberProtocol.asDouble(a[off + 1])));
        });
    }

    /** floor/ceil: ints unchanged, else the type's dunder, else through float. */
    private static void rounding(PyModule m, String name, String dunder, DoubleFn f) {
        m.addFunction(name, (self, a, off, n, kw) -> {
            one(name, n, kw);
            PyObject x = a[off];
            if (x.getClass() == PyLong.class) {
                return x;
            }
            if (!(x instanceof PyFloat)) {
                PyObject meth = Abstract.lookupSpecial(x, dunder);
                if (meth != null) {
                    return Abstract.call(meth);
                }
            }
            double d = NumberProtocol.asDouble(x);
            double r = f.apply(d);
            if (Double.isNaN(r)) {
                throw PyExc.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(r)) {
                throw PyExc.overflowError("cannot convert float infinity to integer");
            }
            return PyLong.fromConstant(new BigDecimal(r).toBigInteger());
        });
    }

    /** Natural log of a float or of an int of any size. */
    private static double log(PyObject x) {
        return logOf(x, Math::log);
    }

    /**
     * {@code fn(x)} for the log functions: a big int x = m * 2**e (0.5 <= m < 1, m correctly
     * rounded) gives fn(m) + fn(2) * e, as CPython's loghelper does; non-positive x is a domain error.
     */
    private static double logOf(PyObject x, DoubleFn fn) {
        if (x instanceof PyLong && !((PyLong) x).fitsLong()) {
            BigInteger v = ((PyLong) x).bigValue();
            if (v.signum() <= 0) {
                throw domain();
            }
            int e = v.bitLength();
            int shift = e - 63;
            long t = v.shiftRight(shift).longValue();
            if (v.getLowestSetBit() < shift) {
                t |= 1; // sticky: the single rounding of (double) t is then correct
            }
            double m = Math.scalb((double) t, -63);
            return fn.apply(m) + fn.apply(2.0) * e;
        }
        double d = NumberProtocol.asDouble(x);
        if (Double.isNaN(d)) {
            return d;
        }
        if (d <= 0) {
            throw domain();
        }
        return fn.apply(d);
    }

    /** log2, exact for powers of two like C's. */
    private static double log2(double d) {
        if (d > 0 && !Double.isInfinite(d) && (Double.doubleToRawLongBits(d) & ((1L << 52) - 1)) == 0
                && Math.getExponent(d) >= Double.MIN_EXPONENT) {
            return Math.getExponent(d);
        }
        return Math.log(d) / Math.log(2.0);
    }

    /** The smallest magnitude that rounds to infinity: 2**1024 - 2**970. */
    private static final BigDecimal OVERFLOW = new BigDecimal(BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(970)));

    /** The correctly rounded sum (exact in BigDecimal, rounded once), with C's inf/nan rules. */
    private static double fsum(PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        BigDecimal sum = BigDecimal.ZERO;
        double special = 0;
        boolean haveSpecial = false;
        boolean nan = false;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            double d = NumberProtocol.asDouble(x);
            if (Double.isNaN(d)) {
                nan = true;
            } else if (Double.isInfinite(d)) {
                if (haveSpecial && special != d) {
                    nan = true;
                }
                special = d;
                haveSpecial = true;
            } else {
                sum = sum.add(new BigDecimal(d));
                if (sum.abs().compareTo(OVERFLOW) >= 0) {
                    // A running sum past the largest double: CPython's partials overflow here.
                    throw PyExc.overflowError("intermediate overflow in fsum");
                }
            }
        }
        if (nan) {
            if (haveSpecial) {
                throw PyExc.valueError("-inf + inf in fsum");
            }
            return Double.NaN;
        }
        if (haveSpecial) {
            return special;
        }
        double r = sum.doubleValue();
        if (Double.isInfinite(r)) {
            throw PyExc.overflowError("intermediate overflow in fsum");
        }
        return r;
    }

    private static BigInteger product(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.ONE;
            for (long i = Math.max(lo, 1); i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    private static PyObject[] sequence(PyObject o) {
        PyObject it = Abstract.getIter(o);
        java.util.List<PyObject> l = new java.util.ArrayList<>();
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            l.add(x);
        }
        return l.toArray(new PyObject[0]);
    }

    private static final String[] ISCLOSE = {"a", "b", "rel_tol", "abs_tol"};

    private static PyObject[] bindKwOnly(String fname, PyObject[] a, int off, int n, PyTuple kw) {
        if (n != 2) {
            throw PyExc.typeError(fname + "() takes exactly 2 positional arguments (" + n + " given)");
        }
        PyObject[] out = new PyObject[4];
        out[0] = a[off];
        out[1] = a[off + 1];
        if (kw != null) {
            for (int i = 0; i < kw.size(); i++) {
                String k = ((PyUnicode) kw.get(i)).value;
                int j = k.equals("rel_tol") ? 2 : k.equals("abs_tol") ? 3 : -1;
                if (j < 0) {
                    throw PyExc.typeError("'" + k + "' is an invalid keyword argument for " + fname + "()");
                }
                out[j] = a[off + n + i];
            }
        }
        return out;
    }
}
