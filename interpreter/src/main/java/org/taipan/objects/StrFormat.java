package org.taipan.objects;

/**
 * {@code str.format} and {@code str.format_map}: literal text with doubled braces, replacement
 * fields {@code {name.attr[key]!conv:spec}} with automatic or manual numbering, nested fields
 * in the spec (two levels, like CPython), and CPython's error messages.
 */
final class StrFormat {
    private StrFormat() {
    }

    /** Argument source of one format call; {@code mapping} non-null for format_map. */
    private static final class Args {
        final PyObject[] a;
        final int off;
        final int n;
        final PyTuple kw;
        final PyObject mapping;
        /** 0: no field numbered yet; 1: automatic numbering; 2: manual. */
        int mode;
        int auto;

        Args(PyObject[] a, int off, int n, PyTuple kw, PyObject mapping) {
            this.a = a;
            this.off = off;
            this.n = n;
            this.kw = kw;
            this.mapping = mapping;
        }
    }

    static PyObject format(PyUnicode fmt, PyObject[] a, int off, int n, PyTuple kw, PyObject mapping) {
        Args args = new Args(a, off, n, kw, mapping);
        String f = fmt.value;
        if (f.indexOf('{') < 0 && f.indexOf('}') < 0) {
            return fmt.getClass() == PyUnicode.class ? fmt : PyUnicode.of(f);
        }
        UnicodeWriter sb = new UnicodeWriter(f.length() + 16);
        render(f, args, 2, sb);
        return sb.toStr();
    }

    private static void render(String f, Args args, int depth, UnicodeWriter sb) {
        if (depth <= 0) {
            throw PyExc.valueError("Max string recursion exceeded");
        }
        int len = f.length();
        int i = 0;
        while (i < len) {
            char c = f.charAt(i);
            if (c == '}') {
                if (i + 1 < len && f.charAt(i + 1) == '}') {
                    sb.append('}');
                    i += 2;
                    continue;
                }
                throw PyExc.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                int next = i;
                while (next < len && f.charAt(next) != '{' && f.charAt(next) != '}') {
                    next++;
                }
                sb.append(f, i, next);
                i = next;
                continue;
            }
            if (i + 1 >= len) {
                throw PyExc.valueError("Single '{' encountered in format string");
            }
            if (f.charAt(i + 1) == '{') {
                sb.append('{');
                i += 2;
                continue;
            }
            i = field(f, i + 1, args, depth, sb);
        }
    }

    /** Formats the field starting after its '{'; returns the index after its '}'. */
    private static int field(String f, int i, Args args, int depth, UnicodeWriter sb) {
        int len = f.length();
        int nameStart = i;
        while (i < len) {
            char c = f.charAt(i);
            if (c == '[') {
                int close = f.indexOf(']', i);
                if (close < 0) {
                    i = len;
                    break;
                }
                i = close + 1;
                continue;
            }
            if (c == ':' || c == '!' || c == '}') {
                break;
            }
            if (c == '{') {
                throw PyExc.valueError("unexpected '{' in field name");
            }
            i++;
        }
        if (i >= len) {
            throw PyExc.valueError("expected '}' before end of string");
        }
        String name = f.substring(nameStart, i);
        char conv = 0;
        if (f.charAt(i) == '!') {
            i++;
            if (i >= len) {
                throw PyExc.valueError("end of string while looking for conversion specifier");
            }
            conv = f.charAt(i++);
            if (i >= len) {
                throw PyExc.valueError("unmatched '{' in format spec");
            }
            if (f.charAt(i) != ':' && f.charAt(i) != '}') {
                throw PyExc.valueError("expected ':' after conversion specifier");
            }
        }
        String spec = "";
        if (f.charAt(i) == ':') {
            i++;
            int specStart = i;
            int braces = 1;
            while (i < len) {
                char c = f.charAt(i);
                if (c == '{') {
                    braces++;
                } else if (c == '}') {
                    braces--;
                    if (braces == 0) {
                        break;
                    }
                }
                i++;
            }
            if (i >= len) {
                throw PyExc.valueError("unmatched '{' in format spec");
            }
            spec = f.substring(specStart, i);
        }
        PyObject v = resolve(name, args);
        switch (conv) {
            case 0:
                break;
            case 'r':
                v = Abstract.repr(v);
                break;
            case 's':
                v = Abstract.str(v);
                break;
            case 'a':
                v = PyUnicode.of(ascii(Abstract.repr(v).value));
                break;
            default:
                throw PyExc.valueError("Unknown conversion specifier " + (conv < 128 ? String.valueOf(conv)
                        : "\\x" + Integer.toHexString(conv)));
        }
        if (spec.indexOf('{') >= 0) {
            UnicodeWriter inner = new UnicodeWriter(spec.length() + 8);
            render(spec, args, depth - 1, inner);
            spec = inner.sb.toString();
        }
        if (v instanceof PyUnicode && v.getClass() == PyUnicode.class) {
            if (spec.isEmpty()) {
                sb.append((PyUnicode) v);
            } else {
                sb.append(StrMethods.formatStr((PyUnicode) v, spec));
            }
        } else {
            sb.append(Abstract.format(v, PyUnicode.of(spec)));
        }
        return i + 1;
    }

