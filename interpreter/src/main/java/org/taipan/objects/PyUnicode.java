package org.taipan.objects;

import org.taipan.format.PyRepr;

/**
 * {@code str}: an immutable sequence of Unicode code points, held as a Java string (non-BMP
 * characters as surrogate pairs). Lengths and indexes are in code points; when the string has
 * no surrogate pair ({@link #isBmp}) they are plain char indexes.
 */
public class PyUnicode extends PyObject {
    public static PyType TYPE;
    public static final PyUnicode EMPTY = new PyUnicode("");
    private static final PyUnicode[] LATIN1 = new PyUnicode[256];

    public final String value;
    private int hash;
    private boolean hashed;
    private int cpLength = -1;

    public PyUnicode(String value) {
        this.value = value;
    }

    public static PyUnicode of(String s) {
        if (s.length() == 1 && s.charAt(0) < 256) {
            char c = s.charAt(0);
            PyUnicode u = LATIN1[c];
            if (u == null) {
                u = new PyUnicode(s);
                LATIN1[c] = u;
            }
            return u;
        }
        return s.isEmpty() ? EMPTY : new PyUnicode(s);
    }

    /** The one-character string for code point {@code cp}. */
    public static PyUnicode ofCodePoint(int cp) {
        return of(new String(Character.toChars(cp)));
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Length in code points. */
    public int length() {
        int n = cpLength;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            cpLength = n;
        }
        return n;
    }

    /** True when every code point is one Java char (char index = code point index). */
    public boolean isBmp() {
        return length() == value.length();
    }

    /** The char offset of code point index {@code i}. */
    public int charIndex(int i) {
        return isBmp() ? i : value.offsetByCodePoints(0, i);
    }

    public int codePointAt(int i) {
        return isBmp() ? value.charAt(i) : value.codePointAt(charIndex(i));
    }

    /** Substring by code point indexes. */
    public String substring(int start, int end) {
        if (isBmp()) {
            return value.substring(start, end);
        }
        int s = value.offsetByCodePoints(0, start);
        int e = value.offsetByCodePoints(s, end - start);
        return value.substring(s, e);
    }

    /** The string hash: stable within a run, like CPython's randomised str hash. */
    public long pyHash() {
        if (!hashed) {
            long h = value.hashCode() * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
            hash = (int) h;
            hashed = true;
        }
        return hash == -1 ? -2 : hash;
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

    /** A str subclass instance created in Python ({@code class S(str)}). */
    static final class Derived extends PyUnicode {
        private final PyType type;
        private final PyDict dict;

        Derived(PyType type, String value) {
            super(value);
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
