package org.taipan.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.NumberProtocol;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyException;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * The {@code math} module: C99 float functions with CPython's error rules (a NaN from a
 * non-NaN argument is "math domain error", an infinity from a finite one "math range error"),
 * exact integer functions over {@link BigInteger} and an exactly rounded {@code fsum}.
 */
public final class MathModule {
    private MathModule() {
    }

    private static PyException domain() {
        return PyExc.valueError("math domain error");
    }

    private static PyException range() {
        return PyExc.overflowError("math range error");
    }

    private static double d(PyObject o) {
        return NumberProtocol.asDouble(o);
    }

    private static PyFloat f(double v) {
        return new PyFloat(v);
    }

    /** CPython's math_1: one float argument, errors judged from the result. */
    private static void unary(PyModule m, String name, DoubleUnaryOperator op, boolean canOverflow) {
        m.addFunction(name, (self, a, off, n, kw) -> {
            ArgParser.noKeywords("math." + name, kw);
            if (n != 1) {
                throw PyExc.typeError("math." + name + "() takes exactly one argument (" + n + " given)");
            }
            double x = d(a[off]);
            double r = op.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw domain();
            }
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw canOverflow ? range() : domain();
            }
            return f(r);
        });
    }

    private static void checkTwo(String name, int n, PyTuple kw) {
        ArgParser.noKeywords(name, kw);
        if (n != 2) {
            throw PyExc.typeError(name + " expected 2 arguments, got " + n);
        }
    }

    private static void binary(PyModule m, String name, DoubleBinaryOperator op) {
        m.addFunction(name, (self, a, off, n, kw) -> {
            checkTwo(name, n, kw);
            double x = d(a[off]);
            double y = d(a[off + 1]);
            double r = op.applyAsDouble(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domain();
            }
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                throw range();
            }
            return f(r);
        });
    }

    private static void one(String name, int n, PyTuple kw) {
        ArgParser.noKeywords("math." + name, kw);
        if (n != 1) {
            throw PyExc.typeError("math." + name + "() takes exactly one argument (" + n + " given)");
        }
    }

    private static BigInteger big(PyObject o) {
        return Abstract.index(o).bigValue();
    }

    /** A fresh {@code math} module (it needs no interpreter state). */
    public static PyModule create() {
        return create(null);
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("math");
        m.add("pi", f(Math.PI));
        m.add("e", f(Math.E));
        m.add("tau", f(2 * Math.PI));
        m.add("inf", f(Double.POSITIVE_INFINITY));
        m.add("nan", f(Double.NaN));
        unary(m, "acos", Math::acos, false);
        unary(m, "asin", Math::asin, false);
        unary(m, "atan", Math::atan, false);
        unary(m, "cos", x -> Double.isInfinite(x) ? Double.NaN : Math.cos(x), false);
        unary(m, "sin", x -> Double.isInfinite(x) ? Double.NaN : Math.sin(x), false);
        unary(m, "tan", x -> Double.isInfinite(x) ? Double.NaN : Math.tan(x), false);
        unary(m, "cosh", Math::cosh, true);
        unary(m, "sinh", Math::sinh, true);
        unary(m, "tanh", Math::tanh, false);
        unary(m, "acosh", MathModule::acosh, false);
        unary(m, "asinh", MathModule::asinh, false);
        unary(m, "atanh", MathModule::atanh, false);
        unary(m, "exp", Math::exp, true);
        unary(m, "exp2", x -> Math.pow(2.0, x), true);
        unary(m, "expm1", Math::expm1, true);
        unary(m, "log1p", x -> x <= -1.0 ? Double.NaN : Math.log1p(x), false);
        unary(m, "cbrt", Math::cbrt, false);
        unary(m, "fabs", Math::abs, false);
        unary(m, "sqrt", x -> x < 0 ? Double.NaN : Math.sqrt(x), false);
        unary(m, "erf", MathModule::erf, false);
        unary(m, "erfc", MathModule::erfc, false);
        unary(m, "gamma", MathModule::gamma, true);
        unary(m, "lgamma", MathModule::lgamma, true);
        unary(m, "degrees", x -> x * (180.0 / Math.PI), true);
        unary(m, "radians", x -> x * (Math.PI / 180.0), false);
        binary(m, "atan2", Math::atan2);
        binary(m, "copysign", Math::copySign);
        binary(m, "remainder", (x, y) -> {
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Double.NaN;
            }
            if (Double.isInfinite(x) || y == 0) {
                return Double.NaN;
            }
            if (Double.isInfinite(y)) {
                return x;
            }
            return Math.IEEEremainder(x, y);
        });
        binary(m, "fmod", (x, y) -> {
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return x;
            }
            return x % y;
        });
        binary(m, "pow", MathModule::pow);
        m.addFunction("nextafter", (self, a, off, n, kw) -> {
            checkTwo("nextafter", n, kw);
            return f(Math.nextAfter(d(a[off]), d(a[off + 1])));
        });
        m.addFunction("ulp", (self, a, off, n, kw) -> {
            one("ulp", n, kw);
            double x = Math.abs(d(a[off]));
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                return f(x);
            }
            double up = Math.nextUp(x);
            if (Double.isInfinite(up)) {
                return f(x - Math.nextDown(x));
            }
            return f(up - x);
        });
        m.addFunction("isfinite", (self, a, off, n, kw) -> {
            one("isfinite", n, kw);
            return PyBool.of(Double.isFinite(d(a[off])));
        });
        m.addFunction("isinf", (self, a, off, n, kw) -> {
            one("isinf", n, kw);
            return PyBool.of(Double.isInfinite(d(a[off])));
        });
        m.addFunction("isnan", (self, a, off, n, kw) -> {
            one("isnan", n, kw);
            return PyBool.of(Double.isNaN(d(a[off])));
        });
        m.addFunction("isclose", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("isclose", new String[] {"a", "b", "rel_tol", "abs_tol"}, 0, 2, a, off, n, kw);
            if (n > 2) {
                throw PyExc.typeError("isclose() takes exactly 2 positional arguments (" + n + " given)");
            }
            double x = d(p[0]);
            double y = d(p[1]);
            double rel = p[2] == null ? 1e-09 : d(p[2]);
            double abs = p[3] == null ? 0.0 : d(p[3]);
            if (rel < 0.0 || abs < 0.0) {
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
        m.addFunction("floor", (self, a, off, n, kw) -> {
            one("floor", n, kw);
            return rounding(a[off], "__floor__", true);
        });
        m.addFunction("ceil", (self, a, off, n, kw) -> {
            one("ceil", n, kw);
            return rounding(a[off], "__ceil__", false);
        });
        m.addFunction("trunc", (self, a, off, n, kw) -> {
            one("trunc", n, kw);
            PyObject meth = Abstract.lookupSpecial(a[off], "__trunc__");
            if (meth == null) {
                throw PyExc.typeError("type " + a[off].getType().getName() + " doesn't define __trunc__ method");
            }
            return Abstract.call(meth);
        });
        m.addFunction("modf", (self, a, off, n, kw) -> {
            one("modf", n, kw);
            double x = d(a[off]);
            if (Double.isInfinite(x)) {
                return new PyTuple(f(Math.copySign(0.0, x)), f(x));
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PyTuple(f(Math.copySign(x - ip, x)), f(ip));
        });
        m.addFunction("frexp", (self, a, off, n, kw) -> {
            one("frexp", n, kw);
            double x = d(a[off]);
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return new PyTuple(f(x), PyLong.of(0));
            }
            int e = Math.getExponent(x);
            if (e == Double.MIN_EXPONENT - 1) {
                x *= 0x1p54;
                e = Math.getExponent(x) - 54;
            } else {
                x = x;
            }
            double mant = Math.scalb(x, -Math.getExponent(x) - 1);
            return new PyTuple(f(mant), PyLong.of(e + 1));
        });
        m.addFunction("ldexp", (self, a, off, n, kw) -> {
            checkTwo("ldexp", n, kw);
            double x = d(a[off]);
            if (!(a[off + 1] instanceof PyLong)) {
                throw PyExc.typeError("Expected an int as second argument to ldexp.");
            }
            PyLong e = (PyLong) a[off + 1];
            if (x == 0 || !Double.isFinite(x)) {
                return f(x);
            }
            long ev = e.fitsLong() ? e.longValue() : (e.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
            int ei = (int) Math.max(-100000, Math.min(100000, ev));
            double r = Math.scalb(x, ei);
            if (Double.isInfinite(r)) {
                throw range();
            }
            return f(r);
        });
        m.addFunction("log", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("log", kw);
            if (n < 1 || n > 2) {
                throw PyExc.typeError("math.log requires 1 to 2 arguments");
            }
            double num = log(a[off], Math::log);
            if (n == 1) {
                return f(num);
            }
            double den = log(a[off + 1], Math::log);
            if (den == 0) {
                throw PyExc.zeroDivision("float division by zero");
            }
            return f(num / den);
        });
        m.addFunction("log2", (self, a, off, n, kw) -> {
            one("log2", n, kw);
            return f(log(a[off], MathModule::log2));
        });
        m.addFunction("log10", (self, a, off, n, kw) -> {
            one("log10", n, kw);
            return f(log(a[off], Math::log10));
        });
        m.addFunction("fsum", (self, a, off, n, kw) -> {
            one("fsum", n, kw);
            return f(fsum(a[off]));
        });
        m.addFunction("hypot", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("hypot", kw);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = d(a[off + i]);
            }
            return f(hypot(v));
        });
        m.addFunction("dist", (self, a, off, n, kw) -> {
            checkTwo("dist", n, kw);
            PyObject p = Abstract.callArgs(PyTuple.TYPE, new PyTuple(a[off]), null);
            PyObject q = Abstract.callArgs(PyTuple.TYPE, new PyTuple(a[off + 1]), null);
            PyTuple tp = (PyTuple) p;
            PyTuple tq = (PyTuple) q;
            if (tp.size() != tq.size()) {
                throw PyExc.valueError("both points must have the same number of dimensions");
            }
            double[] v = new double[tp.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = d(tp.get(i)) - d(tq.get(i));
            }
            return f(hypot(v));
        });
        m.addFunction("prod", (self, a, off, n, kw) -> {
            if (n != 1) {
                throw PyExc.typeError("prod() takes exactly 1 positional argument (" + n + " given)");
            }
            PyObject[] p = ArgParser.bind("prod", new String[] {"iterable", "start"}, 1, 1, a, off, n, kw);
            PyObject acc = p[1] == null ? PyLong.of(1) : p[1];
            PyObject it = Abstract.getIter(p[0]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                acc = NumberProtocol.multiply(acc, x);
            }
            return acc;
        });
        m.addFunction("factorial", (self, a, off, n, kw) -> {
            one("factorial", n, kw);
            BigInteger x = big(a[off]);
            if (x.signum() < 0) {
                throw PyExc.valueError("factorial() not defined for negative values");
            }
            if (x.bitLength() > 31) {
                throw PyExc.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
            }
            return PyLong.of(product(BigInteger.ONE, x.intValue()));
        });
        m.addFunction("isqrt", (self, a, off, n, kw) -> {
            one("isqrt", n, kw);
            BigInteger x = big(a[off]);
            if (x.signum() < 0) {
                throw PyExc.valueError("isqrt() argument must be nonnegative");
            }
            return PyLong.of(x.sqrt());
        });
        m.addFunction("gcd", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("gcd", kw);
            BigInteger g = BigInteger.ZERO;
            for (int i = 0; i < n; i++) {
                g = g.gcd(big(a[off + i]));
            }
            return PyLong.of(g);
        });
        m.addFunction("lcm", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("lcm", kw);
            BigInteger l = BigInteger.ONE;
            for (int i = 0; i < n; i++) {
                BigInteger x = big(a[off + i]).abs();
                if (x.signum() == 0 || l.signum() == 0) {
                    l = BigInteger.ZERO;
                    continue;
                }
                l = l.divide(l.gcd(x)).multiply(x);
            }
            return PyLong.of(l);
        });
        m.addFunction("comb", (self, a, off, n, kw) -> {
            checkTwo("comb", n, kw);
            BigInteger nn = big(a[off]);
            BigInteger k = big(a[off + 1]);
            if (nn.signum() < 0) {
                throw PyExc.valueError("n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw PyExc.valueError("k must be a non-negative integer");
            }
            if (k.compareTo(nn) > 0) {
                return PyLong.of(0);
            }
            BigInteger k2 = nn.subtract(k).min(k);
            if (k2.bitLength() > 31) {
                throw PyExc.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
            }
            BigInteger r = BigInteger.ONE;
            int kk = k2.intValue();
            for (int i = 0; i < kk; i++) {
                r = r.multiply(nn.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            }
            return PyLong.of(r);
        });
        m.addFunction("perm", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("perm", kw);
            if (n < 1 || n > 2) {
                throw PyExc.typeError("perm expected at most 2 arguments, got " + n);
            }
            BigInteger nn = big(a[off]);
            if (n == 1 || a[off + 1] == org.taipan.objects.PyNone.NONE) {
                if (nn.signum() < 0) {
                    throw PyExc.valueError("factorial() not defined for negative values");
                }
                return PyLong.of(product(BigInteger.ONE, nn.intValueExact()));
            }
            BigInteger k = big(a[off + 1]);
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
            for (BigInteger i = BigInteger.ZERO; i.compareTo(k) < 0; i = i.add(BigInteger.ONE)) {
                r = r.multiply(nn.subtract(i));
            }
            return PyLong.of(r);
        });
        return m;
    }

    private static BigInteger product(BigInteger acc, int n) {
        for (int i = 2; i <= n; i++) {
            acc = acc.multiply(BigInteger.valueOf(i));
        }
        return acc;
    }

    private static PyObject rounding(PyObject x, String special, boolean floor) {
        if (x instanceof PyFloat) {
            return fromDouble(floor ? Math.floor(((PyFloat) x).value) : Math.ceil(((PyFloat) x).value));
        }
        if (x instanceof PyLong) {
            return PyLong.of(((PyLong) x).bigValue());
        }
        PyObject meth = Abstract.lookupSpecial(x, special);
        if (meth != null) {
            return Abstract.call(meth);
        }
        double v = d(x);
        return fromDouble(floor ? Math.floor(v) : Math.ceil(v));
    }

    private static PyLong fromDouble(double v) {
        if (Double.isNaN(v)) {
            throw PyExc.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw PyExc.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(v) < 0x1p62) {
            return PyLong.of((long) v);
        }
        return PyLong.of(new BigDecimal(v).toBigInteger());
    }

    /** log of a float or of an int of any size (CPython's loghelper: ints via frexp). */
    private static double log(PyObject x, DoubleUnaryOperator fn) {
        if (x instanceof PyLong) {
            PyLong l = (PyLong) x;
            if (l.signum() <= 0) {
                throw domain();
            }
            BigInteger b = l.bigValue();
            if (b.bitLength() > 1000) {
                // CPython's loghelper: x = m * 2**e with 0.5 <= m < 1, log(x) = log(m) + e*log(2)
                int e = b.bitLength();
                double m = b.shiftRight(e - 60).doubleValue() / 0x1p60;
                return fn.applyAsDouble(m) + e * fn.applyAsDouble(2.0);
            }
        }
        double v = d(x);
        if (Double.isNaN(v)) {
            return v;
        }
        if (v <= 0) {
            throw domain();
        }
        return fn.applyAsDouble(v);
    }

    private static double log2(double x) {
        if (x > 0 && Double.isFinite(x)) {
            int e = Math.getExponent(x);
            if (x == Math.scalb(1.0, e)) {
                return e;
            }
        }
        return Math.log(x) / Math.log(2.0);
    }

    private static double pow(double x, double y) {
        if (y == 0) {
            return 1.0;
        }
        if (x == 1.0) {
            return 1.0;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (x == -1.0 && Double.isInfinite(y)) {
            return 1.0;
        }
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (x == 0 && y < 0) {
                throw domain();
            }
            if (x < 0 && y != Math.rint(y)) {
                throw domain();
            }
        }
        return Math.pow(x, y);
    }

    private static double hypot(double[] v) {
        boolean nan = false;
        double max = 0;
        for (double x : v) {
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            if (Double.isNaN(x)) {
                nan = true;
            }
            max = Math.max(max, Math.abs(x));
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0 || v.length == 1) {
            return max;
        }
        return vectorNorm(v, max);
    }

    /**
     * The Euclidean norm of finite values whose largest magnitude is {@code max}, computed as
     * CPython 3.11 does so results agree to the bit: values scaled by a power of two below 1,
     * their squares summed as exact products with compensated (two-part) sums, a square root,
     * then one Newton-style correction step from the remaining difference.
     */
    private static double vectorNorm(double[] v, double max) {
        int maxE = frexpExponent(max);
        if (maxE < -1023) {
            // 2**-maxE would overflow: divide by the largest value instead, summing the squares
            // with a plain compensated sum, as CPython does for such tiny inputs
            double csum = 1.0;
            double frac = 0.0;
            for (double x0 : v) {
                double x = Math.abs(x0) / max;
                x = x * x;
                double old = csum;
                csum += x;
                frac += (old - csum) + x;
            }
            return max * Math.sqrt(csum - 1.0 + frac);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        for (double x0 : v) {
            double x = Math.abs(x0) * scale;
            double sq = x * x;
            double sqErr = Math.fma(x, x, -sq);
            double sum = csum + sq;
            frac2 += (csum - sum) + sq;
            csum = sum;
            frac1 += sqErr;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double sq = -h * h;
        double sqErr = Math.fma(-h, h, -sq);
        double sum = csum + sq;
        frac2 += (csum - sum) + sq;
        csum = sum;
        frac1 += sqErr;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h);
        return h / scale;
    }

    /** The exponent frexp gives: {@code m * 2**e} with {@code 0.5 <= m < 1}. */
    private static int frexpExponent(double x) {
        if (x >= Double.MIN_NORMAL) {
            return Math.getExponent(x) + 1;
        }
        return Math.getExponent(x * 0x1p54) + 1 - 54;
    }

    private static double fsum(PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        BigDecimal exact = BigDecimal.ZERO;
        double special = 0;
        boolean infPos = false;
        boolean infNeg = false;
        boolean nan = false;
        for (PyObject o = Abstract.next(it); o != null; o = Abstract.next(it)) {
            double x = d(o);
            if (Double.isNaN(x)) {
                nan = true;
            } else if (Double.isInfinite(x)) {
                if (x > 0) {
                    infPos = true;
                } else {
                    infNeg = true;
                }
            } else {
                exact = exact.add(new BigDecimal(x));
                // CPython's partial sums overflow when a running total leaves the double range
                if (Double.isInfinite(exact.doubleValue())) {
                    throw PyExc.overflowError("intermediate overflow in fsum");
                }
            }
        }
        if (infPos && infNeg) {
            throw PyExc.valueError("-inf + inf in fsum");
        }
        if (nan) {
            return Double.NaN;
        }
        if (infPos) {
            return Double.POSITIVE_INFINITY;
        }
        if (infNeg) {
            return Double.NEGATIVE_INFINITY;
        }
        double r = exact.doubleValue();
        if (Double.isInfinite(r)) {
            throw PyExc.overflowError("intermediate overflow in fsum");
        }
        return r + special;
    }

    private static double acosh(double x) {
        if (x < 1) {
            return Double.NaN;
        }
        if (x > 1e8) {
            return Math.log(x) + Math.log(2.0);
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    private static double asinh(double x) {
        if (!Double.isFinite(x) || x == 0) {
            return x;
        }
        double ax = Math.abs(x);
        double r;
        if (ax > 1e8) {
            r = Math.log(ax) + Math.log(2.0);
        } else {
            r = Math.log1p(ax + ax * ax / (1 + Math.sqrt(1 + ax * ax)));
        }
        return Math.copySign(r, x);
    }

    private static double atanh(double x) {
        double ax = Math.abs(x);
        if (ax >= 1) {
            return Double.NaN;
        }
        return Math.copySign(0.5 * Math.log1p(2 * ax / (1 - ax)), x);
    }

    /** erf by its Maclaurin series near zero and through erfc's continued fraction beyond. */
    private static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < 1.5) {
            double term = x;
            double sum = x;
            double x2 = x * x;
            for (int k = 1; k < 60; k++) {
                term *= -x2 / k;
                double add = term / (2 * k + 1);
                sum += add;
                if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                    break;
                }
            }
            return sum * 2 / Math.sqrt(Math.PI);
        }
        if (ax > 6) {
            return Math.copySign(1.0, x);
        }
        return Math.copySign(1.0 - erfcContinued(ax), x);
    }

    private static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Math.abs(x) < 1.5) {
            return 1.0 - erf(x);
        }
        if (x > 0) {
            return x > 27 ? 0.0 : erfcContinued(x);
        }
        return 2.0 - erfcContinued(-x);
    }

    /** erfc(x) for x >= 1.5 by the Laplace continued fraction, evaluated backwards. */
    private static double erfcContinued(double x) {
        double f = x;
        for (int k = 60; k >= 1; k--) {
            f = x + (k / 2.0) / f;
        }
        return Math.exp(-x * x) / (f * Math.sqrt(Math.PI));
    }

    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};

    private static double gamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? x : Double.NaN;
        }
        if (x == Math.rint(x)) {
            if (x <= 0) {
                return Double.NaN;
            }
            if (x <= 23) {
                double r = 1;
                for (int i = 2; i < x; i++) {
                    r *= i;
                }
                return r;
            }
        }
        if (x > 171.62) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < 0.5) {
            return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        }
        return Math.exp(lgammaPositive(x));
    }

    private static double lgammaPositive(double x) {
        x -= 1;
        double a = LANCZOS[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) {
            a += LANCZOS[i] / (x + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }

    private static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.rint(x) && x <= 0) {
            return Double.NaN;
        }
        if (x == 1 || x == 2) {
            return 0.0;
        }
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
        }
        return lgammaPositive(x);
    }
}
