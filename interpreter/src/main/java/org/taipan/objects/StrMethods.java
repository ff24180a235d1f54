package org.taipan.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code str} type: its slots and the complete CPython 3.11 method set, with CPython's
 * argument rules and error messages. Methods work on the Java string directly (char indexes
 * equal code point indexes for BMP-only text) and convert indexes only for non-BMP text.
 */
final class StrMethods {
    private static final String[] NAMES_OBJECT_ENCODING_ERRORS = {"object", "encoding", "errors"};
    private static final String[] NAMES_TABSIZE = {"tabsize"};
    private static final String[] NAMES_KEEPENDS = {"keepends"};
    private static final String[] NAMES_ENCODING_ERRORS = {"encoding", "errors"};

    private StrMethods() {
    }

    private static PyUnicode u(PyObject self) {
        return (PyUnicode) self;
    }

    private static String s(PyObject self) {
        return ((PyUnicode) self).value;
    }

    /** {@code must be str, not T} (find, partition…). */
    private static PyUnicode mustBeStr(PyObject o) {
        if (!(o instanceof PyUnicode)) {
            throw PyExc.typeError("must be str, not " + o.getType().getName());
        }
        return (PyUnicode) o;
    }

    /** CPython's pre-clinic arity message: {@code find() takes at least 1 argument (0 given)}. */
    static void arity(String name, int n, int min, int max) {
        if (n < min) {
            throw PyExc.typeError(name + "() takes at least " + min + " argument" + (min == 1 ? "" : "s") + " (" + n + " given)");
        }
        if (n > max) {
            throw PyExc.typeError(name + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " (" + n + " given)");
        }
    }

