package org.taipan.objects;

import java.util.ArrayList;
import java.util.List;

/** The methods of {@code str} (registered into the type's dict at start-up). */
final class StrMethods {
    private StrMethods() {
    }

    private static String s(PyObject self) {
        return ((PyUnicode) self).value;
    }

    private static String strArg(PyObject o, String fname) {
        if (!(o instanceof PyUnicode)) {
            throw PyExc.typeError(fname + "() argument must be str, not " + o.getType().getName());
        }
        return ((PyUnicode) o).value;
    }

    static void register(PyType t) {
        t.method("join", (self, iterable) -> {
            StringBuilder sb = new StringBuilder();
            String sep = s(self);
            int i = 0;
            PyObject it = Abstract.getIter(iterable);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it), i++) {
                if (!(x instanceof PyUnicode)) {
                    throw PyExc.typeError("sequence item " + i + ": expected str instance, "
                            + x.getType().getName() + " found");
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(((PyUnicode) x).value);
            }
            return PyUnicode.of(sb.toString());
        });
        t.methodKw("split", (self, a, off, n, kw) -> split(self, a, off, n, kw, false));
        t.methodKw("rsplit", (self, a, off, n, kw) -> split(self, a, off, n, kw, true));
        t.method("strip", 0, 1, (self, a, off, n) -> PyUnicode.of(strip(s(self), n == 0 ? PyNone.NONE : a[off], true, true)));
        t.method("lstrip", 0, 1, (self, a, off, n) -> PyUnicode.of(strip(s(self), n == 0 ? PyNone.NONE : a[off], true, false)));
        t.method("rstrip", 0, 1, (self, a, off, n) -> PyUnicode.of(strip(s(self), n == 0 ? PyNone.NONE : a[off], false, true)));
        t.method("replace", 2, 3, (self, a, off, n) -> {
            String old = strArg(a[off], "replace");
            String nw = strArg(a[off + 1], "replace");
            long count = n > 2 ? Abstract.index(a[off + 2]).longValue() : -1;
            return PyUnicode.of(replace(s(self), old, nw, count));
        });
        t.method("startswith", 1, 3, (self, a, off, n) -> PyBool.of(affix(self, a[off], true)));
        t.method("endswith", 1, 3, (self, a, off, n) -> PyBool.of(affix(self, a[off], false)));
        t.method("find", 1, 3, (self, a, off, n) -> PyLong.of(find((PyUnicode) self, strArg(a[off], "find"), false)));
        t.method("rfind", 1, 3, (self, a, off, n) -> PyLong.of(find((PyUnicode) self, strArg(a[off], "rfind"), true)));
        t.method("index", 1, 3, (self, a, off, n) -> {
            int i = find((PyUnicode) self, strArg(a[off], "index"), false);
            if (i < 0) {
                throw PyExc.valueError("substring not found");
            }
            return PyLong.of(i);
        });
        t.method("count", 1, 3, (self, a, off, n) -> {
            String sub = strArg(a[off], "count");
            String v = s(self);
            if (sub.isEmpty()) {
                return PyLong.of(((PyUnicode) self).length() + 1);
            }
            int c = 0;
            for (int i = v.indexOf(sub); i >= 0; i = v.indexOf(sub, i + sub.length())) {
                c++;
            }
            return PyLong.of(c);
        });
        t.method("upper", self -> PyUnicode.of(s(self).toUpperCase(java.util.Locale.ROOT)));
        t.method("lower", self -> PyUnicode.of(s(self).toLowerCase(java.util.Locale.ROOT)));
        t.method("capitalize", self -> {
            String v = s(self);
            if (v.isEmpty()) {
                return self;
            }
            int cp = v.codePointAt(0);
            return PyUnicode.of(new String(Character.toChars(Character.toTitleCase(cp)))
                    + v.substring(Character.charCount(cp)).toLowerCase(java.util.Locale.ROOT));
        });
        t.method("title", self -> {
            StringBuilder sb = new StringBuilder();
            boolean prevCased = false;
            String v = s(self);
            for (int i = 0; i < v.length(); ) {
                int cp = v.codePointAt(i);
                sb.appendCodePoint(prevCased ? Character.toLowerCase(cp) : Character.toTitleCase(cp));
                prevCased = Character.isLetter(cp);
                i += Character.charCount(cp);
            }
            return PyUnicode.of(sb.toString());
        });
        t.method("isdigit", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(Character::isDigit)));
        t.method("isdecimal", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(Character::isDigit)));
        t.method("isnumeric", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(Character::isDigit)));
        t.method("isalpha", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(Character::isLetter)));
        t.method("isalnum", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(Character::isLetterOrDigit)));
        t.method("isspace", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(StrMethods::isSpace)));
        t.method("isupper", self -> PyBool.of(s(self).codePoints().anyMatch(Character::isUpperCase)
                && s(self).codePoints().noneMatch(Character::isLowerCase)));
        t.method("islower", self -> PyBool.of(s(self).codePoints().anyMatch(Character::isLowerCase)
                && s(self).codePoints().noneMatch(Character::isUpperCase)));
        t.method("isidentifier", self -> PyBool.of(isIdentifier(s(self))));
        t.method("center", 1, 2, (self, a, off, n) -> PyUnicode.of(justify(s(self), a, off, n, '^')));
        t.method("ljust", 1, 2, (self, a, off, n) -> PyUnicode.of(justify(s(self), a, off, n, '<')));
        t.method("rjust", 1, 2, (self, a, off, n) -> PyUnicode.of(justify(s(self), a, off, n, '>')));
        t.method("zfill", (self, w) -> {
            String v = s(self);
            int width = Abstract.asIndex(w);
            int len = ((PyUnicode) self).length();
            if (len >= width) {
                return self;
            }
            String z = "0".repeat(width - len);
            if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
                return PyUnicode.of(v.charAt(0) + z + v.substring(1));
            }
            return PyUnicode.of(z + v);
        });
        t.method("splitlines", 0, 1, (self, a, off, n) -> {
            boolean keep = n > 0 && Abstract.isTrue(a[off]);
            PyList out = new PyList();
            String v = s(self);
            int start = 0;
            int i = 0;
            while (i < v.length()) {
                char c = v.charAt(i);
                int eol = i;
                if (c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c' || c == '\u001d'
                        || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    i++;
                    if (c == '\r' && i < v.length() && v.charAt(i) == '\n') {
                        i++;
                    }
                    out.append(PyUnicode.of(v.substring(start, keep ? i : eol)));
                    start = i;
                } else {
                    i++;
                }
            }
            if (start < v.length()) {
                out.append(PyUnicode.of(v.substring(start)));
            }
            return out;
        });
        t.method("partition", (self, sep) -> {
            String v = s(self);
            String p = strArg(sep, "partition");
            int i = v.indexOf(p);
            if (i < 0) {
                return new PyTuple(self, PyUnicode.EMPTY, PyUnicode.EMPTY);
            }
            return new PyTuple(PyUnicode.of(v.substring(0, i)), sep, PyUnicode.of(v.substring(i + p.length())));
        });
        t.method("encode", 0, 2, (self, a, off, n) -> new PyBytes(s(self).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        t.methodKw("format", (self, a, off, n, kw) -> PyUnicode.of(StrFormat.format(s(self), a, off, n, kw)));
        t.method("__format__", (self, spec) -> strArg(spec, "__format__").isEmpty() ? Abstract.str(self)
                : PyUnicode.of(FormatSpec.formatStr(s(self), strArg(spec, "__format__"))));
        t.method("swapcase", self -> {
            StringBuilder sb = new StringBuilder();
            s(self).codePoints().forEach(cp -> sb.appendCodePoint(Character.isUpperCase(cp)
                    ? Character.toLowerCase(cp) : Character.toUpperCase(cp)));
            return PyUnicode.of(sb.toString());
        });
        t.method("casefold", self -> PyUnicode.of(s(self).toLowerCase(java.util.Locale.ROOT)));
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || cp == 0x85 || cp == 0xA0 || Character.isSpaceChar(cp);
    }

    static boolean isIdentifier(String v) {
        if (v.isEmpty()) {
            return false;
        }
        int first = v.codePointAt(0);
        if (!(Character.isUnicodeIdentifierStart(first) || first == '_')) {
            return false;
        }
        return v.codePoints().skip(1).allMatch(Character::isUnicodeIdentifierPart);
    }

    private static String justify(String v, PyObject[] a, int off, int n, char align) {
        int width = Abstract.asIndex(a[off]);
        String fill = n > 1 ? ((PyUnicode) a[off + 1]).value : " ";
        int len = v.codePointCount(0, v.length());
        if (len >= width) {
            return v;
        }
        int total = width - len;
        switch (align) {
            case '<': return v + fill.repeat(total);
            case '>': return fill.repeat(total) + v;
            default: {
                int left = total / 2 + (total & width & 1);
                return fill.repeat(left) + v + fill.repeat(total - left);
            }
        }
    }

    private static boolean affix(PyObject self, PyObject p, boolean start) {
        String v = s(self);
        if (p instanceof PyTuple) {
            for (PyObject x : ((PyTuple) p).items()) {
                if (affix(self, x, start)) {
                    return true;
                }
            }
            return false;
        }
        if (!(p instanceof PyUnicode)) {
            throw PyExc.typeError((start ? "startswith" : "endswith") + " first arg must be str or a tuple of str, not "
                    + p.getType().getName());
        }
        return start ? v.startsWith(((PyUnicode) p).value) : v.endsWith(((PyUnicode) p).value);
    }

    private static int find(PyUnicode self, String sub, boolean last) {
        String v = self.value;
        int i = last ? v.lastIndexOf(sub) : v.indexOf(sub);
        if (i < 0 || self.isBmp()) {
            return i;
        }
        return v.codePointCount(0, i);
    }

    static String replace(String v, String old, String nw, long count) {
        if (count < 0) {
            if (old.isEmpty()) {
                StringBuilder sb = new StringBuilder(nw);
                v.codePoints().forEach(cp -> sb.appendCodePoint(cp).append(nw));
                return sb.toString();
            }
            return v.replace(old, nw);
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        long done = 0;
        while (done < count) {
            int j = old.isEmpty() ? (i <= v.length() ? i : -1) : v.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(v, i, j).append(nw);
            if (old.isEmpty()) {
                if (j < v.length()) {
                    sb.append(v.charAt(j));
                }
                i = j + 1;
            } else {
                i = j + old.length();
            }
            done++;
        }
        if (i <= v.length()) {
            sb.append(v.substring(i));
        }
        return sb.toString();
    }

    private static String strip(String v, PyObject chars, boolean left, boolean right) {
        int i = 0;
        int j = v.length();
        if (chars == PyNone.NONE) {
            while (left && i < j && isSpace(v.charAt(i))) {
                i++;
            }
            while (right && j > i && isSpace(v.charAt(j - 1))) {
                j--;
            }
        } else {
            String cs = strArg(chars, "strip");
            while (left && i < j && cs.indexOf(v.charAt(i)) >= 0) {
                i++;
            }
            while (right && j > i && cs.indexOf(v.charAt(j - 1)) >= 0) {
                j--;
            }
        }
        return v.substring(i, j);
    }

    private static PyObject split(PyObject self, PyObject[] a, int off, int n, PyTuple kw, boolean fromRight) {
        PyObject[] p = ArgParser.bind(fromRight ? "rsplit" : "split", new String[] {"sep", "maxsplit"}, 0, 0, a, off, n, kw);
        String v = s(self);
        long max = p[1] == null ? -1 : Abstract.index(p[1]).longValue();
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        List<String> parts = new ArrayList<>();
        if (p[0] == null || p[0] == PyNone.NONE) {
            if (!fromRight) {
                int i = 0;
                int len = v.length();
                while (true) {
                    while (i < len && isSpace(v.charAt(i))) {
                        i++;
                    }
                    if (i >= len) {
                        break;
                    }
                    if (parts.size() == max) {
                        parts.add(v.substring(i).stripTrailing());
                        String last = v.substring(i);
                        int e = last.length();
                        while (e > 0 && isSpace(last.charAt(e - 1))) {
                            e--;
                        }
                        parts.set(parts.size() - 1, last.substring(0, e));
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
                int j = v.length();
                while (true) {
                    while (j > 0 && isSpace(v.charAt(j - 1))) {
                        j--;
                    }
                    if (j <= 0) {
                        break;
                    }
                    if (parts.size() == max) {
                        int s0 = 0;
                        while (s0 < j && isSpace(v.charAt(s0))) {
                            s0++;
                        }
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
            String sep = strArg(p[0], "split");
            if (sep.isEmpty()) {
                throw PyExc.valueError("empty separator");
            }
            if (!fromRight) {
                int i = 0;
                while (parts.size() < max) {
                    int j = v.indexOf(sep, i);
                    if (j < 0) {
                        break;
                    }
                    parts.add(v.substring(i, j));
                    i = j + sep.length();
                }
                parts.add(v.substring(i));
            } else {
                int j = v.length();
                while (parts.size() < max) {
                    int i = v.lastIndexOf(sep, j - sep.length());
                    if (i < 0 || j - sep.length() < 0) {
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
            out.append(PyUnicode.of(x));
        }
        return out;
    }
}
