package org.taipan.objects;

/**
 * printf-style formatting: {@code str % args} and {@code bytes % args} (PEP 461). One engine
 * for both: bytes formats run over a Latin-1 view of the bytes (one char per byte). Conversions
 * {@code s r a c d i u o x X e E f F g G %} (and {@code b} for bytes), flags {@code - + space # 0},
 * {@code *} width/precision, {@code %(key)} with mappings, and CPython's error messages.
 */
final class PercentFormat {
    private PercentFormat() {
    }

    /** {@code fmt % args} as a Java string (the form callers outside str use). */
    static String format(String fmt, PyObject args) {
        return new Run(fmt, args, false).run().value;
    }

    static PyObject formatStr(PyUnicode fmt, PyObject args) {
        return new PercentFormat.Run(fmt.value, args, false).run();
    }

    static byte[] formatBytes(byte[] fmt, int len, PyObject args) {
        String f = new String(fmt, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1);
        String r = new Run(f, args, true).run().value;
        return r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static final class Run {
        final String fmt;
        final boolean bytes;
        final PyObject[] items;
        final PyObject mapping;
        int argIndex;

        Run(String fmt, PyObject args, boolean bytes) {
            this.fmt = fmt;
            this.bytes = bytes;
            boolean tuple = args instanceof PyTuple;
            this.items = tuple ? ((PyTuple) args).items() : new PyObject[] {args};
            boolean mappingLike = !tuple && args.getType().getitem != null && !(args instanceof PyUnicode)
                    && !(bytes && (args instanceof PyBytes || args instanceof PyByteArray));
            this.mapping = mappingLike ? args : null;
        }

        PyObject nextArg() {
            if (argIndex >= items.length) {
                throw PyExc.typeError("not enough arguments for format string");
            }
            return items[argIndex++];
        }

        PyUnicode run() {
            int n = fmt.length();
            int pct = fmt.indexOf('%');
            if (pct < 0) {
                checkAllUsed();
                return PyUnicode.of(fmt);
            }
            UnicodeWriter sb = new UnicodeWriter(n + 16);
            int i = 0;
            while (i < n) {
                char c = fmt.charAt(i);
                if (c != '%') {
                    int next = fmt.indexOf('%', i);
                    if (next < 0) {
                        next = n;
                    }
                    sb.append(fmt, i, next);
                    i = next;
                    continue;
                }
                i++;
                if (i >= n) {
                    throw PyExc.valueError("incomplete format");
                }
                if (fmt.charAt(i) == '%') {
                    sb.append('%');
                    i++;
                    continue;
                }
                PyObject keyed = null;
                if (fmt.charAt(i) == '(') {
                    if (mapping == null) {
                        throw PyExc.typeError("format requires a mapping");
                    }
                    int depth = 1;
                    int k = i + 1;
                    while (k < n && depth > 0) {
                        char x = fmt.charAt(k);
                        if (x == '(') {
                            depth++;
                        } else if (x == ')') {
                            depth--;
                        }
                        k++;
                    }
                    if (depth > 0) {
                        throw PyExc.valueError("incomplete format key");
                    }
                    String key = fmt.substring(i + 1, k - 1);
                    PyObject keyObj = bytes ? new PyBytes(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                            : PyUnicode.of(key);
                    keyed = Abstract.getItem(mapping, keyObj);
                    argIndex = items.length; // like CPython, a keyed value replaces the positional arguments
                    i = k;
                }
                boolean left = false;
                boolean plus = false;
                boolean space = false;
                boolean alt = false;
                boolean zero = false;
                for (; i < n; i++) {
                    char f = fmt.charAt(i);
                    if (f == '-') {
                        left = true;
                    } else if (f == '+') {
                        plus = true;
                    } else if (f == ' ') {
                        space = true;
                    } else if (f == '#') {
                        alt = true;
                    } else if (f == '0') {
                        zero = true;
                    } else {
                        break;
                    }
                }
                int width = -1;
                if (i < n && fmt.charAt(i) == '*') {
                    PyObject w = nextArg();
                    if (!(w instanceof PyLong)) {
                        throw PyExc.typeError("* wants int");
                    }
                    width = Abstract.asIndex(w);
                    if (width < 0) {
                        left = true;
                        width = -width;
                    }
                    i++;
                } else {
                    width = digits(i);
                    while (i < n && Character.isDigit(fmt.charAt(i)) && fmt.charAt(i) < 128) {
                        i++;
                    }
                }
                int prec = -1;
                if (i < n && fmt.charAt(i) == '.') {
                    i++;
                    if (i < n && fmt.charAt(i) == '*') {
                        PyObject p = nextArg();
                        if (!(p instanceof PyLong)) {
                            throw PyExc.typeError("* wants int");
                        }
                        prec = Math.max(0, Abstract.asIndex(p));
                        i++;
                    } else {
                        prec = Math.max(0, digits(i));
                        while (i < n && Character.isDigit(fmt.charAt(i)) && fmt.charAt(i) < 128) {
                            i++;
                        }
                    }
                }
                while (i < n && (fmt.charAt(i) == 'l' || fmt.charAt(i) == 'h' || fmt.charAt(i) == 'L')) {
                    i++;
                }
                if (i >= n) {
                    throw PyExc.valueError("incomplete format");
                }
                char conv = fmt.charAt(i);
                PyObject v = keyed != null ? keyed : nextArg();
                convert(sb, conv, v, i, left, plus, space, alt, zero, width, prec);
                i++;
            }
            checkAllUsed();
            return sb.toStr();
        }

        private void checkAllUsed() {
            if (argIndex < items.length && mapping == null) {
                throw PyExc.typeError(bytes ? "not all arguments converted during bytes formatting"
                        : "not all arguments converted during string formatting");
            }
        }

        private int digits(int i) {
            int n = fmt.length();
            long v = -1;
            while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                v = (v < 0 ? 0 : v) * 10 + (fmt.charAt(i) - '0');
                if (v > Integer.MAX_VALUE) {
                    throw PyExc.valueError(v > 0 ? "width too big" : "prec too big");
                }
                i++;
            }
            return (int) v;
        }

        private void convert(UnicodeWriter sb, char conv, PyObject v, int index, boolean left, boolean plus,
                             boolean space, boolean alt, boolean zero, int width, int prec) {
            String body;
            switch (conv) {
                case 's':
                case 'b':
                    if (bytes) {
                        body = bytesOf(v);
                    } else if (conv == 'b') {
                        throw unsupported(conv, index);
                    } else {
                        PyUnicode u = Abstract.str(v);
                        if (u.hasSplitPairs() && prec < 0 && width <= u.length()) {
                            sb.append(u);
                            return;
                        }
                        body = u.value;
                    }
                    break;
                case 'r':
                case 'a':
                    body = conv == 'a' || bytes ? StrFormat.ascii(Abstract.repr(v).value) : Abstract.repr(v).value;
                    break;
                case 'c':
                    body = charOf(v);
                    prec = -1;
                    break;
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                    pad(sb, integer(conv, v, plus, space, alt, prec), left, zero, width, true);
                    return;
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                    pad(sb, floating(conv, v, plus, space, alt, prec), left, zero, width, true);
                    return;
                default:
                    throw unsupported(conv, index);
            }
            if (prec >= 0 && body.length() > prec) {
                int cut = body.offsetByCodePoints(0, Math.min(prec, body.codePointCount(0, body.length())));
                body = body.substring(0, cut);
            }
            pad(sb, body, left, false, width, false);
        }

        private PyException unsupported(char conv, int index) {
            return PyExc.valueError("unsupported format character '" + conv + "' (0x" + Integer.toHexString(conv)
                    + ") at index " + index);
        }

        private String bytesOf(PyObject v) {
            byte[] b = BytesMethods.bufferOrNull(v);
            int len;
            if (b != null) {
                len = BytesMethods.bufferLength(v);
            } else {
                PyObject m = Abstract.lookupSpecial(v, "__bytes__");
                if (m == null) {
                    throw PyExc.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                            + v.getType().getName() + "'");
                }
                PyObject r = Abstract.call(m);
                if (!(r instanceof PyBytes)) {
                    throw PyExc.typeError("__bytes__ returned non-bytes (type " + r.getType().getName() + ")");
                }
                b = ((PyBytes) r).value;
                len = b.length;
            }
            return new String(b, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1);
        }

        private String charOf(PyObject v) {
            if (bytes) {
                if (v instanceof PyBytes && ((PyBytes) v).value.length == 1
                        || v instanceof PyByteArray && ((PyByteArray) v).size == 1) {
                    return bytesOf(v);
                }
                if (!(v instanceof PyLong) && v.getType().index == null) {
                    throw PyExc.typeError("%c requires an integer in range(256) or a single byte");
                }
                PyLong l = Abstract.index(v);
                if (!l.fitsInt() || l.intValue() < 0 || l.intValue() > 255) {
                    throw PyExc.raise(PyExc.OverflowError, "%c arg not in range(256)");
                }
                return String.valueOf((char) l.intValue());
            }
            if (v instanceof PyUnicode) {
                if (((PyUnicode) v).length() != 1) {
                    throw PyExc.typeError("%c requires int or char");
                }
                return ((PyUnicode) v).value;
            }
            if (!(v instanceof PyLong) && v.getType().index == null) {
                throw PyExc.typeError("%c requires int or char");
            }
            PyLong l = Abstract.index(v);
            if (!l.fitsInt() || l.intValue() < 0 || l.intValue() > 0x10FFFF) {
                throw PyExc.raise(PyExc.OverflowError, "%c arg not in range(0x110000)");
            }
            return new String(Character.toChars(l.intValue()));
        }

        private String integer(char conv, PyObject v, boolean plus, boolean space, boolean alt, int prec) {
            PyLong iv;
            if (conv == 'd' || conv == 'i' || conv == 'u') {
                if (v instanceof PyLong) {
                    iv = (PyLong) v;
                } else if (v instanceof PyFloat || v.getType().index != null || v.getType().asInt != null
                        || v.getType().asFloat != null) {
                    iv = BuiltinTypeSetup.intNew(v, null);
                } else {
                    throw PyExc.typeError("%" + conv + " format: a real number is required, not " + v.getType().getName());
                }
            } else {
                if (!(v instanceof PyLong) && v.getType().index == null) {
                    throw PyExc.typeError("%" + conv + " format: an integer is required, not " + v.getType().getName());
                }
                iv = Abstract.index(v);
            }
            int radix = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
            String sign = iv.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
            String digits;
            if (iv.fitsLong() && iv.longValue() != Long.MIN_VALUE) {
                digits = Long.toString(Math.abs(iv.longValue()), radix);
            } else {
                digits = iv.bigValue().abs().toString(radix);
            }
            String prefix = "";
            switch (conv) {
                case 'o': prefix = alt ? "0o" : ""; break;
                case 'x': prefix = alt ? "0x" : ""; break;
                case 'X': digits = digits.toUpperCase(java.util.Locale.ROOT); prefix = alt ? "0X" : ""; break;
                default: break;
            }
            if (prec > digits.length()) {
                digits = "0".repeat(prec - digits.length()) + digits;
            }
            return sign + prefix + "\0" + digits;
        }

        private String floating(char conv, PyObject v, boolean plus, boolean space, boolean alt, int prec) {
            if (!(v instanceof PyFloat) && !(v instanceof PyLong) && v.getType().asFloat == null
                    && v.getType().index == null) {
                throw PyExc.typeError("must be real number, not " + v.getType().getName());
            }
            double d = NumberProtocol.asDouble(v);
            String spec = (plus ? "+" : space ? " " : "") + (alt ? "#" : "") + "." + (prec < 0 ? 6 : prec) + conv;
            String body = FormatSpec.formatFloat(d, spec);
            if (alt && (conv == 'f' || conv == 'F' || conv == 'e' || conv == 'E') && body.indexOf('.') < 0
                    && Double.isFinite(d)) {
                int e = Math.max(body.indexOf('e'), body.indexOf('E'));
                body = e < 0 ? body + "." : body.substring(0, e) + "." + body.substring(e);
            }
            int k = body.length() > 0 && (body.charAt(0) == '+' || body.charAt(0) == '-' || body.charAt(0) == ' ') ? 1 : 0;
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return body;
            }
            return body.substring(0, k) + "\0" + body.substring(k);
        }

