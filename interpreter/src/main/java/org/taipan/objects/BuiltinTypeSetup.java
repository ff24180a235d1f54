package org.taipan.objects;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The slots and core methods of int, float, str, tuple, list, dict and set. Each type's full
 * method set is registered here the same way ({@code t.method(name, lambda)}); breadth is added
 * per type without touching the VM.
 */
final class BuiltinTypeSetup {
    private BuiltinTypeSetup() {
    }

    private static PyObject ni() {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    // --- int ---

    static void setupInt(PyType t) {
        t.repr = self -> PyUnicode.of(((PyLong) self).toString());
        t.hash = self -> ((PyLong) self).pyHash();
        t.bool = self -> ((PyLong) self).signum() != 0;
        t.index = self -> self.getType() == PyLong.TYPE ? self : PyLong.of(((PyLong) self).bigValue());
        t.asInt = t.index;
        t.asFloat = self -> new PyFloat(((PyLong) self).doubleValue());
        t.neg = self -> ((PyLong) self).negate();
        t.pos = t.index;
        t.abs = self -> ((PyLong) self).signum() < 0 ? ((PyLong) self).negate() : t.index.apply(self);
        t.invert = self -> PyLong.sub(PyLong.of(-1), (PyLong) self);
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyLong)) {
                return ni();
            }
            return PyBool.of(op.holds(((PyLong) a).compareTo((PyLong) b)));
        };
        for (int op = 0; op < 13; op++) {
            final int o = op;
            t.nb[op] = (a, b) -> {
                if (!(a instanceof PyLong) || !(b instanceof PyLong)) {
                    return ni();
                }
                PyObject r = PyLong.fastBinary((PyLong) a, (PyLong) b, o);
                return r == null ? ni() : r;
            };
        }
        t.newFunc = (type, args, off, nargs, kw) -> {
            PyObject[] a = ArgParser.bind("int", new String[] {"x", "base"}, 1, 0, args, off, nargs, kw);
            PyLong v = intNew(a[0], a[1]);
            if (type == PyLong.TYPE) {
                return v;
            }
            return new PyLongDerived(type, v);
        };
        t.method("bit_length", self -> PyLong.of(((PyLong) self).bigValue().abs().bitLength()));
        t.method("conjugate", self -> t.index.apply(self));
        // An empty spec formats as str(self), so a subclass's __str__ shows in f'{x}' (object.__format__'s rule).
        t.method("__format__", (self, spec) -> ((PyUnicode) spec).value.isEmpty() ? Abstract.str(self)
                : PyUnicode.of(FormatSpec.formatInt((PyLong) self, ((PyUnicode) spec).value)));
        t.getset("real", self -> t.index.apply(self), null);
        t.getset("imag", self -> PyLong.of(0), null);
        t.getset("numerator", self -> t.index.apply(self), null);
        t.getset("denominator", self -> PyLong.of(1), null);
    }

    static PyLong intNew(PyObject x, PyObject base) {
        if (x == null) {
            if (base != null) {
                throw PyExc.typeError("int() missing string argument");
            }
            return PyLong.of(0);
        }
        if (base != null) {
            int b = Abstract.asIndex(base);
            if (b != 0 && (b < 2 || b > 36)) {
                throw PyExc.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (x instanceof PyUnicode) {
                return PyLong.parse(((PyUnicode) x).value, b, x);
            }
            throw PyExc.typeError("int() can't convert non-string with explicit base");
        }
        if (x instanceof PyLong) {
            return x.getType() == PyLong.TYPE || x instanceof PyBool ? PyLong.of(((PyLong) x).bigValue()) : (PyLong) x;
        }
        if (x instanceof PyFloat) {
            double d = ((PyFloat) x).value;
            if (Double.isNaN(d)) {
                throw PyExc.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PyExc.overflowError("cannot convert float infinity to integer");
            }
            return PyLong.of(new java.math.BigDecimal(d).toBigInteger());
        }
        if (x instanceof PyUnicode) {
            return PyLong.parse(((PyUnicode) x).value, 10, x);
        }
        if (x instanceof PyBytes) {
            return PyLong.parse(new String(((PyBytes) x).value, java.nio.charset.StandardCharsets.ISO_8859_1), 10, x);
        }
        SlotFunctions.Unary f = x.getType().asInt;
        if (f == null) {
            f = x.getType().index;
        }
        if (f != null) {
            PyObject r = f.apply(x);
            if (!(r instanceof PyLong)) {
                throw PyExc.typeError("__int__ returned non-int (type " + r.getType().getName() + ")");
            }
            return (PyLong) r;
        }
        PyObject trunc = Abstract.lookupSpecial(x, "__trunc__");
        if (trunc != null) {
            return Abstract.index(Abstract.call(trunc));
        }
        throw PyExc.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.getType().getName() + "'");
    }

    /** An int subclass instance created in Python ({@code class I(int)}). */
    static final class PyLongDerived extends PyLong {
        private final PyType type;
        private final PyDict dict;

        PyLongDerived(PyType type, PyLong v) {
            super(v.bigValue());
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

    // --- float ---

    static double toDouble(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        return ((PyLong) o).doubleValue();
    }

    static void setupFloat(PyType t) {
        t.repr = self -> PyUnicode.of(PyFloat.repr(((PyFloat) self).value));
        t.hash = self -> PyFloat.hash(((PyFloat) self).value);
        t.bool = self -> ((PyFloat) self).value != 0.0;
        t.neg = self -> new PyFloat(-((PyFloat) self).value);
        t.pos = self -> self.getType() == PyFloat.TYPE ? self : new PyFloat(((PyFloat) self).value);
        t.abs = self -> new PyFloat(Math.abs(((PyFloat) self).value));
        t.asFloat = t.pos;
        t.asInt = self -> intNew(self, null);
        t.richcompare = (a, b, op) -> {
            double x = ((PyFloat) a).value;
            if (b instanceof PyFloat) {
                double y = ((PyFloat) b).value;
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    return PyBool.of(op == CompareOp.NE);
                }
                return PyBool.of(op.holds(Double.compare(x == 0.0 ? 0.0 : x, y == 0.0 ? 0.0 : y)));
            }
            if (b instanceof PyLong) {
                if (Double.isNaN(x)) {
                    return PyBool.of(op == CompareOp.NE);
                }
                if (Double.isInfinite(x)) {
                    return PyBool.of(op.holds(x > 0 ? 1 : -1));
                }
                return PyBool.of(op.holds(new java.math.BigDecimal(x).compareTo(new java.math.BigDecimal(((PyLong) b).bigValue()))));
            }
            return ni();
        };
        SlotFunctions.Binary[] ops = new SlotFunctions.Binary[13];
        ops[0] = (a, b) -> new PyFloat(toDouble(a) + toDouble(b));
        ops[10] = (a, b) -> new PyFloat(toDouble(a) - toDouble(b));
        ops[5] = (a, b) -> new PyFloat(toDouble(a) * toDouble(b));
        ops[11] = (a, b) -> {
            double y = toDouble(b);
            if (y == 0.0) {
                throw PyExc.zeroDivision("float division by zero");
            }
            return new PyFloat(toDouble(a) / y);
        };
        ops[2] = (a, b) -> {
            double y = toDouble(b);
            if (y == 0.0) {
                throw PyExc.zeroDivision("float floor division by zero");
            }
            return new PyFloat(floatDivmod(toDouble(a), y)[0]);
        };
        ops[6] = (a, b) -> {
            double y = toDouble(b);
            if (y == 0.0) {
                throw PyExc.zeroDivision("float modulo");
            }
            return new PyFloat(floatDivmod(toDouble(a), y)[1]);
        };
        ops[8] = (a, b) -> {
            double x = toDouble(a);
            double y = toDouble(b);
            if (x == 0.0 && y < 0) {
                throw PyExc.zeroDivision("0.0 cannot be raised to a negative power");
            }
            if (x < 0 && y != Math.rint(y)) {
                return new PyComplex(Double.NaN, Double.NaN);
            }
            double r = Math.pow(x, y);
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                throw PyExc.overflowError("(34, 'Numerical result out of range')");
            }
            return new PyFloat(r);
        };
        for (int op : new int[] {0, 10, 5, 11, 2, 6, 8}) {
            SlotFunctions.Binary f = ops[op];
            t.nb[op] = (a, b) -> {
                boolean okA = a instanceof PyFloat || a instanceof PyLong;
                boolean okB = b instanceof PyFloat || b instanceof PyLong;
                return okA && okB ? f.apply(a, b) : ni();
            };
        }
        t.newFunc = (type, args, off, nargs, kw) -> {
            ArgParser.noKeywords("float", kw);
            ArgParser.checkCount("float", nargs, 0, 1);
            double v = nargs == 0 ? 0.0 : floatNew(args[off]);
            return type == PyFloat.TYPE ? new PyFloat(v) : new PyFloat.Derived(type, v);
        };
        t.method("is_integer", self -> PyBool.of(((PyFloat) self).value == Math.rint(((PyFloat) self).value)
                && !Double.isInfinite(((PyFloat) self).value)));
        t.method("__format__", (self, spec) -> ((PyUnicode) spec).value.isEmpty() ? Abstract.str(self)
                : PyUnicode.of(FormatSpec.formatFloat(((PyFloat) self).value, ((PyUnicode) spec).value)));
        t.method("__trunc__", self -> intNew(self, null));
        t.method("__round__", 0, 1, (self, a, off, n) -> Rounding.roundFloat(((PyFloat) self).value, n == 0 ? null : a[off]));
        t.getset("real", self -> self, null);
        t.getset("imag", self -> new PyFloat(0.0), null);
        t.method("conjugate", self -> self);
    }

    static double[] floatDivmod(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, x / y);
        }
        return new double[] {floordiv, mod};
    }

    static double floatNew(PyObject x) {
        if (x instanceof PyFloat) {
            return ((PyFloat) x).value;
        }
        if (x instanceof PyLong) {
            return ((PyLong) x).doubleValue();
        }
        if (x instanceof PyUnicode) {
            String s = ((PyUnicode) x).value.strip().replace("_", "");
            String l = s.toLowerCase();
            switch (l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l) {
                case "inf": case "infinity":
                    return l.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                case "nan":
                    return Double.NaN;
                default:
                    break;
            }
            try {
                String raw = ((PyUnicode) x).value.strip();
                // underscores only between digits, as in float literals
                if (raw.matches(".*(^|[^0-9])_.*|.*_($|[^0-9]).*")) {
                    throw new NumberFormatException();
                }
                if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    throw new NumberFormatException();
                }
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw PyExc.valueError("could not convert string to float: " + Abstract.repr(x).value);
            }
        }
        return NumberProtocol.asDouble(x);
    }

    // --- str (its slots and methods are in StrMethods) ---

    /** Compares by code point (UTF-16 order differs for non-BMP characters); kept for callers such as list.sort. */
    static int compareCodePoints(String x, String y) {
        return PyUnicode.compare(x, y);
    }

    /** The str iterator: {@code str_ascii_iterator} over ASCII text, {@code str_iterator} otherwise (as CPython). */
    static final class StrIter extends PyObject {
        static PyType TYPE;
        static PyType UNICODE_TYPE;
        final PyUnicode s;
        int pos;
        private final boolean ascii;

        StrIter(PyUnicode s) {
            this.s = s;
            this.ascii = StrMethods.isAscii(s.value);
        }

        @Override
        public PyType getType() {
            return ascii ? TYPE : UNICODE_TYPE;
        }
    }

    static void setupIter(PyType t) {
        t.acceptsSubclasses = false;
        t.iter = self -> self;
    }

    static List<PyObject> iterate(PyObject o) {
        List<PyObject> l = new ArrayList<>();
        PyObject it = Abstract.getIter(o);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            l.add(x);
        }
        return l;
    }
}
