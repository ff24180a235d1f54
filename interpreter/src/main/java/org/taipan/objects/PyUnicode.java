package org.taipan.objects;

import org.taipan.format.PyRepr;

/**
 * {@code str}: an immutable sequence of Unicode code points.
 *
 * <p><b>Representation.</b> The text is held as a Java string {@link #value} (non-BMP code points
 * as surrogate pairs, a lone surrogate code point as that char). A Python str may also hold a
 * high surrogate code point followed by a low one as two separate code points, which a Java
 * string would read as one pair; such a str additionally keeps its code points in
 * {@link #points()} (its {@code value} then has the same chars, so Java-level text such as
 * attribute names still works) and is an instance of the nested class {@code SplitPairs}, so
 * that the VM's fast paths keyed on {@code getClass() == PyUnicode.class} never compare it by
 * {@code value} alone.
 *
 * <p><b>Indexing</b> is by code point: O(1) by char when every code point is one char
 * ({@link #isBmp}, the common case, including split-pair strs); otherwise an {@code int[]} of
 * the code points is built on first use and indexing is O(1) from then on.
 */
public class PyUnicode extends PyObject {
    public static PyType TYPE;
    public static final PyUnicode EMPTY = new PyUnicode("");
    private static final PyUnicode[] LATIN1 = new PyUnicode[256];

    public final String value;
    /** The cached hash, 0 until computed. */
    private int hash;
    /**
     * What is known of the code points, in one field so that a str object stays at 24 bytes:
     * null until first needed; {@link #BMP} when every code point is one char; the code points
     * ({@code int[]}) of a str with non-BMP characters; a {@link SplitPoints} for a str whose
     * surrogate pairs are separate code points (set at construction, never replaced).
     */
    private Object shape;

    /** The {@link #shape} of a str whose chars are its code points. */
    private static final Object BMP = new Object();

    /** The code points of a split-pair str, canonical (its {@code value} would pair them up). */
    private static final class SplitPoints {
        final int[] cps;

        SplitPoints(int[] cps) {
            this.cps = cps;
        }
    }

    public PyUnicode(String value) {
        this.value = value;
    }

    /** A str with split surrogate pairs: {@code points} is canonical (see {@link #fromCodePoints}). */
    PyUnicode(String value, int[] points) {
        this.value = value;
        if (points != null) {
            this.shape = new SplitPoints(points);
        }
    }

    /** The code points when they differ from what {@code value} decodes to (split pairs), else null. */
    final int[] points() {
        return shape instanceof SplitPoints ? ((SplitPoints) shape).cps : null;
    }

    public static PyUnicode of(String s) {
        int n = s.length();
        if (n == 1) {
            char c = s.charAt(0);
            if (c < 256) {
                PyUnicode u = LATIN1[c];
                if (u == null) {
                    u = new PyUnicode(s);
                    LATIN1[c] = u;
                }
                return u;
            }
        }
        return n == 0 ? EMPTY : new PyUnicode(s);
    }

    /**
     * The one str object for {@code s} among the names of code objects (CPython interns
     * identifiers the same way): attribute and global names then key instance and module dicts
     * as the very objects later look-ups use, so a probe matches by identity at once.
     */
    public static PyUnicode interned(String s) {
        PyUnicode u = Interned.TABLE.get(s);
        if (u == null) {
            u = Interned.TABLE.computeIfAbsent(s.intern(), PyUnicode::of);
        }
        return u;
    }

    /** A holder class: strs are made while PyObject's initialiser builds the types. */
    private static final class Interned {
        static final java.util.concurrent.ConcurrentHashMap<String, PyUnicode> TABLE =
                new java.util.concurrent.ConcurrentHashMap<>();
    }

    /** The one-character string for code point {@code cp}. */
    public static PyUnicode ofCodePoint(int cp) {
        if (cp < 256) {
            return of(String.valueOf((char) cp));
        }
        return new PyUnicode(cp < 0x10000 ? String.valueOf((char) cp) : new String(Character.toChars(cp)));
    }