        /** Pads to width; a NUL in {@code body} marks where zero padding goes (after sign and prefix). */
        private void pad(UnicodeWriter sb, String body, boolean left, boolean zero, int width, boolean numeric) {
            if (width <= 0) {
                int mark = numeric ? body.indexOf('\0') : -1;
                if (mark < 0) {
                    sb.append(body);
                } else {
                    sb.append(body, 0, mark).append(body, mark + 1, body.length());
                }
                return;
            }
            int mark = numeric ? body.indexOf('\0') : -1;
            String head = mark >= 0 ? body.substring(0, mark) : "";
            String tail = mark >= 0 ? body.substring(mark + 1) : body;
            int len = head.length() + tail.codePointCount(0, tail.length());
            if (width <= len) {
                sb.append(head).append(tail);
                return;
            }
            int fill = width - len;
            if (left) {
                sb.append(head).append(tail);
                appendRepeated(sb, ' ', fill);
            } else if (zero && mark >= 0) {
                sb.append(head);
                appendRepeated(sb, '0', fill);
                sb.append(tail);
            } else {
                appendRepeated(sb, ' ', fill);
                sb.append(head).append(tail);
            }
        }

        private static void appendRepeated(UnicodeWriter sb, char c, int k) {
            for (int j = 0; j < k; j++) {
                sb.append(c);
            }
        }
    }
}
