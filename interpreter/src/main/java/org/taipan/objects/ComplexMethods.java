package org.taipan.objects;

import org.taipan.format.PyRepr;

/**
 * The slots and methods of {@code complex} (CPython's {@code Objects/complexobject.c}):
 * arithmetic with ints and floats promoted to complex, Smith's division, {@code **} with the
 * repeated-multiplication path for small integral exponents, equality only (ordering is left
 * to the TypeError of the comparison protocol), {@code complex(str)} and formatting.
 */
final class ComplexMethods {
    private ComplexMethods() {
    }

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    static void setup(PyType t) {
        t.repr = self -> PyUnicode.of(PyRepr.complexRepr(((PyComplex) self).real, ((PyComplex) self).imag));
        t.hash = self -> {
            PyComplex c = (PyComplex) self;
            long hr = Double.isNaN(c.real) ? ObjectIds.id(self) >>> 4 : PyFloat.hash(c.real);
            long hi = Double.isNaN(c.imag) ? ObjectIds.id(self) >>> 4 : PyFloat.hash(c.imag);
            long h = hr + 1000003L * hi;
            return h == -1 ? -2 : h;
        };
        t.bool = self -> ((PyComplex) self).real != 0 || ((PyComplex) self).imag != 0;
        t.neg = self -> new PyComplex(-((PyComplex) self).real, -((PyComplex) self).imag);
        t.pos = ComplexMethods::exact;
        t.abs = self -> new PyFloat(abs(((PyComplex) self).real, ((PyComplex) self).imag));
        t.richcompare = (a, b, op) -> {
            if (op != CompareOp.EQ && op != CompareOp.NE) {
                return NI;
            }
            PyComplex x = (PyComplex) a;
            boolean eq;
            if (b instanceof PyComplex) {
                eq = x.real == ((PyComplex) b).real && x.imag == ((PyComplex) b).imag;
            } else if (b instanceof PyFloat) {
                eq = x.imag == 0.0 && x.real == ((PyFloat) b).value;
            } else if (b instanceof PyLong) {
                // Exact, like float == int: a big int is never rounded to compare.
                eq = x.imag == 0.0 && !Double.isNaN(x.real) && FloatMethods.compareWithInt(x.real, (PyLong) b) == 0;
            } else {
                return NI;
            }
            return PyBool.of(eq == (op == CompareOp.EQ));
        };
        t.nb[0] = (a, b) -> {
            if (!isNumber(a) || !isNumber(b)) {
                return NI;
            }
            return new PyComplex(re(a) + re(b), im(a) + im(b));
        };
        t.nb[10] = (a, b) -> {
            if (!isNumber(a) || !isNumber(b)) {
                return NI;
            }
            return new PyComplex(re(a) - re(b), im(a) - im(b));
        };
        t.nb[5] = (a, b) -> {
            if (!isNumber(a) || !isNumber(b)) {
                return NI;
            }
            return mul(re(a), im(a), re(b), im(b));
        };
        t.nb[11] = (a, b) -> {
            if (!isNumber(a) || !isNumber(b)) {
                return NI;
            }
            PyComplex q = quot(re(a), im(a), re(b), im(b));
            if (q == null) {
                throw PyExc.zeroDivision("complex division by zero");
            }
            return q;
        };
        t.nb[8] = (a, b) -> {
            if (!isNumber(a) || !isNumber(b)) {
                return NI;
            }
            return pow(re(a), im(a), re(b), im(b));
        };
        t.newFunc = ComplexMethods::complexNew;
        t.method("conjugate", self -> new PyComplex(((PyComplex) self).real, -((PyComplex) self).imag));
        t.method("__complex__", ComplexMethods::exact);
        t.method("__getnewargs__", self -> new PyTuple(new PyFloat(((PyComplex) self).real), new PyFloat(((PyComplex) self).imag)));
        t.method("__format__", (self, spec) -> {
            if (!(spec instanceof PyUnicode)) {
                throw PyExc.typeError("__format__() argument must be str, not " + spec.getType().getName());
            }
            String s = ((PyUnicode) spec).value;
            if (s.isEmpty()) {
                return Abstract.str(self);
            }
            PyComplex c = (PyComplex) self;
            return PyUnicode.of(FloatFormat.formatComplex(c.real, c.imag, s, self.getType().getName()));
        });
        t.getset("real", self -> new PyFloat(((PyComplex) self).real), null);
        t.getset("imag", self -> new PyFloat(((PyComplex) self).imag), null);
    }

