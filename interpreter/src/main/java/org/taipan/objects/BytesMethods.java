package org.taipan.objects;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods shared by {@code bytes} and {@code bytearray} (CPython's {@code bytes_methods.c}):
 * searching, splitting, stripping, ASCII case and class tests, hex, translate, join, with
 * CPython's messages. Results have the type of {@code self} (bytearray methods return new
 * bytearrays). Algorithms over bytes run on a Latin-1 view (one char per byte), which Java's
 * compact strings store as a byte array.
 */
final class BytesMethods {
    private static final String[] NAMES_ENCODING_ERRORS = {"encoding", "errors"};
    private static final String[] NAMES_TABSIZE = {"tabsize"};
    private static final String[] NAMES_KEEPENDS = {"keepends"};
    private static final String[] NAMES_DELETE = {"", "delete"};
    private static final String[] NAMES_SEP_MAXSPLIT = {"sep", "maxsplit"};
    private static final String[] NAMES_SEP_BYTES_PER_SEP = {"sep", "bytes_per_sep"};

    private BytesMethods() {
    }

    private static final java.nio.charset.Charset L1 = StandardCharsets.ISO_8859_1;

    // --- the buffer protocol, reduced to what bytes-like objects need ---

    /** The bytes of a bytes-like object (the first {@link #bufferLength} of them), or null. */
    static byte[] bufferOrNull(PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value;
        }
        if (o instanceof PyByteArray) {
            return ((PyByteArray) o).buf;
        }
        if (o instanceof PyMemoryView) {
            return ((PyMemoryView) o).toBytes();
        }
        return null;
    }

    static int bufferLength(PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value.length;
        }
        if (o instanceof PyByteArray) {
            return ((PyByteArray) o).size;
        }
        if (o instanceof PyMemoryView) {
            return ((PyMemoryView) o).nbytes();
        }
        return -1;
    }

    /** An exact copy of a bytes-like argument, or TypeError "a bytes-like object is required, not 'T'". */
    static byte[] bytesArg(PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value;
        }
        byte[] b = bufferOrNull(o);
        if (b == null) {
            throw PyExc.typeError("a bytes-like object is required, not '" + o.getType().getName() + "'");
        }
        int n = bufferLength(o);
        return b.length == n ? (o instanceof PyMemoryView ? b : java.util.Arrays.copyOf(b, n)) : java.util.Arrays.copyOf(b, n);
    }

    static byte[] data(PyObject self) {
        return self instanceof PyBytes ? ((PyBytes) self).value : ((PyByteArray) self).buf;
    }

    static int size(PyObject self) {
        return self instanceof PyBytes ? ((PyBytes) self).value.length : ((PyByteArray) self).size;
    }

    static String latin1(PyObject self) {
        return new String(data(self), 0, size(self), L1);
    }

    static PyObject make(PyObject self, byte[] b) {
        return self instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
    }

    static PyObject make(PyObject self, String latin1) {
        return make(self, latin1.getBytes(L1));
    }

    /** self unchanged: the same bytes object, or a copy of a bytearray. */
    static PyObject same(PyObject self) {
        if (self instanceof PyByteArray) {
            return new PyByteArray(java.util.Arrays.copyOf(data(self), size(self)));
        }
        return self.getClass() == PyBytes.class ? self : new PyBytes(data(self));
    }

    /** A find/count/index needle: an int in range(256) or a bytes-like object, as exact bytes. */
    static byte[] needle(PyObject o) {
        if (o instanceof PyLong || (o.getType().index != null && bufferOrNull(o) == null)) {
            PyLong l = Abstract.index(o);
            if (!l.fitsInt() || l.intValue() < 0 || l.intValue() > 255) {
                throw PyExc.valueError("byte must be in range(0, 256)");
            }
            return new byte[] {(byte) l.intValue()};
        }
        byte[] b = bufferOrNull(o);
        if (b == null) {
            throw PyExc.typeError("argument should be integer or bytes-like object, not '" + o.getType().getName() + "'");
        }
        int n = bufferLength(o);
        return b.length == n ? b : java.util.Arrays.copyOf(b, n);
    }

    /** First index of {@code sub} in {@code v[from, to)}, or -1 (no copying of v). */
    static int indexOf(byte[] v, int from, int to, byte[] sub) {
        int m = sub.length;
        if (m == 0) {
            return from <= to ? from : -1;
        }
        byte first = sub[0];
        for (int i = from, last = to - m; i <= last; i++) {
            if (v[i] != first) {
                continue;
            }
            int k = 1;
            while (k < m && v[i + k] == sub[k]) {
                k++;
            }
            if (k == m) {
                return i;
            }
        }
        return -1;
    }

    /** Last index of {@code sub} in {@code v[from, to)}, or -1. */
    static int lastIndexOf(byte[] v, int from, int to, byte[] sub) {
        int m = sub.length;
        for (int i = to - m; i >= from; i--) {
            int k = 0;
            while (k < m && v[i + k] == sub[k]) {
                k++;
            }
            if (k == m) {
                return i;
            }
        }
        return -1;
    }

    static int byteValue(PyObject o) {
        PyLong l = Abstract.index(o);
        if (!l.fitsInt() || l.intValue() < 0 || l.intValue() > 255) {
            throw PyExc.valueError("byte must be in range(0, 256)");
        }
        return l.intValue();
    }

    // --- ASCII classes ---

    static boolean isSpace(int c) {
        return c == ' ' || c >= 9 && c <= 13;
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isAlpha(int c) {
        return isUpper(c) || isLower(c);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    @FunctionalInterface
    private interface ByteTest {
        boolean test(int c);
    }

    private static PyObject all(PyObject self, ByteTest t) {
        byte[] v = data(self);
        int n = size(self);
        if (n == 0) {
            return PyBool.FALSE;
        }
        for (int i = 0; i < n; i++) {
            if (!t.test(v[i] & 0xFF)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    private static PyObject mapBytes(PyObject self, java.util.function.IntUnaryOperator f) {
        byte[] v = data(self);
        int n = size(self);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) f.applyAsInt(v[i] & 0xFF);
        }
        return make(self, out);
    }

    private static int lower(int c) {
        return isUpper(c) ? c + 32 : c;
    }

    private static int upper(int c) {
        return isLower(c) ? c - 32 : c;
    }

    // --- registration ---

    static void register(PyType t, String typeName) {
        t.methodKw("decode", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("decode", NAMES_ENCODING_ERRORS, 0, 0, a, off, n, kw);
            String enc = p[0] == null ? "utf-8" : PyUnicode.checkArg(p[0], "decode", "argument 'encoding'").value;
            String err = p[1] == null ? "strict" : PyUnicode.checkArg(p[1], "decode", "argument 'errors'").value;
            return UnicodeCodecs.decode(data(self), 0, size(self), enc, err);
        });
        t.method("isascii", self -> {
            byte[] v = data(self);
            for (int i = 0, n = size(self); i < n; i++) {
                if (v[i] < 0) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        t.method("isalpha", self -> all(self, BytesMethods::isAlpha));
        t.method("isalnum", self -> all(self, c -> isAlpha(c) || isDigit(c)));
        t.method("isdigit", self -> all(self, BytesMethods::isDigit));
        t.method("isspace", self -> all(self, BytesMethods::isSpace));
        t.method("islower", self -> caseTest(self, false));
        t.method("isupper", self -> caseTest(self, true));
        t.method("istitle", self -> {
            byte[] v = data(self);
            boolean cased = false;
            boolean prev = false;
            for (int i = 0, n = size(self); i < n; i++) {
                int c = v[i] & 0xFF;
                if (isUpper(c)) {
                    if (prev) {
                        return PyBool.FALSE;
                    }
                    prev = cased = true;
                } else if (isLower(c)) {
                    if (!prev) {
                        return PyBool.FALSE;
                    }
                    prev = cased = true;
                } else {
                    prev = false;
                }
            }
            return PyBool.of(cased);
        });
        t.method("lower", self -> mapBytes(self, BytesMethods::lower));
        t.method("upper", self -> mapBytes(self, BytesMethods::upper));
        t.method("swapcase", self -> mapBytes(self, c -> isUpper(c) ? c + 32 : isLower(c) ? c - 32 : c));
        t.method("capitalize", self -> {
            byte[] v = data(self);
            int n = size(self);
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                int c = v[i] & 0xFF;
                out[i] = (byte) (i == 0 ? upper(c) : lower(c));
            }
            return make(self, out);
        });
        t.method("title", self -> {
            byte[] v = data(self);
            int n = size(self);
            byte[] out = new byte[n];
            boolean prev = false;
            for (int i = 0; i < n; i++) {
                int c = v[i] & 0xFF;
                out[i] = (byte) (prev ? lower(c) : upper(c));
                prev = isAlpha(c);
            }
            return make(self, out);
        });
        t.method("find", 0, 3, (self, a, off, n) -> PyLong.of(find(self, a, off, n, "find", false)));
        t.method("rfind", 0, 3, (self, a, off, n) -> PyLong.of(find(self, a, off, n, "rfind", true)));
        t.method("index", 0, 3, (self, a, off, n) -> {
            int i = find(self, a, off, n, "index", false);
            if (i < 0) {
                throw PyExc.valueError("subsection not found");
            }
            return PyLong.of(i);
        });
        t.method("rindex", 0, 3, (self, a, off, n) -> {
            int i = find(self, a, off, n, "rindex", true);
            if (i < 0) {
                throw PyExc.valueError("subsection not found");
            }
            return PyLong.of(i);
        });
        t.method("count", 0, 3, (self, a, off, n) -> {
            StrMethods.arity("count", n, 1, 3);
            byte[] sub = needle(a[off]);
            byte[] v = data(self);
            int len = size(self);
            int[] r = StrMethods.bounds(len, a, off, n, 1);
            if (r[0] > len || r[1] < r[0]) {
                return PyLong.of(0);
            }
            if (sub.length == 0) {
                return PyLong.of(r[1] - r[0] + 1);
            }
            int c = 0;
            for (int i = indexOf(v, r[0], r[1], sub); i >= 0; i = indexOf(v, i + sub.length, r[1], sub)) {
                c++;
            }
            return PyLong.of(c);
        });
        t.method("startswith", 0, 3, (self, a, off, n) -> affix(self, a, off, n, true, typeName));
        t.method("endswith", 0, 3, (self, a, off, n) -> affix(self, a, off, n, false, typeName));
        t.method("join", (self, it) -> join(self, it));
        t.methodKw("split", (self, a, off, n, kw) -> split(self, a, off, n, kw, false));
        t.methodKw("rsplit", (self, a, off, n, kw) -> split(self, a, off, n, kw, true));
        t.method("strip", 0, 1, (self, a, off, n) -> strip(self, a, off, n, "strip", true, true));
        t.method("lstrip", 0, 1, (self, a, off, n) -> strip(self, a, off, n, "lstrip", true, false));
        t.method("rstrip", 0, 1, (self, a, off, n) -> strip(self, a, off, n, "rstrip", false, true));
        t.method("replace", 0, 3, (self, a, off, n) -> {
            ArgParser.checkCount("replace", n, 2, 3);
            String old = new String(bytesArg(a[off]), L1);
            String nw = new String(bytesArg(a[off + 1]), L1);
            long count = n > 2 ? Abstract.asClampedIndex(a[off + 2]) : -1;
            PyObject r = StrMethods.replace(PyUnicode.of(latin1(self)), PyUnicode.of(old), PyUnicode.of(nw), count);
            return make(self, ((PyUnicode) r).value);
        });
        t.method("partition", (self, sep) -> partition(self, sep, false));
        t.method("rpartition", (self, sep) -> partition(self, sep, true));
        t.method("removeprefix", (self, p) -> {
            byte[] pre = bytesArg(p);
            String v = latin1(self);
            String ps = new String(pre, L1);
            return pre.length > 0 && v.startsWith(ps) ? make(self, v.substring(ps.length())) : same(self);
        });
        t.method("removesuffix", (self, p) -> {
            byte[] suf = bytesArg(p);
            String v = latin1(self);
            String ss = new String(suf, L1);
            return suf.length > 0 && v.endsWith(ss) ? make(self, v.substring(0, v.length() - ss.length())) : same(self);
        });
        t.method("center", 0, 2, (self, a, off, n) -> justify(self, a, off, n, "center"));
        t.method("ljust", 0, 2, (self, a, off, n) -> justify(self, a, off, n, "ljust"));
        t.method("rjust", 0, 2, (self, a, off, n) -> justify(self, a, off, n, "rjust"));
        t.method("zfill", (self, w) -> {
            long width = Abstract.asClampedIndex(w);
            String v = latin1(self);
            if (v.length() >= width) {
                return same(self);
            }
            String z = "0".repeat((int) (width - v.length()));
            if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
                return make(self, v.charAt(0) + z + v.substring(1));
            }
            return make(self, z + v);
        });
        t.methodKw("expandtabs", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("expandtabs", NAMES_TABSIZE, 0, 0, a, off, n, kw);
            long tab = p[0] == null ? 8 : Abstract.asClampedIndex(p[0]);
            String v = latin1(self);
            StringBuilder sb = new StringBuilder(v.length() + 16);
            long col = 0;
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\t') {
                    if (tab > 0) {
                        long pad = tab - col % tab;
                        sb.append(" ".repeat((int) pad));
                        col += pad;
                    }
                } else {
                    sb.append(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return make(self, sb.toString());
        });
        t.methodKw("splitlines", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("splitlines", NAMES_KEEPENDS, 0, 0, a, off, n, kw);
            boolean keep = p[0] != null && Abstract.isTrue(p[0]);
            String v = latin1(self);
            PyList out = new PyList();
            int start = 0;
            int i = 0;
            while (i < v.length()) {
                char c = v.charAt(i);
                if (c == '\n' || c == '\r') {
                    int eol = i++;
                    if (c == '\r' && i < v.length() && v.charAt(i) == '\n') {
                        i++;
                    }
                    out.append(make(self, v.substring(start, keep ? i : eol)));
                    start = i;
                } else {
                    i++;
                }
            }
            if (start < v.length()) {
                out.append(make(self, v.substring(start)));
            }
            return out;
        });
        t.methodKw("hex", (self, a, off, n, kw) -> PyUnicode.of(hex(data(self), size(self), a, off, n, kw)));
        t.classMethod("fromhex", (cls, a, off, n, kw) -> {
            ArgParser.noKeywords("fromhex", kw);
            if (n != 2) {
                throw PyExc.typeError(typeName + ".fromhex() takes exactly one argument (" + (n - 1) + " given)");
            }
            PyUnicode s = PyUnicode.checkArg(a[off + 1], "fromhex", "argument");
            byte[] b = fromHex(s.value);
            PyObject r = typeName.equals("bytes") ? new PyBytes(b) : new PyByteArray(b);
            return cls == (typeName.equals("bytes") ? PyBytes.TYPE : PyByteArray.TYPE) ? r : Abstract.call(cls, r);
        });
        t.methodKw("translate", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("translate", NAMES_DELETE, 1, 0, a, off, n, kw);
            if (p[0] == null) {
                throw PyExc.typeError("translate() takes at least 1 positional argument (0 given)");
            }
            byte[] table = null;
            if (p[0] != PyNone.NONE) {
                table = bytesArg(p[0]);
                if (table.length != 256) {
                    throw PyExc.valueError("translation table must be 256 characters long");
                }
            }
            boolean[] del = new boolean[256];
            if (p[1] != null) {
                for (byte x : bytesArg(p[1])) {
                    del[x & 0xFF] = true;
                }
            }
            byte[] v = data(self);
            int len = size(self);
            byte[] out = new byte[len];
            int k = 0;
            for (int i = 0; i < len; i++) {
                int c = v[i] & 0xFF;
                if (!del[c]) {
                    out[k++] = table == null ? (byte) c : table[c];
                }
            }
            return make(self, java.util.Arrays.copyOf(out, k));
        });
        t.attr("maketrans", PyBuiltinFunction.staticMethod(t, "maketrans", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("maketrans", kw);
            ArgParser.checkCount("maketrans", n, 2, 2);
            byte[] from = bytesArg(a[off]);
            byte[] to = bytesArg(a[off + 1]);
            if (from.length != to.length) {
                throw PyExc.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                table[from[i] & 0xFF] = to[i];
            }
            return new PyBytes(table);
        }));
    }

    private static PyObject caseTest(PyObject self, boolean upper) {
        byte[] v = data(self);
        boolean cased = false;
        for (int i = 0, n = size(self); i < n; i++) {
            int c = v[i] & 0xFF;
            if (upper ? isLower(c) : isUpper(c)) {
                return PyBool.FALSE;
            }
            cased |= upper ? isUpper(c) : isLower(c);
        }
        return PyBool.of(cased);
    }

    private static int find(PyObject self, PyObject[] a, int off, int n, String name, boolean last) {
        StrMethods.arity(name, n, 1, 3);
        byte[] sub = needle(a[off]);
        byte[] v = data(self);
        int len = size(self);
        int[] r = n == 1 ? new int[] {0, len} : StrMethods.bounds(len, a, off, n, 1);
        if (r[0] > len || r[1] - r[0] < sub.length) {
            return -1;
        }
        return last ? lastIndexOf(v, r[0], r[1], sub) : indexOf(v, r[0], r[1], sub);
    }

    private static PyObject affix(PyObject self, PyObject[] a, int off, int n, boolean start, String typeName) {
        String name = start ? "startswith" : "endswith";
        StrMethods.arity(name, n, 1, 3);
        byte[] v = data(self);
        int len = size(self);
        int[] r = n == 1 ? new int[] {0, len} : StrMethods.bounds(len, a, off, n, 1);
        PyObject p = a[off];
        if (p instanceof PyTuple) {
            for (PyObject x : ((PyTuple) p).items()) {
                byte[] b = bufferOrNull(x);
                if (b == null) {
                    throw PyExc.typeError("a bytes-like object is required, not '" + x.getType().getName() + "'");
                }
                if (matches(v, len, b, bufferLength(x), r, start)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        byte[] b = bufferOrNull(p);
        if (b == null) {
            throw PyExc.typeError(name + " first arg must be bytes or a tuple of bytes, not " + p.getType().getName());
        }
        return PyBool.of(matches(v, len, b, bufferLength(p), r, start));
    }

    private static boolean matches(byte[] v, int len, byte[] p, int plen, int[] r, boolean start) {
        if (r[0] > len || r[1] - r[0] < plen) {
            return false;
        }
        int at = start ? r[0] : r[1] - plen;
        return java.util.Arrays.equals(v, at, at + plen, p, 0, plen);
    }

    private static PyObject join(PyObject self, PyObject iterable) {
        List<PyObject> items = new ArrayList<>();
        if (iterable instanceof PyList || iterable instanceof PyTuple) {
            PyObject[] arr = iterable instanceof PyList ? ((PyList) iterable).toArray() : ((PyTuple) iterable).items();
            java.util.Collections.addAll(items, arr);
        } else {
            if (iterable.getType().iter == null && iterable.getType().getitem == null) {
                throw PyExc.typeError("can only join an iterable");
            }
            PyObject it = Abstract.getIter(iterable);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                items.add(x);
            }
        }
        byte[] sep = data(self);
        int sepLen = size(self);
        long total = (long) sepLen * Math.max(0, items.size() - 1);
        for (int i = 0; i < items.size(); i++) {
            PyObject x = items.get(i);
            int len = bufferLength(x);
            if (len < 0) {
                throw PyExc.typeError("sequence item " + i + ": expected a bytes-like object, " + x.getType().getName() + " found");
            }
            total += len;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw PyExc.raise(PyExc.OverflowError, "join() result is too long");
        }
        byte[] out = new byte[(int) total];
        int pos = 0;
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                System.arraycopy(sep, 0, out, pos, sepLen);
                pos += sepLen;
            }
            PyObject x = items.get(i);
            int len = bufferLength(x);
            System.arraycopy(bufferOrNull(x), 0, out, pos, len);
            pos += len;
        }
        return make(self, out);
    }

    private static PyObject split(PyObject self, PyObject[] a, int off, int n, PyTuple kw, boolean fromRight) {
        PyObject[] p = ArgParser.bind(fromRight ? "rsplit" : "split", NAMES_SEP_MAXSPLIT, 0, 0, a, off, n, kw);
        String v = latin1(self);
        long max = p[1] == null ? -1 : Abstract.asClampedIndex(p[1]);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        List<String> parts = new ArrayList<>();
        if (p[0] == null || p[0] == PyNone.NONE) {
            int len = v.length();
            if (!fromRight) {
                int i = 0;
                while (true) {
                    while (i < len && isSpace(v.charAt(i))) {
                        i++;
                    }
                    if (i >= len) {
                        break;
                    }
                    if (parts.size() == max) {
                        int e = len;
                        parts.add(v.substring(i, e));
                        break;
                    }
                    int j = i;
                    while (j < len && !isSpace(v.charAt(j))) {
                        j++;
                    }
                    parts.add(v.substring(i, j));
                    i = j;
                }
            } else {
                int j = len;
                while (true) {
                    while (j > 0 && isSpace(v.charAt(j - 1))) {
                        j--;
                    }
                    if (j <= 0) {
                        break;
                    }
                    if (parts.size() == max) {
                        int s0 = 0;
                        parts.add(v.substring(s0, j));
                        break;
                    }
                    int i = j;
                    while (i > 0 && !isSpace(v.charAt(i - 1))) {
                        i--;
                    }
                    parts.add(v.substring(i, j));
                    j = i;
                }
                java.util.Collections.reverse(parts);
            }
        } else {
            String sep = new String(bytesArg(p[0]), L1);
            if (sep.isEmpty()) {
                throw PyExc.valueError("empty separator");
            }
            if (!fromRight) {
                int i = 0;
                int j;
                while (parts.size() < max && (j = v.indexOf(sep, i)) >= 0) {
                    parts.add(v.substring(i, j));
                    i = j + sep.length();
                }
                parts.add(v.substring(i));
            } else {
                int j = v.length();
                while (parts.size() < max && j - sep.length() >= 0) {
                    int i = v.lastIndexOf(sep, j - sep.length());
                    if (i < 0) {
                        break;
                    }
                    parts.add(v.substring(i + sep.length(), j));
                    j = i;
                }
                parts.add(v.substring(0, j));
                java.util.Collections.reverse(parts);
            }
        }
        PyList out = new PyList();
        for (String x : parts) {
            out.append(make(self, x));
        }
        return out;
    }

    private static PyObject strip(PyObject self, PyObject[] a, int off, int n, String name, boolean left, boolean right) {
        String v = latin1(self);
        int i = 0;
        int j = v.length();
        PyObject chars = n == 0 ? PyNone.NONE : a[off];
        if (chars == PyNone.NONE) {
            while (left && i < j && isSpace(v.charAt(i))) {
                i++;
            }
            while (right && j > i && isSpace(v.charAt(j - 1))) {
                j--;
            }
        } else {
            String cs = new String(bytesArg(chars), L1);
            while (left && i < j && cs.indexOf(v.charAt(i)) >= 0) {
                i++;
            }
            while (right && j > i && cs.indexOf(v.charAt(j - 1)) >= 0) {
                j--;
            }
        }
        if (i == 0 && j == v.length()) {
            return same(self);
        }
        return make(self, v.substring(i, j));
    }

    private static PyObject partition(PyObject self, PyObject sepObj, boolean fromRight) {
        String sep = new String(bytesArg(sepObj), L1);
        if (sep.isEmpty()) {
            throw PyExc.valueError("empty separator");
        }
        String v = latin1(self);
        int i = fromRight ? v.lastIndexOf(sep) : v.indexOf(sep);
        PyObject empty = make(self, new byte[0]);
        if (i < 0) {
            return fromRight ? new PyTuple(empty, make(self, new byte[0]), same(self))
                    : new PyTuple(same(self), empty, make(self, new byte[0]));
        }
        PyObject sepOut = self instanceof PyByteArray ? new PyByteArray(sep.getBytes(L1))
                : sepObj.getClass() == PyBytes.class ? sepObj : new PyBytes(sep.getBytes(L1));
        return new PyTuple(make(self, v.substring(0, i)), sepOut, make(self, v.substring(i + sep.length())));
    }

    private static PyObject justify(PyObject self, PyObject[] a, int off, int n, String name) {
        ArgParser.checkCount(name, n, 1, 2);
        long width = Abstract.asClampedIndex(a[off]);
        char fill = ' ';
        if (n > 1) {
            PyObject f = a[off + 1];
            if (!(f instanceof PyBytes || f instanceof PyByteArray) || bufferLength(f) != 1) {
                throw PyExc.typeError(name + "() argument 2 must be a byte string of length 1, not " + f.getType().getName());
            }
            fill = (char) (bufferOrNull(f)[0] & 0xFF);
        }
        String v = latin1(self);
        if (v.length() >= width) {
            return same(self);
        }
        int total = (int) (width - v.length());
        int left = name.equals("ljust") ? 0 : name.equals("rjust") ? total : total / 2 + (total & (int) width & 1);
        String fs = String.valueOf(fill);
        return make(self, fs.repeat(left) + v + fs.repeat(total - left));
    }

    static String hex(byte[] v, int len, PyObject[] a, int off, int n, PyTuple kw) {
        PyObject[] p = ArgParser.bind("hex", NAMES_SEP_BYTES_PER_SEP, 0, 0, a, off, n, kw);
        char sep = 0;
        if (p[0] != null) {
            String s;
            if (p[0] instanceof PyUnicode) {
                s = ((PyUnicode) p[0]).value;
            } else {
                byte[] b = bufferOrNull(p[0]);
                if (b == null) {
                    throw PyExc.typeError("sep must be str or bytes.");
                }
                s = new String(b, 0, bufferLength(p[0]), L1);
            }
            if (s.codePointCount(0, s.length()) != 1) {
                throw PyExc.valueError("sep must be length 1.");
            }
            if (s.charAt(0) >= 128) {
                throw PyExc.valueError("sep must be ASCII.");
            }
            sep = s.charAt(0);
        }
        int per = p[1] == null ? 1 : Abstract.asIndex(p[1]);
        StringBuilder sb = new StringBuilder(len * 3);
        int group = Math.abs(per);
        for (int i = 0; i < len; i++) {
            if (sep != 0 && i > 0 && group > 0) {
                boolean boundary = per > 0 ? (len - i) % group == 0 : i % group == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            int c = v[i] & 0xFF;
            sb.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
        }
        return sb.toString();
    }

    static byte[] fromHex(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() / 2);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c >= 128) {
                throw PyExc.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            if (i + 1 >= n) {
                throw PyExc.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            char d = s.charAt(i + 1);
            int lo = Character.digit(d, 16);
            if (lo < 0 || d >= 128) {
                throw PyExc.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }

    // --- shared slots ---

    /** {@code bytes(x)} / {@code bytearray(x)} source conversion: int count, buffer, iterable of ints, or str + encoding. */
    static byte[] fromSource(String typeName, PyObject src, PyObject encoding, PyObject errors) {
        if (encoding != null) {
            PyUnicode.checkArg(encoding, typeName, "argument 'encoding'");
        }
        if (errors != null) {
            PyUnicode.checkArg(errors, typeName, "argument 'errors'");
        }
        if (src == null) {
            if (encoding != null || errors != null) {
                throw PyExc.typeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        if (src instanceof PyUnicode) {
            if (encoding == null) {
                throw PyExc.typeError("string argument without an encoding");
            }
            String enc = PyUnicode.checkArg(encoding, typeName, "argument 'encoding'").value;
            String err = errors == null ? "strict" : PyUnicode.checkArg(errors, typeName, "argument 'errors'").value;
            return UnicodeCodecs.encode((PyUnicode) src, enc, err);
        }
        if (encoding != null) {
            throw PyExc.typeError("encoding without a string argument");
        }
        if (errors != null) {
            throw PyExc.typeError("errors without a string argument");
        }
        byte[] b = bufferOrNull(src);
        if (b != null) {
            return java.util.Arrays.copyOf(b, bufferLength(src));
        }
        if (src instanceof PyLong || src.getType().index != null) {
            PyLong l = Abstract.index(src);
            if (l.signum() < 0) {
                throw PyExc.valueError("negative count");
            }
            if (!l.fitsInt() || l.intValue() > Integer.MAX_VALUE - 8) {
                throw PyExc.raise(PyExc.OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            return new byte[l.intValue()];
        }
        if (src.getType().iter == null && src.getType().getitem == null) {
            throw PyExc.typeError("cannot convert '" + src.getType().getName() + "' object to " + typeName);
        }
        return fromIterable(src, typeName.equals("bytearray") ? "byte" : "bytes");
    }

    /** The bytes of an iterable of ints in range(256) (bytearray's own methods' wording). */
    static byte[] fromIterable(PyObject src) {
        return fromIterable(src, "byte");
    }

    /** The bytes of an iterable of ints in range(256); {@code what} starts the out-of-range message. */
    static byte[] fromIterable(PyObject src, String what) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        PyObject it = Abstract.getIter(src);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            PyLong l = Abstract.index(x);
            if (!l.fitsInt() || l.intValue() < 0 || l.intValue() > 255) {
                throw PyExc.valueError(what + " must be in range(0, 256)");
            }
            out.write(l.intValue());
        }
        return out.toByteArray();
    }

    static int compare(PyObject a, PyObject b) {
        return java.util.Arrays.compareUnsigned(data(a), 0, size(a), bufferOrNull(b), 0, bufferLength(b));
    }

    static PyObject getItem(PyObject self, PyObject key, String typeName) {
        byte[] v = data(self);
        int len = size(self);
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(len);
            int n = PySlice.length(r);
            byte[] out;
            if (r[2] == 1) {
                out = java.util.Arrays.copyOfRange(v, r[0], r[0] + n);
            } else {
                out = new byte[n];
                for (int i = 0, j = r[0]; i < n; i++, j += r[2]) {
                    out[i] = v[j];
                }
            }
            return make(self, out);
        }
        if (!(key instanceof PyLong) && key.getType().index == null) {
            throw PyExc.typeError((typeName.equals("bytes") ? "byte" : "bytearray") + " indices must be integers or slices, not "
                    + key.getType().getName());
        }
        int i = Abstract.asIndex(key);
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw PyExc.indexError(typeName.equals("bytes") ? "index out of range" : "bytearray index out of range");
        }
        return PyLong.of(v[i] & 0xFF);
    }

    static boolean contains(PyObject self, PyObject x) {
        if (x instanceof PyLong || x.getType().index != null && bufferOrNull(x) == null) {
            int c = byteValue(x);
            byte[] v = data(self);
            for (int i = 0, n = size(self); i < n; i++) {
                if ((v[i] & 0xFF) == c) {
                    return true;
                }
            }
            return false;
        }
        byte[] b = bufferOrNull(x);
        if (b == null) {
            throw PyExc.typeError("a bytes-like object is required, not '" + x.getType().getName() + "'");
        }
        int m = bufferLength(x);
        return indexOf(data(self), 0, size(self), b.length == m ? b : java.util.Arrays.copyOf(b, m)) >= 0;
    }

    static byte[] repeat(PyObject self, PyObject count) {
        if (!(count instanceof PyLong) && count.getType().index == null) {
            return null;
        }
        long k = Abstract.asClampedIndex(count);
        int len = size(self);
        if (k <= 0 || len == 0) {
            return new byte[0];
        }
        if (k * len > Integer.MAX_VALUE - 8) {
            throw PyExc.raise(PyExc.MemoryError, "");
        }
        byte[] out = new byte[(int) k * len];
        byte[] v = data(self);
        for (int i = 0; i < k; i++) {
            System.arraycopy(v, 0, out, i * len, len);
        }
        return out;
    }

    static byte[] concat(PyObject a, PyObject b, String typeName) {
        byte[] y = bufferOrNull(b);
        if (y == null) {
            throw PyExc.typeError("can't concat " + b.getType().getName() + " to " + typeName);
        }
        int xl = size(a);
        int yl = bufferLength(b);
        byte[] r = java.util.Arrays.copyOf(data(a), xl + yl);
        System.arraycopy(y, 0, r, xl, yl);
        return r;
    }
}