    private static PyObject resolve(String name, Args args) {
        int len = name.length();
        int k = 0;
        while (k < len && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        String head = name.substring(0, k);
        PyObject v;
        if (head.isEmpty()) {
            if (args.mode == 2) {
                throw PyExc.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            args.mode = 1;
            v = positional(args, args.auto++);
        } else if (allDigits(head)) {
            if (args.mode == 1) {
                throw PyExc.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            args.mode = 2;
            v = positional(args, number(head));
        } else {
            v = keyword(args, head);
        }
        while (k < len) {
            char c = name.charAt(k);
            if (c == '.') {
                int e = k + 1;
                while (e < len && name.charAt(e) != '.' && name.charAt(e) != '[') {
                    e++;
                }
                if (e == k + 1) {
                    throw PyExc.valueError("Empty attribute in format string");
                }
                v = Abstract.getAttr(v, name.substring(k + 1, e));
                k = e;
            } else if (c == '[') {
                int e = name.indexOf(']', k);
                if (e < 0) {
                    throw PyExc.valueError("Missing ']' in format string");
                }
                String key = name.substring(k + 1, e);
                if (key.isEmpty()) {
                    throw PyExc.valueError("Empty attribute in format string");
                }
                v = Abstract.getItem(v, allDigits(key) ? PyLong.of(number(key)) : PyUnicode.of(key));
                k = e + 1;
                if (k < len && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    throw PyExc.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PyExc.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return v;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static int number(String s) {
        if (s.length() > 18 || Long.parseLong(s) > Integer.MAX_VALUE) {
            throw PyExc.valueError("Too many decimal digits in format string");
        }
        return Integer.parseInt(s);
    }

    private static PyObject positional(Args args, int idx) {
        if (args.mapping != null) {
            throw PyExc.valueError("Format string contains positional fields");
        }
        if (idx >= args.n) {
            throw PyExc.indexError("Replacement index " + idx + " out of range for positional args tuple");
        }
        return args.a[args.off + idx];
    }

    private static PyObject keyword(Args args, String name) {
        if (args.mapping != null) {
            return Abstract.getItem(args.mapping, PyUnicode.of(name));
        }
        for (int q = 0; args.kw != null && q < args.kw.size(); q++) {
            if (((PyUnicode) args.kw.get(q)).value.equals(name)) {
                return args.a[args.off + args.n + q];
            }
        }
        throw PyExc.keyError(PyUnicode.of(name));
    }

    /** {@code ascii()} of a repr: non-ASCII code points as \x, \\u or \\U escapes. */
    static String ascii(String repr) {
        if (StrMethods.isAscii(repr)) {
            return repr;
        }
        StringBuilder sb = new StringBuilder(repr.length() + 16);
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else {
                sb.append(UnicodeCodecs.escape(cp));
            }
        }
        return sb.toString();
    }
}
