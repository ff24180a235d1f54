package org.taipan.modules;

import java.math.BigInteger;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.NumberProtocol;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.SlotFunctions;

/** The {@code math} module (the common functions; the rest follow the same pattern). */
final class MathModule {
    private MathModule() {
    }

    private interface D2D {
        double apply(double x);
    }

    private static double arg(PyObject o) {
        return NumberProtocol.asDouble(o);
    }

    private static void unary(PyModule m, String name, D2D f) {
        m.addFunction(name, (self, a, off, n, kw) -> {
            ArgParser.noKeywords(name, kw);
            if (n != 1) {
                throw PyExc.typeError("math." + name + "() takes exactly one argument (" + n + " given)");
            }
            double x = arg(a[off]);
            double r = f.apply(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw PyExc.valueError("math domain error");
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                throw PyExc.overflowError("math range error");
            }
            return new PyFloat(r);
        });
    }

    private static PyObject intRound(PyObject x, String dunder, D2D f) {
        if (x instanceof PyLong) {
            return PyLong.of(((PyLong) x).bigValue());
        }
        if (!(x instanceof PyFloat)) {
            PyObject meth = Abstract.lookupSpecial(x, dunder);
            if (meth != null) {
                return Abstract.call(meth);
            }
        }
        double d = arg(x);
        if (Double.isNaN(d)) {
            throw PyExc.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyExc.overflowError("cannot convert float infinity to integer");
        }
        return PyLong.of(new java.math.BigDecimal(f.apply(d)).toBigInteger());
    }

    static PyModule create() {
        PyModule m = new PyModule("math");
        m.add("pi", new PyFloat(Math.PI));
        m.add("e", new PyFloat(Math.E));
        m.add("tau", new PyFloat(2 * Math.PI));
        m.add("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.add("nan", new PyFloat(Double.NaN));
        unary(m, "sqrt", Math::sqrt);
        unary(m, "exp", Math::exp);
        unary(m, "sin", Math::sin);
        unary(m, "cos", Math::cos);
        unary(m, "tan", Math::tan);
        unary(m, "asin", Math::asin);
        unary(m, "acos", Math::acos);
        unary(m, "atan", Math::atan);
        unary(m, "fabs", Math::abs);
        unary(m, "log10", x -> x <= 0 ? Double.NaN : Math.log10(x));
        unary(m, "log2", x -> x <= 0 ? Double.NaN : Math.log(x) / Math.log(2));
        unary(m, "degrees", Math::toDegrees);
        unary(m, "radians", Math::toRadians);
        m.addFunction("log", (self, a, off, n, kw) -> {
            ArgParser.checkCount("log", n, 1, 2);
            double x = arg(a[off]);
            if (x <= 0) {
                throw PyExc.valueError("math domain error");
            }
            double r = Math.log(x);
            if (n == 2) {
                r /= Math.log(arg(a[off + 1]));
            }
            return new PyFloat(r);
        });
        m.addFunction("floor", (self, a, off, n, kw) -> {
            ArgParser.checkCount("floor", n, 1, 1);
            return intRound(a[off], "__floor__", Math::floor);
        });
        m.addFunction("ceil", (self, a, off, n, kw) -> {
            ArgParser.checkCount("ceil", n, 1, 1);
            return intRound(a[off], "__ceil__", Math::ceil);
        });
        m.addFunction("trunc", (self, a, off, n, kw) -> {
            ArgParser.checkCount("trunc", n, 1, 1);
            return intRound(a[off], "__trunc__", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
        });
        m.addFunction("pow", (self, a, off, n, kw) -> {
            ArgParser.checkCount("pow", n, 2, 2);
            return new PyFloat(Math.pow(arg(a[off]), arg(a[off + 1])));
        });
        m.addFunction("hypot", (self, a, off, n, kw) -> {
            double s = 0;
            for (int i = 0; i < n; i++) {
                double x = arg(a[off + i]);
                s += x * x;
            }
            return new PyFloat(Math.sqrt(s));
        });
        m.addFunction("atan2", (self, a, off, n, kw) -> {
            ArgParser.checkCount("atan2", n, 2, 2);
            return new PyFloat(Math.atan2(arg(a[off]), arg(a[off + 1])));
        });
        m.addFunction("isnan", (self, a, off, n, kw) -> PyBool.of(Double.isNaN(arg(a[off]))));
        m.addFunction("isinf", (self, a, off, n, kw) -> PyBool.of(Double.isInfinite(arg(a[off]))));
        m.addFunction("isfinite", (self, a, off, n, kw) -> PyBool.of(Double.isFinite(arg(a[off]))));
        m.addFunction("copysign", (self, a, off, n, kw) -> new PyFloat(Math.copySign(arg(a[off]), arg(a[off + 1]))));
        m.addFunction("gcd", (self, a, off, n, kw) -> {
            BigInteger g = BigInteger.ZERO;
            for (int i = 0; i < n; i++) {
                g = g.gcd(Abstract.index(a[off + i]).bigValue());
            }
            return PyLong.of(g);
        });
        m.addFunction("factorial", (self, a, off, n, kw) -> {
            ArgParser.checkCount("factorial", n, 1, 1);
            if (a[off] instanceof PyFloat) {
                throw PyExc.typeError("'float' object cannot be interpreted as an integer");
            }
            long v = Abstract.index(a[off]).asLongExact();
            if (v < 0) {
                throw PyExc.valueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= v; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return PyLong.of(r);
        });
        m.addFunction("isqrt", (self, a, off, n, kw) -> {
            BigInteger v = Abstract.index(a[off]).bigValue();
            if (v.signum() < 0) {
                throw PyExc.valueError("isqrt() argument must be nonnegative");
            }
            return PyLong.of(v.sqrt());
        });
        m.addFunction("isclose", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("isclose", new String[] {"a", "b", "rel_tol", "abs_tol"}, 2, 2, a, off, n, kw);
            double x = arg(p[0]);
            double y = arg(p[1]);
            double rel = p[2] == null ? 1e-9 : arg(p[2]);
            double abs = p[3] == null ? 0.0 : arg(p[3]);
            if (x == y) {
                return PyBool.TRUE;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return PyBool.FALSE;
            }
            double d = Math.abs(y - x);
            return PyBool.of(d <= Math.abs(rel * y) || d <= Math.abs(rel * x) || d <= abs);
        });
        m.addFunction("fsum", (self, a, off, n, kw) -> {
            java.math.BigDecimal s = java.math.BigDecimal.ZERO;
            PyObject it = Abstract.getIter(a[off]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                s = s.add(new java.math.BigDecimal(arg(x)));
            }
            return new PyFloat(s.doubleValue());
        });
        m.addFunction("prod", (self, a, off, n, kw) -> {
            PyObject r = PyLong.of(1);
            PyObject it = Abstract.getIter(a[off]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                r = NumberProtocol.multiply(r, x);
            }
            return r;
        });
        m.addFunction("modf", (self, a, off, n, kw) -> {
            double x = arg(a[off]);
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PyTuple(new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip));
        });
        SlotFunctions.Call unused = null;
        return m;
    }
}