    /** A slice bound argument (None → dflt), as a Java int clamped to the long range then to int. */
    static long sliceArg(PyObject o, long dflt) {
        if (o == PyNone.NONE) {
            return dflt;
        }
        if (!(o instanceof PyLong) && o.getType().index == null) {
            throw PyExc.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.asClampedIndex(o);
    }

    /** CPython's ADJUST_INDICES for the optional start/end arguments at {@code a[off+first..]}; returns {start, end}. */
    static int[] bounds(int len, PyObject[] a, int off, int n, int first) {
        long start = n > first ? sliceArg(a[off + first], 0) : 0;
        long end = n > first + 1 ? sliceArg(a[off + first + 1], len) : len;
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end += len;
            if (end < 0) {
                end = 0;
            }
        }
        if (start < 0) {
            start += len;
            if (start < 0) {
                start = 0;
            }
        }
        return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    // --- slots ---

    static void setup(PyType t) {
        // The call signatures as help() shows them, then our own description.
        t.attr("__doc__", PyUnicode.of("str(object='') -> str\n"
                + "str(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
                + "Makes a string: str(object) is the object's informal text form (its __str__,\n"
                + "or else its repr); with an encoding or errors argument the object must\n"
                + "be bytes-like and is decoded (encoding defaults to 'utf-8', errors to 'strict')."));
        t.repr = self -> PyUnicode.of(u(self).repr());
        t.str = self -> self.getClass() == PyUnicode.class || self.getClass() == PyUnicode.SplitPairs.class
                ? self : plain(u(self));
        t.hash = self -> u(self).pyHash();
        t.len = self -> u(self).length();
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyUnicode)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (op == CompareOp.EQ || op == CompareOp.NE) {
                return PyBool.of(u(a).equalsStr(u(b)) == (op == CompareOp.EQ));
            }
            return PyBool.of(op.holds(u(a).compareTo(u(b))));
        };
        t.contains = (self, x) -> {
            if (!(x instanceof PyUnicode)) {
                throw PyExc.typeError("'in <string>' requires string as left operand, not " + x.getType().getName());
            }
            PyUnicode sub = u(x);
            return find(u(self), sub, 0, u(self).length(), false) >= 0;
        };
        t.addIsConcat = true;
        t.nb[0] = (a, b) -> {
            if (!(a instanceof PyUnicode)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (!(b instanceof PyUnicode)) {
                throw PyExc.typeError("can only concatenate str (not \"" + b.getType().getName() + "\") to str");
            }
            return PyUnicode.concat(u(a), u(b));
        };
        t.nb[5] = (a, b) -> {
            PyObject s = a instanceof PyUnicode ? a : b;
            PyObject n = a instanceof PyUnicode ? b : a;
            if (!(s instanceof PyUnicode)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (!(n instanceof PyLong) && n.getType().index == null) {
                // Not an index: give the other operand its turn (its __rmul__); the error text,
                // naming the non-int operand, comes from NumberProtocol like CPython's sequence_repeat.
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return repeat(u(s), Abstract.index(n));
        };
        t.nb[6] = (a, b) -> a instanceof PyUnicode ? PercentFormat.formatStr(u(a), b) : PyNotImplemented.NOT_IMPLEMENTED;
        t.getitem = StrMethods::getItem;
        t.iter = self -> new BuiltinTypeSetup.StrIter(u(self));
        t.newFunc = StrMethods::strNew;
        register(t);
    }

    /** The str iterator: one code point per step (a split surrogate pair gives two). */
    static void setupIterator(PyType t) {
        BuiltinTypeSetup.setupIter(t);
        t.iternext = self -> {
            BuiltinTypeSetup.StrIter it = (BuiltinTypeSetup.StrIter) self;
            PyUnicode s = it.s;
            int[] points = s.points();
            if (points != null) {
                if (it.pos < points.length) {
                    return PyUnicode.ofCodePoint(points[it.pos++]);
                }
                it.done = true;
                return null;
            }
            String v = s.value;
            int pos = it.pos;
            if (pos >= v.length()) {
                it.done = true;
                return null;
            }
            char c = v.charAt(pos);
            if (Character.isHighSurrogate(c) && pos + 1 < v.length() && Character.isLowSurrogate(v.charAt(pos + 1))) {
                it.pos = pos + 2;
                return PyUnicode.ofCodePoint(Character.toCodePoint(c, v.charAt(pos + 1)));
            }
            it.pos = pos + 1;
            return PyUnicode.ofCodePoint(c);
        };
        t.method("__length_hint__", self -> {
            BuiltinTypeSetup.StrIter it = (BuiltinTypeSetup.StrIter) self;
            PyUnicode s = it.s;
            if (s.hasSplitPairs()) {
                return PyLong.of(s.points().length - it.pos);
            }
            return PyLong.of(it.pos >= s.value.length() ? 0 : s.length() - s.cpIndex(it.pos));
        });
        t.method("__reduce__", self -> {
            BuiltinTypeSetup.StrIter it = (BuiltinTypeSetup.StrIter) self;
            return it.done ? IteratorReduce.of(PyUnicode.of("")) : IteratorReduce.at(it.s, it.index());
        });
        t.method("__setstate__", (self, state) -> {
            BuiltinTypeSetup.StrIter it = (BuiltinTypeSetup.StrIter) self;
            if (!it.done) {
                it.setIndex(Math.max(0, Math.min(Abstract.asClampedIndex(state), it.s.length())));
            }
            return PyNone.NONE;
        });
    }

    /** One step of a case mapping: appends the mapping of {@code cps[i]}; {@code state} carries context. */
    @FunctionalInterface
    interface CaseStep {
        void step(StringBuilder sb, int[] cps, int i, boolean[] state);
    }

    /**
     * Applies a case mapping code point by code point. A str with split surrogate pairs goes
     * through a {@link UnicodeWriter} piece by piece (mappings never create surrogates, so lone
     * ones stay lone and split pairs stay split).
     */
    static PyObject caseMap(PyUnicode v, CaseStep step) {
        int[] cps = v.codePoints();
        boolean[] state = new boolean[1];
        if (!v.hasSplitPairs()) {
            StringBuilder sb = new StringBuilder(v.value.length() + 4);
            for (int i = 0; i < cps.length; i++) {
                step.step(sb, cps, i, state);
            }
            return PyUnicode.of(sb.toString());
        }
        UnicodeWriter w = new UnicodeWriter(v.value.length() + 4);
        StringBuilder piece = new StringBuilder(4);
        for (int i = 0; i < cps.length; i++) {
            piece.setLength(0);
            step.step(piece, cps, i, state);
            w.append(piece.toString());
        }
        return w.toStr();
    }

    /** The str of chars {@code [cs, ce)} of self's text, keeping split surrogate pairs split. */
    static PyUnicode sub(PyObject self, int cs, int ce) {
        PyUnicode v = (PyUnicode) self;
        if (!v.hasSplitPairs()) {
            return PyUnicode.of(v.value.substring(cs, ce));
        }
        return v.slice(v.cpIndex(cs), v.cpIndex(ce));
    }

    /** An exact str with the same code points (for str(subclass instance)). */
    static PyUnicode plain(PyUnicode v) {
        return v.hasSplitPairs() ? new PyUnicode.SplitPairs(v.value, v.points()) : PyUnicode.of(v.value);
    }

    private static PyObject repeat(PyUnicode s, PyLong count) {
        if (count.signum() <= 0 || s.value.isEmpty()) {
            return PyUnicode.EMPTY;
        }
        if (!count.fitsInt() || (long) s.value.length() * count.longValue() > Integer.MAX_VALUE - 8) {
            throw PyExc.raise(PyExc.OverflowError, "repeated string is too long");
        }
        int k = count.intValue();
        if (k == 1 && s.getClass() == PyUnicode.class) {
            return s;
        }
        if (s.hasSplitPairs() || Character.isHighSurrogate(s.value.charAt(s.value.length() - 1))
                && Character.isLowSurrogate(s.value.charAt(0))) {
            int[] p = s.codePoints();
            int[] r = new int[p.length * k];
            for (int i = 0; i < k; i++) {
                System.arraycopy(p, 0, r, i * p.length, p.length);
            }
            return PyUnicode.fromCodePoints(r, 0, r.length);
        }
        return PyUnicode.of(s.value.repeat(k));
    }

    static PyObject getItem(PyObject self, PyObject key) {
        PyUnicode s = u(self);
        if (key instanceof PyLong) {
            long i = ((PyLong) key).fitsLong() ? ((PyLong) key).longValue() : Long.MIN_VALUE / 2;
            return charAt(s, i, key);
        }
        if (key instanceof PySlice) {
            int n = s.length();
            int[] r = ((PySlice) key).indices(n);
            if (r[2] == 1) {
                return s.slice(r[0], Math.max(r[0], r[1]));
            }
            int len = PySlice.length(r);
            if (len == 0) {
                return PyUnicode.EMPTY;
            }
            if (s.isBmp() && !s.hasSplitPairs()) {
                char[] out = new char[len];
                String v = s.value;
                for (int i = 0, j = r[0]; i < len; i++, j += r[2]) {
                    out[i] = v.charAt(j);
                }
                String res = new String(out);
                if (!hasAdjacentSurrogates(res)) {
                    return PyUnicode.of(res);
                }
            }
            int[] cps = s.codePoints();
            int[] out = new int[len];
            for (int i = 0, j = r[0]; i < len; i++, j += r[2]) {
                out[i] = cps[j];
            }
            return PyUnicode.fromCodePoints(out, 0, len);
        }
        if (key.getType().index == null) {
            throw PyExc.typeError("string indices must be integers, not '" + key.getType().getName() + "'");
        }
        return charAt(s, Abstract.asIndex(key), key);
    }

    private static boolean hasAdjacentSurrogates(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static PyObject charAt(PyUnicode s, long i, PyObject key) {
        int n = s.length();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            if (key instanceof PyLong && !((PyLong) key).fitsLong()) {
                throw PyExc.raise(PyExc.IndexError, "cannot fit 'int' into an index-sized integer");
            }
            throw PyExc.indexError("string index out of range");
        }
        return PyUnicode.ofCodePoint(s.codePointAt((int) i));
    }

    static PyObject strNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kw) {
        PyUnicode v;
        if (nargs == 1 && kw == null) {
            v = Abstract.str(args[off]);
        } else {
            PyObject[] a = ArgParser.bind("str", NAMES_OBJECT_ENCODING_ERRORS, 0, 0, args, off, nargs, kw);
            if (a[0] == null) {
                v = PyUnicode.EMPTY;
            } else if (a[1] != null || a[2] != null) {
                String enc = a[1] == null ? "utf-8" : PyUnicode.checkArg(a[1], "str", "argument 'encoding'").value;
                String err = a[2] == null ? "strict" : PyUnicode.checkArg(a[2], "str", "argument 'errors'").value;
                if (a[0] instanceof PyUnicode) {
                    throw PyExc.typeError("decoding str is not supported");
                }
                byte[] b = BytesMethods.bufferOrNull(a[0]);
                if (b == null) {
                    throw PyExc.typeError("decoding to str: need a bytes-like object, " + a[0].getType().getName() + " found");
                }
                v = UnicodeCodecs.decode(b, 0, BytesMethods.bufferLength(a[0]), enc, err);
            } else {
                v = Abstract.str(a[0]);
            }
        }
        if (type == PyUnicode.TYPE) {
            return v.getClass() == PyUnicode.class || v.getClass() == PyUnicode.SplitPairs.class ? v : plain(v);
        }
        return new PyUnicode.Derived(type, v);
    }

    // --- methods ---

    static void register(PyType t) {
        t.method("join", StrMethods::join);
        t.methodKw("split", (self, a, off, n, kw) -> split(self, a, off, n, kw, false));
        t.methodKw("rsplit", (self, a, off, n, kw) -> split(self, a, off, n, kw, true));
        t.method("strip", 0, 1, (self, a, off, n) -> strip(self, a, off, n, "strip", true, true));
        t.method("lstrip", 0, 1, (self, a, off, n) -> strip(self, a, off, n, "lstrip", true, false));
        t.method("rstrip", 0, 1, (self, a, off, n) -> strip(self, a, off, n, "rstrip", false, true));
        t.method("replace", 0, 3, (self, a, off, n) -> {
            ArgParser.checkCount("replace", n, 2, 3);
            PyUnicode old = PyUnicode.checkArg(a[off], "replace", "argument 1");
            PyUnicode nw = PyUnicode.checkArg(a[off + 1], "replace", "argument 2");
            long count = -1;
            if (n > 2) {
                PyObject c = a[off + 2];
                if (!(c instanceof PyLong) && c.getType().index == null) {
                    throw PyExc.typeError("'" + c.getType().getName() + "' object cannot be interpreted as an integer");
                }
                count = Abstract.asClampedIndex(c);
            }
            return replace(u(self), old, nw, count);
        });
        t.method("startswith", 0, 3, (self, a, off, n) -> affix(self, a, off, n, true));
        t.method("endswith", 0, 3, (self, a, off, n) -> affix(self, a, off, n, false));
        t.method("find", 0, 3, (self, a, off, n) -> PyLong.of(findArgs(self, a, off, n, "find", false)));
        t.method("rfind", 0, 3, (self, a, off, n) -> PyLong.of(findArgs(self, a, off, n, "rfind", true)));
        t.method("index", 0, 3, (self, a, off, n) -> {
            int i = findArgs(self, a, off, n, "index", false);
            if (i < 0) {
                throw PyExc.valueError("substring not found");
            }
            return PyLong.of(i);
        });
        t.method("rindex", 0, 3, (self, a, off, n) -> {
            int i = findArgs(self, a, off, n, "rindex", true);
            if (i < 0) {
                throw PyExc.valueError("substring not found");
            }
            return PyLong.of(i);
        });
        t.method("count", 0, 3, (self, a, off, n) -> {
            arity("count", n, 1, 3);
            PyUnicode sub = mustBeStr(a[off]);
            PyUnicode v = u(self);
            int[] r = bounds(v.length(), a, off, n, 1);
            return PyLong.of(count(v, sub, r[0], r[1]));
        });
        t.method("upper", self -> {
            PyUnicode v = u(self);
            return isAscii(v.value) ? PyUnicode.of(v.value.toUpperCase(java.util.Locale.ROOT))
                    : caseMap(v, (sb, cps, i, st) -> UnicodeType.appendUpper(sb, cps[i]));
        });
        t.method("lower", self -> {
            PyUnicode v = u(self);
            return isAscii(v.value) ? PyUnicode.of(v.value.toLowerCase(java.util.Locale.ROOT))
                    : caseMap(v, (sb, cps, i, st) -> UnicodeType.appendLower(sb, cps, i, cps.length));
        });
        t.method("casefold", self -> {
            PyUnicode v = u(self);
            return isAscii(v.value) ? PyUnicode.of(v.value.toLowerCase(java.util.Locale.ROOT))
                    : caseMap(v, (sb, cps, i, st) -> UnicodeType.appendFold(sb, cps[i]));
        });
        t.method("capitalize", self -> caseMap(u(self), (sb, cps, i, st) -> {
            if (i == 0) {
                UnicodeType.appendTitle(sb, cps[0]);
            } else {
                UnicodeType.appendLower(sb, cps, i, cps.length);
            }
        }));
        t.method("title", self -> caseMap(u(self), (sb, cps, i, st) -> {
            // st[0]: the previous character is cased
            if (st[0]) {
                UnicodeType.appendLower(sb, cps, i, cps.length);
            } else {
                UnicodeType.appendTitle(sb, cps[i]);
            }
            st[0] = UnicodeType.isCased(cps[i]);
        }));
        t.method("swapcase", self -> caseMap(u(self), (sb, cps, i, st) -> {
            int cp = cps[i];
            if (UnicodeType.isUpper(cp)) {
                UnicodeType.appendLower(sb, cps, i, cps.length);
            } else if (UnicodeType.isLower(cp)) {
                UnicodeType.appendUpper(sb, cp);
            } else {
                sb.appendCodePoint(cp);
            }
        }));
        t.method("isascii", self -> PyBool.of(isAscii(s(self))));
        t.method("isdigit", self -> PyBool.of(all(u(self), UnicodeType::isDigit)));
        t.method("isdecimal", self -> PyBool.of(all(u(self), UnicodeType::isDecimal)));
        t.method("isnumeric", self -> PyBool.of(all(u(self), UnicodeType::isNumeric)));
        t.method("isalpha", self -> PyBool.of(all(u(self), UnicodeType::isAlpha)));
        t.method("isalnum", self -> PyBool.of(all(u(self), UnicodeType::isAlnum)));
        t.method("isspace", self -> PyBool.of(all(u(self), UnicodeType::isSpace)));
        t.method("isprintable", self -> PyBool.of(s(self).isEmpty() || all(u(self), UnicodeType::isPrintable)));
        t.method("isupper", self -> PyBool.of(caseCheck(u(self), true)));
        t.method("islower", self -> PyBool.of(caseCheck(u(self), false)));
        t.method("istitle", self -> PyBool.of(isTitle(u(self))));
        t.method("isidentifier", self -> PyBool.of(isIdentifier(u(self))));
        t.method("center", 0, 2, (self, a, off, n) -> justify(u(self), a, off, n, "center"));
        t.method("ljust", 0, 2, (self, a, off, n) -> justify(u(self), a, off, n, "ljust"));
        t.method("rjust", 0, 2, (self, a, off, n) -> justify(u(self), a, off, n, "rjust"));
        t.method("zfill", (self, w) -> {
            PyUnicode v = u(self);
            long width = Abstract.asClampedIndex(checkInt(w));
            int len = v.length();
            if (len >= width) {
                return self.getClass() == PyUnicode.class ? self : plain(v);
            }
            String z = "0".repeat((int) (width - len));
            String sv = v.value;
            if (!sv.isEmpty() && (sv.charAt(0) == '+' || sv.charAt(0) == '-')) {
                return PyUnicode.concat(PyUnicode.of(sv.charAt(0) + z), v.slice(1, len));
            }
            return PyUnicode.concat(PyUnicode.of(z), v);
        });
        t.methodKw("expandtabs", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("expandtabs", NAMES_TABSIZE, 0, 0, a, off, n, kw);
            long tab = p[0] == null ? 8 : Abstract.asClampedIndex(checkInt(p[0]));
            String v = s(self);
            if (v.indexOf('\t') < 0) {
                return self.getClass() == PyUnicode.class ? self : plain(u(self));
            }
            StringBuilder sb = new StringBuilder(v.length() + 16);
            long col = 0;
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\t') {
                    if (tab > 0) {
                        long pad = tab - col % tab;
                        if (sb.length() + pad > Integer.MAX_VALUE - 8) {
                            throw PyExc.raise(PyExc.OverflowError, "new string is too long");
                        }
                        for (long k = 0; k < pad; k++) {
                            sb.append(' ');
                        }
                        col += pad;
                    }
                } else {
                    sb.append(c);
                    if (c == '\n' || c == '\r') {
                        col = 0;
                    } else if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(v.charAt(i - 1))) {
                        col++;
                    }
                }
            }
            return PyUnicode.of(sb.toString());
        });
        t.methodKw("splitlines", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("splitlines", NAMES_KEEPENDS, 0, 0, a, off, n, kw);
            boolean keep = p[0] != null && keepends(p[0]);
            PyList out = new PyList();
            String v = s(self);
            int start = 0;
            int i = 0;
            int len = v.length();
            while (i < len) {
                char c = v.charAt(i);
                if (isLineBreak(c)) {
                    int eol = i;
                    i++;
                    if (c == '\r' && i < len && v.charAt(i) == '\n') {
                        i++;
                    }
                    out.append(sub(self, start, keep ? i : eol));
                    start = i;
                } else {
                    i++;
                }
            }
            if (start < len) {
                out.append(start == 0 && self.getClass() == PyUnicode.class ? self : sub(self, start, v.length()));
            }
            return out;
        });
        t.method("partition", (self, sep) -> partition(u(self), sep, false));
        t.method("rpartition", (self, sep) -> partition(u(self), sep, true));
        t.method("removeprefix", (self, p) -> {
            PyUnicode pre = PyUnicode.checkArg(p, "removeprefix", "argument");
            PyUnicode v = u(self);
            if (!pre.value.isEmpty() && startsAt(v, pre, 0, v.length())) {
                return v.slice(pre.length(), v.length());
            }
            return self.getClass() == PyUnicode.class ? self : plain(v);
        });
        t.method("removesuffix", (self, p) -> {
            PyUnicode suf = PyUnicode.checkArg(p, "removesuffix", "argument");
            PyUnicode v = u(self);
            if (!suf.value.isEmpty() && endsAt(v, suf, 0, v.length())) {
                return v.slice(0, v.length() - suf.length());
            }
            return self.getClass() == PyUnicode.class ? self : plain(v);
        });
        t.method("translate", StrMethods::translate);
        t.attr("maketrans", PyBuiltinFunction.staticMethod(t, "maketrans",
                (self, a, off, n, kw) -> {
                    ArgParser.noKeywords("maketrans", kw);
                    ArgParser.checkCount("maketrans", n, 1, 3);
                    return maketrans(a, off, n);
                }));
        t.methodKw("encode", (self, a, off, n, kw) -> {
            if (n == 0 && kw == null) {
                return new PyBytes(UnicodeCodecs.encode(u(self), "utf-8", "strict"));
            }
            PyObject[] p = ArgParser.bind("encode", NAMES_ENCODING_ERRORS, 0, 0, a, off, n, kw);
            String enc = p[0] == null ? "utf-8" : PyUnicode.checkArg(p[0], "encode", "argument 'encoding'").value;
            String err = p[1] == null ? "strict" : PyUnicode.checkArg(p[1], "encode", "argument 'errors'").value;
            return new PyBytes(UnicodeCodecs.encode(u(self), enc, err));
        });
        t.methodKw("format", (self, a, off, n, kw) -> StrFormat.format(u(self), a, off, n, kw, null));
        t.method("format_map", (self, m) -> StrFormat.format(u(self), new PyObject[0], 0, 0, null, m));
        t.method("__format__", (self, spec) -> {
            PyUnicode sp = PyUnicode.checkArg(spec, "__format__", "argument");
            if (sp.value.isEmpty()) {
                return self.getClass() == PyUnicode.class ? self : plain(u(self));
            }
            return PyUnicode.of(formatStr(u(self), sp.value));
        });
        t.method("__getnewargs__", self -> new PyTuple(plain(u(self))));
        t.method("__sizeof__", self -> PyLong.of(sizeof(u(self))));
    }

    /** CPython's compact str layout: header plus one, two or four bytes per code point and a terminator. */
    private static long sizeof(PyUnicode v) {
        int max = 0;
        for (int cp : v.codePoints()) {
            max = Math.max(max, cp);
        }
        long n = v.length();
        if (max < 128) {
            return 49 + n;
        }
        int kind = max < 256 ? 1 : max < 0x10000 ? 2 : 4;
        return 72 + kind * (n + 1);
    }

    private static PyObject checkInt(PyObject o) {
        if (!(o instanceof PyLong) && o.getType().index == null) {
            throw PyExc.typeError("'" + o.getType().getName() + "' object cannot be interpreted as an integer");
        }
        return o;
    }

    private static boolean keepends(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyExc.typeError("'float' object cannot be interpreted as an integer");
        }
        return Abstract.isTrue(Abstract.index(o));
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c' || c == '\u001d'
                || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    // --- predicates ---

    @FunctionalInterface
    interface CodePointTest {
        boolean test(int cp);
    }

    private static boolean all(PyUnicode v, CodePointTest p) {
        String s = v.value;
        if (s.isEmpty()) {
            return false;
        }
        if (v.isBmp()) {
            for (int i = 0; i < s.length(); i++) {
                if (!p.test(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        for (int cp : v.codePoints()) {
            if (!p.test(cp)) {
                return false;
            }
        }
        return true;
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    static String upper(PyUnicode v) {
        String s = v.value;
        if (isAscii(s)) {
            return s.toUpperCase(java.util.Locale.ROOT); // the JDK's ASCII mapping is exact and fast
        }
        StringBuilder sb = new StringBuilder(s.length() + 4);
        for (int cp : v.codePoints()) {
            UnicodeType.appendUpper(sb, cp);
        }
        return sb.toString();
    }

    static String lower(PyUnicode v) {
        String s = v.value;
        if (isAscii(s)) {
            return s.toLowerCase(java.util.Locale.ROOT);
        }
        int[] cps = v.codePoints();
        StringBuilder sb = new StringBuilder(s.length() + 4);
        for (int i = 0; i < cps.length; i++) {
            UnicodeType.appendLower(sb, cps, i, cps.length);
        }
        return sb.toString();
    }

    private static boolean caseCheck(PyUnicode v, boolean upper) {
        boolean cased = false;
        for (int cp : v.codePoints()) {
            if (upper ? UnicodeType.isLower(cp) || UnicodeType.isTitle(cp) : UnicodeType.isUpper(cp) || UnicodeType.isTitle(cp)) {
                return false;
            }
            cased |= upper ? UnicodeType.isUpper(cp) : UnicodeType.isLower(cp);
        }
        return cased;
    }

    private static boolean isTitle(PyUnicode v) {
        boolean cased = false;
        boolean prevCased = false;
        for (int cp : v.codePoints()) {
            if (UnicodeType.isUpper(cp) || UnicodeType.isTitle(cp)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (UnicodeType.isLower(cp)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    static boolean isIdentifier(PyUnicode v) {
        String s = v.value;
        if (s.isEmpty()) {
            return false;
        }
        int[] cps = v.codePoints();
        if (!UnicodeType.isIdentifierStart(cps[0])) {
            return false;
        }
        for (int i = 1; i < cps.length; i++) {
            if (!UnicodeType.isIdentifierPart(cps[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean isIdentifier(String s) {
        return isIdentifier(PyUnicode.of(s));
    }

    static boolean isSpace(int cp) {
        return UnicodeType.isSpace(cp);
    }

    // --- join ---

    static PyObject join(PyObject self, PyObject iterable) {
        PyUnicode sep = u(self);
        PyObject[] items;
        int n;
        if (iterable instanceof PyList) {
            items = ((PyList) iterable).items;
            n = ((PyList) iterable).size;
        } else if (iterable instanceof PyTuple) {
            items = ((PyTuple) iterable).items();
            n = items.length;
        } else {
            if (iterable.getType().iter == null && iterable.getType().getitem == null) {
                throw PyExc.typeError("can only join an iterable");
            }
            List<PyObject> l = new ArrayList<>();
            PyObject it = Abstract.getIter(iterable);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                l.add(x);
            }
            items = l.toArray(new PyObject[0]);
            n = items.length;
        }
        if (n == 0) {
            return PyUnicode.EMPTY;
        }
        String sv = sep.value;
        long total = (long) sv.length() * (n - 1);
        boolean careful = sep.hasSplitPairs();
        for (int i = 0; i < n; i++) {
            PyObject x = items[i];
            if (!(x instanceof PyUnicode)) {
                throw PyExc.typeError("sequence item " + i + ": expected str instance, " + x.getType().getName() + " found");
            }
            total += ((PyUnicode) x).value.length();
            careful |= ((PyUnicode) x).hasSplitPairs();
        }
        if (n == 1 && items[0].getClass() == PyUnicode.class) {
            return items[0];
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw PyExc.raise(PyExc.OverflowError, "join() result is too long for a Python string");
        }
        StringBuilder out = new StringBuilder((int) total);
        for (int i = 0; i < n; i++) {
            String x = ((PyUnicode) items[i]).value;
            if (i > 0 && !sv.isEmpty()) {
                out.append(sv);
            }
            if (!careful && out.length() > 0 && !x.isEmpty() && Character.isLowSurrogate(x.charAt(0))
                    && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
                careful = true;
            }
            out.append(x);
        }
        if (careful) {
            return joinCodePoints(sep, items, n);
        }
        return PyUnicode.of(out.toString());
    }

    private static PyObject joinCodePoints(PyUnicode sep, PyObject[] items, int n) {
        PyUnicode r = PyUnicode.EMPTY;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                r = PyUnicode.concat(r, sep);
            }
            r = PyUnicode.concat(r, (PyUnicode) items[i]);
        }
        return r;
    }

    // --- searching ---

    private static int findArgs(PyObject self, PyObject[] a, int off, int n, String name, boolean last) {
        arity(name, n, 1, 3);
        PyUnicode sub = mustBeStr(a[off]);
        PyUnicode v = u(self);
        if (n == 1) {
            return find(v, sub, 0, v.length(), last);
        }
        int[] r = bounds(v.length(), a, off, n, 1);
        return find(v, sub, r[0], r[1], last);
    }

    /** Index (code points) of {@code sub} within {@code v[start:end]}, or -1. */
    static int find(PyUnicode v, PyUnicode sub, int start, int end, boolean last) {
        int subLen = sub.length();
        if (start > v.length() || end - start < subLen) {
            return -1;
        }
        if (subLen == 0) {
            return last ? end : start;
        }
        if (v.hasSplitPairs() || sub.hasSplitPairs()) {
            return findCodePoints(v.codePoints(), sub.codePoints(), start, end, last);
        }
        String s = v.value;
        String t = sub.value;
        int cs = v.charIndex(start);
        int ce = v.isBmp() ? end : v.charIndex(end);
        boolean checkEdges = !v.isBmp() && (Character.isLowSurrogate(t.charAt(0))
                || Character.isHighSurrogate(t.charAt(t.length() - 1)));
        if (!last) {
            int i = s.indexOf(t, cs);
            while (i >= 0 && i + t.length() <= ce) {
                if (!checkEdges || onBoundary(s, i) && onBoundary(s, i + t.length())) {
                    return v.cpIndex(i);
                }
                i = s.indexOf(t, i + 1);
            }
            return -1;
        }
        int i = s.lastIndexOf(t, ce - t.length());
        while (i >= cs) {
            if (!checkEdges || onBoundary(s, i) && onBoundary(s, i + t.length())) {
                return v.cpIndex(i);
            }
            i = s.lastIndexOf(t, i - 1);
        }
        return -1;
    }

    private static boolean onBoundary(String s, int i) {
        return i == 0 || i == s.length() || !(Character.isHighSurrogate(s.charAt(i - 1)) && Character.isLowSurrogate(s.charAt(i)));
    }

    private static int findCodePoints(int[] v, int[] sub, int start, int end, boolean last) {
        int m = sub.length;
        if (!last) {
            for (int i = start; i + m <= end; i++) {
                if (java.util.Arrays.equals(v, i, i + m, sub, 0, m)) {
                    return i;
                }
            }
        } else {
            for (int i = end - m; i >= start; i--) {
                if (java.util.Arrays.equals(v, i, i + m, sub, 0, m)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static int count(PyUnicode v, PyUnicode sub, int start, int end) {
        if (start > v.length() || end < start) {
            return 0;
        }
        int subLen = sub.length();
        if (subLen == 0) {
            return end - start + 1;
        }
        if (v.isBmp() && !v.hasSplitPairs() && !sub.hasSplitPairs()) {
            String s = v.value;
            String t = sub.value;
            int c = 0;
            if (t.length() == 1) {
                char ch = t.charAt(0);
                for (int i = start; i < end; i++) {
                    if (s.charAt(i) == ch) {
                        c++;
                    }
                }
                return c;
            }
            for (int i = s.indexOf(t, start); i >= 0 && i + t.length() <= end; i = s.indexOf(t, i + t.length())) {
                c++;
            }
            return c;
        }
        int c = 0;
        for (int i = find(v, sub, start, end, false); i >= 0; i = find(v, sub, i + subLen, end, false)) {
            c++;
        }
        return c;
    }

    private static boolean startsAt(PyUnicode v, PyUnicode p, int start, int end) {
        int m = p.length();
        if (start > v.length() || end - start < m) {
            return false;
        }
        if (v.isBmp() && !v.hasSplitPairs() && !p.hasSplitPairs()) {
            return v.value.startsWith(p.value, start);
        }
        return java.util.Arrays.equals(v.codePoints(), start, start + m, p.codePoints(), 0, m);
    }

    private static boolean endsAt(PyUnicode v, PyUnicode p, int start, int end) {
        int m = p.length();
        if (start > v.length() || end - start < m) {
            return false;
        }
        if (v.isBmp() && !v.hasSplitPairs() && !p.hasSplitPairs()) {
            return v.value.startsWith(p.value, end - m);
        }
        return java.util.Arrays.equals(v.codePoints(), end - m, end, p.codePoints(), 0, m);
    }

    private static PyObject affix(PyObject self, PyObject[] a, int off, int n, boolean start) {
        String name = start ? "startswith" : "endswith";
        arity(name, n, 1, 3);
        PyUnicode v = u(self);
        PyObject p = a[off];
        if (n == 1 && p instanceof PyUnicode && !v.hasSplitPairs() && !u(p).hasSplitPairs()) {
            // The common call: whole string, one str affix; Java's test is exact for code points here
            // unless the affix starts (or ends) inside a surrogate pair of self.
            String t = u(p).value;
            boolean hit = start ? v.value.startsWith(t) : v.value.endsWith(t);
            if (!hit || t.isEmpty() || v.isBmp()) {
                return PyBool.of(hit);
            }
            int at = start ? t.length() : v.value.length() - t.length();
            return PyBool.of(at == 0 || at == v.value.length() || !(Character.isHighSurrogate(v.value.charAt(at - 1))
                    && Character.isLowSurrogate(v.value.charAt(at))));
        }
        int[] r = bounds(v.length(), a, off, n, 1);
        if (p instanceof PyTuple) {
            for (PyObject x : ((PyTuple) p).items()) {
                if (!(x instanceof PyUnicode)) {
                    throw PyExc.typeError("tuple for " + name + " must only contain str, not " + x.getType().getName());
                }
                if (start ? startsAt(v, u(x), r[0], r[1]) : endsAt(v, u(x), r[0], r[1])) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!(p instanceof PyUnicode)) {
            throw PyExc.typeError(name + " first arg must be str or a tuple of str, not " + p.getType().getName());
        }
        return PyBool.of(start ? startsAt(v, u(p), r[0], r[1]) : endsAt(v, u(p), r[0], r[1]));
    }

    private static PyObject partition(PyUnicode v, PyObject sepObj, boolean fromRight) {
        PyUnicode sep = mustBeStr(sepObj);
        if (sep.value.isEmpty()) {
            throw PyExc.valueError("empty separator");
        }
        int i = find(v, sep, 0, v.length(), fromRight);
        PyObject whole = v.getClass() == PyUnicode.class ? v : plain(v);
        if (i < 0) {
            return fromRight ? new PyTuple(PyUnicode.EMPTY, PyUnicode.EMPTY, whole)
                    : new PyTuple(whole, PyUnicode.EMPTY, PyUnicode.EMPTY);
        }
        int m = sep.length();
        return new PyTuple(v.slice(0, i), sepObj.getClass() == PyUnicode.class ? sepObj : plain(sep),
                v.slice(i + m, v.length()));
    }

    static PyObject replace(PyUnicode v, PyUnicode old, PyUnicode nw, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (count == 0 || v.length() < old.length()) {
            return v.getClass() == PyUnicode.class ? v : plain(v);
        }
        if (v.hasSplitPairs() || old.hasSplitPairs() || nw.hasSplitPairs()) {
            return replaceCodePoints(v, old, nw, count);
        }
        String s = v.value;
        String o = old.value;
        String w = nw.value;
        if (o.isEmpty()) {
            int[] cps = v.codePoints();
            StringBuilder sb = new StringBuilder(s.length() + (int) Math.min((long) w.length() * (cps.length + 1), Integer.MAX_VALUE / 2));
            long done = 0;
            for (int i = 0; i <= cps.length; i++) {
                if (done < count) {
                    sb.append(w);
                    done++;
                } else {
                    sb.append(s, v.charIndex(i), s.length());
                    break;
                }
                if (i < cps.length) {
                    sb.appendCodePoint(cps[i]);
                }
            }
            return PyUnicode.of(sb.toString());
        }
        int j = s.indexOf(o);
        if (j < 0) {
            return v.getClass() == PyUnicode.class ? v : plain(v);
        }
        if (count == Long.MAX_VALUE && v.isBmp() && !hasAdjacentSurrogates(w)
                && !(w.length() > 0 && (Character.isSurrogate(w.charAt(0)) || Character.isSurrogate(w.charAt(w.length() - 1))))) {
            return PyUnicode.of(s.replace(o, w));
        }
        StringBuilder sb = new StringBuilder(s.length() + Math.max(0, w.length() - o.length()) * 4);
        int i = 0;
        long done = 0;
        while (j >= 0 && done < count) {
            sb.append(s, i, j).append(w);
            i = j + o.length();
            done++;
            j = s.indexOf(o, i);
        }
        sb.append(s, i, s.length());
        return PyUnicode.of(sb.toString());
    }

    private static PyObject replaceCodePoints(PyUnicode v, PyUnicode old, PyUnicode nw, long count) {
        int[] s = v.codePoints();
        int[] o = old.codePoints();
        int[] w = nw.codePoints();
        int[] out = new int[16];
        int k = 0;
        int i = 0;
        long done = 0;
        while (i <= s.length) {
            boolean match = done < count && i + o.length <= s.length && java.util.Arrays.equals(s, i, i + o.length, o, 0, o.length);
            if (match) {
                for (int x : w) {
                    out = put(out, k++, x);
                }
                done++;
                if (o.length == 0) {
                    if (i < s.length) {
                        out = put(out, k++, s[i]);
                    }
                    i++;
                } else {
                    i += o.length;
                }
            } else {
                if (i < s.length) {
                    out = put(out, k++, s[i]);
                }
                i++;
            }
        }
        return PyUnicode.fromCodePoints(out, 0, k);
    }

    private static int[] put(int[] a, int k, int v) {
        if (k >= a.length) {
            a = java.util.Arrays.copyOf(a, a.length * 2);
        }
        a[k] = v;
        return a;
    }

    // --- strip / justify ---

    private static PyObject strip(PyObject self, PyObject[] a, int off, int n, String name, boolean left, boolean right) {
        PyUnicode v = u(self);
        String s = v.value;
        int i = 0;
        int j = s.length();
        PyObject chars = n == 0 ? PyNone.NONE : a[off];
        if (chars == PyNone.NONE) {
            while (left && i < j && UnicodeType.isSpace(s.charAt(i))) {
                i++;
            }
            while (right && j > i && UnicodeType.isSpace(s.charAt(j - 1))) {
                j--;
            }
        } else {
            if (!(chars instanceof PyUnicode)) {
                throw PyExc.typeError(name + " arg must be None or str");
            }
            PyUnicode cs = u(chars);
            if (v.isBmp() && cs.isBmp() && !v.hasSplitPairs()) {
                String c = cs.value;
                while (left && i < j && c.indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                while (right && j > i && c.indexOf(s.charAt(j - 1)) >= 0) {
                    j--;
                }
            } else {
                int[] cps = v.codePoints();
                int[] set = cs.codePoints();
                int p = 0;
                int q = cps.length;
                while (left && p < q && contains(set, cps[p])) {
                    p++;
                }
                while (right && q > p && contains(set, cps[q - 1])) {
                    q--;
                }
                return v.slice(p, q);
            }
        }
        if (i == 0 && j == s.length()) {
            return self.getClass() == PyUnicode.class ? self : plain(v);
        }
        return sub(v, i, j);
    }

    private static boolean contains(int[] set, int cp) {
        for (int x : set) {
            if (x == cp) {
                return true;
            }
        }
        return false;
    }

    private static PyObject justify(PyUnicode v, PyObject[] a, int off, int n, String name) {
        ArgParser.checkCount(name, n, 1, 2);
        long width = Abstract.asClampedIndex(checkInt(a[off]));
        int fill = ' ';
        if (n > 1) {
            PyObject f = a[off + 1];
            if (!(f instanceof PyUnicode)) {
                throw PyExc.typeError("The fill character must be a unicode character, not " + f.getType().getName());
            }
            if (u(f).length() != 1) {
                throw PyExc.typeError("The fill character must be exactly one character long");
            }
            fill = u(f).codePointAt(0);
        }
        int len = v.length();
        if (len >= width) {
            return v.getClass() == PyUnicode.class ? v : plain(v);
        }
        if (width > Integer.MAX_VALUE - 8) {
            throw PyExc.raise(PyExc.OverflowError, "padded string is too long");
        }
        int total = (int) (width - len);
        int left;
        switch (name) {
            case "ljust": left = 0; break;
            case "rjust": left = total; break;
            default: left = total / 2 + (total & (int) width & 1); break;
        }
        String fs = new String(Character.toChars(fill));
        UnicodeWriter sb = new UnicodeWriter(v.value.length() + total * fs.length());
        for (int k = 0; k < left; k++) {
            sb.append(fs);
        }
        sb.append(v);
        for (int k = left; k < total; k++) {
            sb.append(fs);
        }
        return sb.toStr();
    }

    // --- split ---

    private static final String[] SPLIT_NAMES = {"sep", "maxsplit"};

    private static PyObject split(PyObject self, PyObject[] a, int off, int n, PyTuple kw, boolean fromRight) {
        PyObject sepObj = null;
        PyObject maxObj = null;
        if (kw == null && n <= 2) {
            sepObj = n > 0 ? a[off] : null;
            maxObj = n > 1 ? a[off + 1] : null;
        } else {
            PyObject[] p = ArgParser.bind(fromRight ? "rsplit" : "split", SPLIT_NAMES, 0, 0, a, off, n, kw);
            sepObj = p[0];
            maxObj = p[1];
        }
        String v = s(self);
        long max = maxObj == null ? -1 : Abstract.asClampedIndex(checkInt(maxObj));
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        PyList out = new PyList();
        if (sepObj == null || sepObj == PyNone.NONE) {
            splitWhitespace(self, v, max, fromRight, out);
            return out;
        }
        if (!(sepObj instanceof PyUnicode)) {
            throw PyExc.typeError("must be str or None, not " + sepObj.getType().getName());
        }
        String sep = u(sepObj).value;
        if (sep.isEmpty()) {
            throw PyExc.valueError("empty separator");
        }
        int m = sep.length();
        if (!fromRight) {
            int i = 0;
            long done = 0;
            int j;
            while (done < max && (j = m == 1 ? v.indexOf(sep.charAt(0), i) : v.indexOf(sep, i)) >= 0) {
                out.append(sub(self, i, j));
                i = j + m;
                done++;
            }
            out.append(i == 0 && self.getClass() == PyUnicode.class ? self : sub(self, i, v.length()));
        } else {
            List<PyObject> parts = new ArrayList<>();
            int j = v.length();
            long done = 0;
            while (done < max && j - m >= 0) {
                int i = v.lastIndexOf(sep, j - m);
                if (i < 0) {
                    break;
                }
                parts.add(sub(self, i + m, j));
                j = i;
                done++;
            }
            parts.add(j == v.length() && self.getClass() == PyUnicode.class ? self : sub(self, 0, j));
            for (int k = parts.size() - 1; k >= 0; k--) {
                out.append(parts.get(k));
            }
        }
        return out;
    }

    private static void splitWhitespace(PyObject self, String v, long max, boolean fromRight, PyList out) {
        int len = v.length();
        if (!fromRight) {
            int i = 0;
            long done = 0;
            while (true) {
                while (i < len && UnicodeType.isSpace(v.charAt(i))) {
                    i++;
                }
                if (i >= len) {
                    return;
                }
                if (done == max) {
                    int e = len;
                    out.append(sub(self, i, e));
                    return;
                }
                int j = i;
                while (j < len && !UnicodeType.isSpace(v.charAt(j))) {
                    j++;
                }
                out.append(i == 0 && j == len && self.getClass() == PyUnicode.class ? self : sub(self, i, j));
                done++;
                i = j;
            }
        }
        List<PyObject> parts = new ArrayList<>();
        int j = len;
        long done = 0;
        while (true) {
            while (j > 0 && UnicodeType.isSpace(v.charAt(j - 1))) {
                j--;
            }
            if (j <= 0) {
                break;
            }
            if (done == max) {
                int s0 = 0;
                parts.add(sub(self, s0, j));
                break;
            }
            int i = j;
            while (i > 0 && !UnicodeType.isSpace(v.charAt(i - 1))) {
                i--;
            }
            parts.add(sub(self, i, j));
            done++;
            j = i;
        }
        for (int k = parts.size() - 1; k >= 0; k--) {
            out.append(parts.get(k));
        }
    }

    // --- translate / maketrans ---

    private static PyObject translate(PyObject self, PyObject table) {
        PyUnicode v = u(self);
        int[] cps = v.codePoints();
        java.util.HashMap<Integer, Object> cache = new java.util.HashMap<>();
        int[] out = new int[cps.length + 8];
        int k = 0;
        boolean changed = false;
        for (int cp : cps) {
            Object m = cache.get(cp);
            if (m == null) {
                PyObject r;
                try {
                    r = Abstract.getItem(table, PyLong.of(cp));
                } catch (PyException e) {
                    if (!e.matches(PyExc.LookupError)) {
                        throw e;
                    }
                    r = null;
                }
                if (r == null) {
                    m = cp;
                } else if (r == PyNone.NONE) {
                    m = new int[0];
                } else if (r instanceof PyLong) {
                    PyLong l = (PyLong) r;
                    if (!l.fitsInt() || l.intValue() < 0 || l.intValue() > 0x10FFFF) {
                        throw PyExc.valueError("character mapping must be in range(0x110000)");
                    }
                    m = l.intValue();
                } else if (r instanceof PyUnicode) {
                    m = u(r).codePoints().clone();
                } else {
                    throw PyExc.typeError("character mapping must return integer, None or str");
                }
                cache.put(cp, m);
            }
            if (m instanceof Integer) {
                int x = (Integer) m;
                changed |= x != cp;
                out = put(out, k++, x);
            } else {
                changed = true;
                for (int x : (int[]) m) {
                    out = put(out, k++, x);
                }
            }
        }
        if (!changed) {
            return self.getClass() == PyUnicode.class ? self : plain(v);
        }
        return PyUnicode.fromCodePoints(out, 0, k);
    }

    private static PyObject maketrans(PyObject[] a, int off, int n) {
        PyDict d = new PyDict();
        if (n == 1) {
            PyObject x = a[off];
            if (!(x instanceof PyDict)) {
                throw PyExc.typeError("if you give only one argument to maketrans it must be a dict");
            }
            PyObject it = Abstract.getIter(Abstract.callMethod(x, "items"));
            for (PyObject kv = Abstract.next(it); kv != null; kv = Abstract.next(it)) {
                PyObject key = ((PyTuple) kv).get(0);
                PyObject val = ((PyTuple) kv).get(1);
                if (key instanceof PyUnicode) {
                    if (u(key).length() != 1) {
                        throw PyExc.valueError("string keys in translate table must be of length 1");
                    }
                    Abstract.setItem(d, PyLong.of(u(key).codePointAt(0)), val);
                } else if (key instanceof PyLong) {
                    Abstract.setItem(d, key, val);
                } else {
                    throw PyExc.typeError("keys in translate table must be strings or integers");
                }
            }
            return d;
        }
        PyUnicode x = PyUnicode.checkArg(a[off], "maketrans", "argument 1");
        PyUnicode y = PyUnicode.checkArg(a[off + 1], "maketrans", "argument 2");
        if (x.length() != y.length()) {
            throw PyExc.valueError("the first two maketrans arguments must have equal length");
        }
        int[] xs = x.codePoints();
        int[] ys = y.codePoints();
        for (int i = 0; i < xs.length; i++) {
            Abstract.setItem(d, PyLong.of(xs[i]), PyLong.of(ys[i]));
        }
        if (n > 2) {
            PyUnicode z = PyUnicode.checkArg(a[off + 2], "maketrans", "argument 3");
            for (int cp : z.codePoints()) {
                Abstract.setItem(d, PyLong.of(cp), PyNone.NONE);
            }
        }
        return d;
    }

    // --- format(str, spec) ---

    /** {@code format(s, spec)} for str: fill/align, width and precision (truncation) by code point. */
    static String formatStr(PyUnicode v, String spec) {
        FormatSpec f = FormatSpec.parse(spec, "str");
        if (f.type != 0 && f.type != 's') {
            throw PyExc.valueError("Unknown format code '" + f.type + "' for object of type 'str'");
        }
        if (f.sign != '-' || f.signGiven) {
            throw PyExc.valueError("Sign not allowed in string format specifier");
        }
        if (f.alternate) {
            throw PyExc.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.grouping != 0) {
            throw PyExc.valueError("Cannot specify '" + f.grouping + "' with 's'.");
        }
        if (f.zeroCoerce) {
            throw PyExc.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.align == '=' && f.alignGiven) {
            throw PyExc.valueError("'=' alignment not allowed in string format specifier");
        }
        String s = v.value;
        int len = v.length();
        if (f.precision >= 0 && len > f.precision) {
            s = v.substring(0, f.precision);
            len = f.precision;
        }
        if (f.width <= len) {
            return s;
        }
        int total = f.width - len;
        int left;
        switch (f.align) {
            case '>': left = total; break;
            case '^': left = total / 2; break;
            default: left = 0; break;
        }
        String fs = new String(Character.toChars(f.fillCodePoint()));
        StringBuilder sb = new StringBuilder(s.length() + total * fs.length());
        for (int k = 0; k < left; k++) {
            sb.append(fs);
        }
        sb.append(s);
        for (int k = left; k < total; k++) {
            sb.append(fs);
        }
        return sb.toString();
    }
}