    static PyComplex exact(PyObject self) {
        PyComplex c = (PyComplex) self;
        return self.getClass() == PyComplex.class ? c : new PyComplex(c.real, c.imag);
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyComplex || o instanceof PyFloat || o instanceof PyLong;
    }

    private static double re(PyObject o) {
        if (o instanceof PyComplex) {
            return ((PyComplex) o).real;
        }
        return FloatMethods.toDouble(o);
    }

    private static double im(PyObject o) {
        return o instanceof PyComplex ? ((PyComplex) o).imag : 0.0;
    }

    static double abs(double re, double im) {
        if (Double.isInfinite(re) || Double.isInfinite(im)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(re) || Double.isNaN(im)) {
            return Double.NaN;
        }
        double r = Math.hypot(re, im);
        if (Double.isInfinite(r)) {
            throw PyExc.overflowError("absolute value too large");
        }
        return r;
    }

    static PyComplex mul(double ar, double ai, double br, double bi) {
        return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    }

    /** a / b by Smith's method (scaling by the larger component of b); null when b is zero. */
    static PyComplex quot(double ar, double ai, double br, double bi) {
        double absR = Math.abs(br);
        double absI = Math.abs(bi);
        if (absR >= absI) {
            if (absR == 0.0) {
                return null;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (absI >= absR) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN); // a NaN in b
    }

    /** a ** b: repeated squaring for integral exponents up to 100 in size, the polar formula otherwise. */
    static PyObject pow(double ar, double ai, double br, double bi) {
        PyComplex r;
        if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            long n = (long) br;
            if (n >= 0) {
                r = powu(ar, ai, n);
            } else {
                PyComplex p = powu(ar, ai, -n);
                r = quot(1.0, 0.0, p.real, p.imag);
                if (r == null) {
                    throw PyExc.zeroDivision("0.0 to a negative or complex power");
                }
            }
        } else if (br == 0.0 && bi == 0.0) {
            r = new PyComplex(1.0, 0.0);
        } else if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) {
                throw PyExc.zeroDivision("0.0 to a negative or complex power");
            }
            r = new PyComplex(0.0, 0.0);
        } else {
            double vabs = Math.hypot(ar, ai);
            double len = Math.pow(vabs, br);
            double at = Math.atan2(ai, ar);
            double phase = at * br;
            if (bi != 0.0) {
                len /= Math.exp(at * bi);
                phase += bi * Math.log(vabs);
            }
            r = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
        }
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            throw PyExc.overflowError("complex exponentiation");
        }
        return r;
    }

    private static PyComplex powu(double xr, double xi, long n) {
        double rr = 1.0;
        double ri = 0.0;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                double t = rr * xr - ri * xi;
                ri = rr * xi + ri * xr;
                rr = t;
            }
            mask <<= 1;
            double t = xr * xr - xi * xi;
            xi = xr * xi + xi * xr;
            xr = t;
        }
        return new PyComplex(rr, ri);
    }

    // --- construction ---

    private static final String[] NEW_NAMES = {"real", "imag"};

    private static PyObject complexNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kw) {
        PyObject[] a = ArgParser.bind("complex", NEW_NAMES, 0, 0, args, off, nargs, kw);
        PyObject r = a[0];
        PyObject i = a[1];
        double real;
        double imag;
        boolean realArgIsComplex = false;
        if (r == null) {
            real = 0.0;
            imag = 0.0;
        } else if (r instanceof PyUnicode) {
            if (i != null) {
                throw PyExc.typeError("complex() can't take second arg if first is a string");
            }
            double[] v = parse(((PyUnicode) r).value);
            return make(type, v[0], v[1]);
        } else {
            if (r.getClass() == PyComplex.class && i == null && type == PyComplex.TYPE) {
                return r;
            }
            if (i instanceof PyUnicode) {
                throw PyExc.typeError("complex() second arg can't be a string");
            }
            PyObject cr = null;
            PyObject conv = r instanceof PyComplex ? null : Abstract.lookupSpecial(r, "__complex__");
            if (conv != null) {
                cr = Abstract.call(conv);
                if (!(cr instanceof PyComplex)) {
                    throw PyExc.typeError("__complex__ returned non-complex (type " + cr.getType().getName() + ")");
                }
            } else if (r instanceof PyComplex) {
                cr = r;
            } else if (!isRealLike(r)) {
                throw PyExc.typeError("complex() first argument must be a string or a number, not '"
                        + r.getType().getName() + "'");
            }
            if (cr != null) {
                real = ((PyComplex) cr).real;
                imag = ((PyComplex) cr).imag;
            } else {
                real = FloatMethods.floatNew(r);
                imag = 0.0;
            }
            realArgIsComplex = cr != null;
        }
        if (i != null) {
            // Like CPython, a real first argument contributes no imaginary 0.0 (keeps complex(x, -0.0)'s sign).
            if (i instanceof PyComplex) {
                real -= ((PyComplex) i).imag;
                imag = realArgIsComplex ? imag + ((PyComplex) i).real : ((PyComplex) i).real;
            } else if (isRealLike(i)) {
                double iv = FloatMethods.floatNew(i);
                imag = realArgIsComplex ? imag + iv : iv;
            } else {
                throw PyExc.typeError("complex() second argument must be a number, not '" + i.getType().getName() + "'");
            }
        }
        return make(type, real, imag);
    }

    private static boolean isRealLike(PyObject o) {
        return o instanceof PyFloat || o instanceof PyLong || o.getType().asFloat != null || o.getType().index != null;
    }

    private static PyObject make(PyType type, double real, double imag) {
        if (type == PyComplex.TYPE) {
            return new PyComplex(real, imag);
        }
        return new Derived(type, real, imag);
    }

    /**
     * {@code complex(str)}: optional parentheses, then a real part, an imaginary part ending in j,
     * or both joined by the imaginary part's sign; a bare j has value 1.
     */
    static double[] parse(String s) {
        String t = strip(s);
        if (t.length() >= 2 && t.charAt(0) == '(' && t.charAt(t.length() - 1) == ')') {
            t = strip(t.substring(1, t.length() - 1));
        }
        int n = t.length();
        int e1 = scanFloat(t, 0);
        if (e1 < 0) {
            return new double[] {0.0, bareJ(t, 0)};
        }
        if (e1 == n) {
            return new double[] {number(t, 0, e1), 0.0};
        }
        char c = t.charAt(e1);
        if ((c == 'j' || c == 'J') && e1 + 1 == n) {
            return new double[] {0.0, number(t, 0, e1)};
        }
        if (c == '+' || c == '-') {
            double real = number(t, 0, e1);
            int e2 = scanFloat(t, e1);
            if (e2 < 0) {
                return new double[] {real, bareJ(t, e1)};
            }
            if (e2 + 1 == n && (t.charAt(e2) == 'j' || t.charAt(e2) == 'J')) {
                return new double[] {real, number(t, e1, e2)};
            }
        }
        throw malformed();
    }

    private static PyException malformed() {
        return PyExc.valueError("complex() arg is a malformed string");
    }

    private static String strip(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && PyLong.isSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && PyLong.isSpace(s.charAt(n - 1))) {
            n--;
        }
        return s.substring(i, n);
    }

    /** "j", "+j" or "-j" from {@code p} to the end: ±1; otherwise malformed. */
    private static double bareJ(String t, int p) {
        String r = t.substring(p);
        switch (r) {
            case "j": case "J": case "+j": case "+J": return 1.0;
            case "-j": case "-J": return -1.0;
            default: throw malformed();
        }
    }

    private static double number(String t, int from, int to) {
        try {
            return FloatMethods.parse(t.substring(from, to), PyUnicode.EMPTY);
        } catch (PyException e) {
            throw malformed();
        }
    }

    /** The end of the longest float literal (with optional sign) starting at p, or -1 when there is none. */
    private static int scanFloat(String t, int p) {
        int n = t.length();
        int i = p;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        for (String w : new String[] {"infinity", "inf", "nan"}) {
            if (t.regionMatches(true, i, w, 0, w.length())) {
                return i + w.length();
            }
        }
        int digits = 0;
        while (i < n && (isDigit(t.charAt(i)) || (t.charAt(i) == '_' && digits > 0))) {
            digits += t.charAt(i) == '_' ? 0 : 1;
            i++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && (isDigit(t.charAt(i)) || t.charAt(i) == '_')) {
                digits += t.charAt(i) == '_' ? 0 : 1;
                i++;
            }
        }
        if (digits == 0) {
            return -1;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            int k = i + 1;
            if (k < n && (t.charAt(k) == '+' || t.charAt(k) == '-')) {
                k++;
            }
            int ds = k;
            while (k < n && (isDigit(t.charAt(k)) || (t.charAt(k) == '_' && k > ds))) {
                k++;
            }
            if (k > ds) {
                i = k;
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c > 127 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER);
    }

    /** A complex subclass instance created in Python. */
    static final class Derived extends PyComplex {
        private final PyType type;
        private final PyDict dict;

        Derived(PyType type, double real, double imag) {
            super(real, imag);
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