    /** The str of {@code cps[from..to)}, split-pair form only when a Java string would pair a surrogate up. */
    public static PyUnicode fromCodePoints(int[] cps, int from, int to) {
        boolean split = false;
        for (int i = from + 1; i < to; i++) {
            if (Character.isLowSurrogate((char) cps[i]) && cps[i] < 0x10000
                    && cps[i - 1] < 0x10000 && Character.isHighSurrogate((char) cps[i - 1])) {
                split = true;
                break;
            }
        }
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            sb.appendCodePoint(cps[i]);
        }
        String s = sb.toString();
        if (!split) {
            return of(s);
        }
        return new SplitPairs(s, java.util.Arrays.copyOfRange(cps, from, to));
    }

    /** A str for a string whose lone surrogates must stay separate code points (e.g. decoder output). */
    public static PyUnicode fromConstant(Object c) {
        if (c instanceof org.taipan.ast.CodePointString) {
            int[] cps = ((org.taipan.ast.CodePointString) c).codePoints();
            return fromCodePoints(cps, 0, cps.length);
        }
        return of((String) c);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Length in code points. */
    public int length() {
        Object k = shape;
        if (k == BMP) {
            return value.length();
        }
        return k == null ? measure() : k instanceof int[] ? ((int[]) k).length : ((SplitPoints) k).cps.length;
    }

    /** Counts the code points once: BMP, or the code points kept for O(1) indexing. */
    private int measure() {
        int n = value.codePointCount(0, value.length());
        shape = n == value.length() ? BMP : value.codePoints().toArray();
        return n;
    }

    /** True when every code point is one Java char (char index = code point index). */
    public boolean isBmp() {
        return length() == value.length();
    }

    /** True when this str holds a surrogate pair that must stay two code points. */
    public boolean hasSplitPairs() {
        return shape instanceof SplitPoints;
    }

    /** The code points (shared array for non-BMP strs: do not modify). */
    public int[] codePoints() {
        length();
        Object k = shape;
        if (k instanceof int[]) {
            return (int[]) k;
        }
        return k instanceof SplitPoints ? ((SplitPoints) k).cps : value.codePoints().toArray();
    }

    /** The char offset of code point index {@code i} (0 ≤ i ≤ length). */
    public int charIndex(int i) {
        if (isBmp()) {
            return i;
        }
        int[] points = points();
        if (points != null) {
            int c = 0;
            for (int k = 0; k < i; k++) {
                c += Character.charCount(points[k]);
            }
            return c;
        }
        return value.offsetByCodePoints(0, i);
    }

    /** The code point index of char offset {@code c} (at a code point boundary). */
    public int cpIndex(int c) {
        if (isBmp()) {
            return c;
        }
        int[] points = points();
        if (points != null) {
            int k = 0;
            for (int pos = 0; pos < c; k++) {
                pos += Character.charCount(points[k]);
            }
            return k;
        }
        return value.codePointCount(0, c);
    }

    public int codePointAt(int i) {
        return isBmp() ? value.charAt(i) : codePoints()[i];
    }

    /** Substring by code point indexes. */
    public String substring(int start, int end) {
        if (isBmp()) {
            return value.substring(start, end);
        }
        int s = charIndex(start);
        return value.substring(s, s + charIndex(end) - charIndex(start));
    }

    /** The str of code points {@code [start, end)}, keeping split pairs split. */
    public PyUnicode slice(int start, int end) {
        if (start >= end) {
            return EMPTY;
        }
        if (start == 0 && end == length() && getClass() == PyUnicode.class) {
            return this;
        }
        int[] points = points();
        if (points != null) {
            return fromCodePoints(points, start, end);
        }
        if (isBmp()) {
            return of(value.substring(start, end));
        }
        int[] cps = codePoints();
        StringBuilder sb = new StringBuilder(end - start + 8);
        for (int i = start; i < end; i++) {
            sb.appendCodePoint(cps[i]);
        }
        return of(sb.toString());
    }

    /** {@code a + b}: a lone high surrogate meeting a lone low one stays two code points. */
    public static PyUnicode concat(PyUnicode a, PyUnicode b) {
        if (a.value.isEmpty() && b.getClass() == PyUnicode.class) {
            return b;
        }
        if (b.value.isEmpty() && a.getClass() == PyUnicode.class) {
            return a;
        }
        if (!a.hasSplitPairs() && !b.hasSplitPairs()) {
            String x = a.value;
            String y = b.value;
            if (!(Character.isHighSurrogate(x.charAt(x.length() - 1)) && Character.isLowSurrogate(y.charAt(0)))) {
                return new PyUnicode(x.concat(y));
            }
        }
        int[] p = a.codePoints();
        int[] q = b.codePoints();
        int[] r = java.util.Arrays.copyOf(p, p.length + q.length);
        System.arraycopy(q, 0, r, p.length, q.length);
        return fromCodePoints(r, 0, r.length);
    }

    /**
     * The concatenation of the strs {@code items[from..to)} (for BUILD_STRING and the like),
     * keeping a lone high surrogate followed by a lone low one as two code points.
     */
    public static PyUnicode concatAll(PyObject[] items, int from, int to) {
        UnicodeWriter w = new UnicodeWriter(16 * (to - from));
        for (int i = from; i < to; i++) {
            w.append((PyUnicode) items[i]);
        }
        return w.toStr();
    }

    /** Value equality by code points. */
    public boolean equalsStr(PyUnicode o) {
        if (!value.equals(o.value)) {
            return false;
        }
        return !hasSplitPairs() && !o.hasSplitPairs() || java.util.Arrays.equals(codePoints(), o.codePoints());
    }

    /** Comparison by code point (UTF-16 order differs for non-BMP characters). */
    public int compareTo(PyUnicode o) {
        if (hasSplitPairs() || o.hasSplitPairs()) {
            return java.util.Arrays.compare(codePoints(), o.codePoints());
        }
        return compare(value, o.value);
    }

    /** Code point order of two Java strings (no split pairs). */
    static int compare(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char a = x.charAt(i);
            char b = y.charAt(i);
            if (a != b) {
                if (a >= 0xD800 || b >= 0xD800) {
                    return compareCodePointsFrom(x, y, i);
                }
                return a - b;
            }
        }
        return x.length() - y.length();
    }

    private static int compareCodePointsFrom(String x, String y, int start) {
        // Back up to the start of a pair so both sides decode the same way.
        int i = start;
        if (i > 0 && Character.isHighSurrogate(x.charAt(i - 1))) {
            i--;
        }
        int j = i;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i);
            int b = y.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    /** The string hash: stable within a run, like CPython's randomised str hash. */
    public long pyHash() {
        int x = hash;
        if (x == 0) {
            // 0 means "not computed yet" (a str whose hash is 0 just computes it each time):
            // no separate flag, which keeps a str object at 32 bytes instead of 40.
            long h = value.hashCode() * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
            x = (int) h;
            hash = x;
        }
        return x == -1 ? -2 : x;
    }

    /** {@code repr(self)}. */
    public String repr() {
        int[] points = points();
        return points != null ? PyRepr.str(points) : PyRepr.str(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** The argument as a str, or TypeError "{fname}() {what} must be str, not T". */
    public static PyUnicode checkArg(PyObject o, String fname, String what) {
        if (o instanceof PyUnicode) {
            return (PyUnicode) o;
        }
        throw PyExc.typeError(fname + "() " + what + " must be str, not " + o.getType().getName());
    }

    /** {@code ascii()} of a repr: non-ASCII characters as \\x, \\u or \\U escapes. */
    public static String asciiOf(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp < 256) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    public static String reprOf(String s) {
        return PyRepr.str(s);
    }

    /** An exact str holding split surrogate pairs (its own Java class keeps it off value-only fast paths). */
    static final class SplitPairs extends PyUnicode {
        SplitPairs(String value, int[] points) {
            super(value, points);
        }
    }

    /** A str subclass instance created in Python ({@code class S(str)}). */
    static final class Derived extends PyUnicode {
        private final PyType type;
        private final PyDict dict;

        Derived(PyType type, String value) {
            super(value);
            this.type = type;
            this.dict = type.instancesHaveDict ? new PyDict() : null;
        }

        Derived(PyType type, PyUnicode src) {
            super(src.value, src.points());
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
