package org.taipan.objects;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code unicode_escape} and {@code raw_unicode_escape} codecs: text as Python string-literal
 * escapes in Latin-1 bytes (the raw form escapes only {@code \\u}/{@code \\U}), used by
 * {@code str.encode}/{@code bytes.decode} and {@code _codecs}, which also reports how many bytes
 * an incremental (non-final) decode consumed.
 */
public final class EscapeCodecs {
    private EscapeCodecs() {
    }

    /** {@code _codecs.unicode_escape_encode} and the raw form: {@code (bytes, length consumed)}. */
    public static PyTuple encodeFunction(PyObject text, boolean raw) {
        if (!(text instanceof PyUnicode)) {
            throw PyExc.typeError((raw ? "raw_" : "") + "unicode_escape_encode() argument 1 must be str, not "
                    + text.getType().getName());
        }
        PyUnicode s = (PyUnicode) text;
        int[] cps = s.codePoints();
        return new PyTuple(new PyBytes(encode(cps, raw)), PyLong.of(cps.length));
    }

    /** {@code _codecs.unicode_escape_decode(data, errors, final)} and the raw form. */
    public static PyTuple decodeFunction(PyObject data, String errors, boolean raw, boolean last) {
        byte[] b = data instanceof PyUnicode ? ((PyUnicode) data).value.getBytes(StandardCharsets.UTF_8)
                : BytesMethods.bytesArg(data);
        int[] consumed = new int[1];
        PyUnicode text = decode(b, 0, b.length, errors, raw, last, consumed);
        return new PyTuple(text, PyLong.of(consumed[0]));
    }

    /** {@code _codecs.escape_encode(bytes)}: the bytes as a bytes literal's body. */
    public static PyTuple escapeEncode(PyObject data) {
        if (!(data instanceof PyBytes)) {
            throw PyExc.typeError("escape_encode() argument 1 must be bytes, not " + data.getType().getName());
        }
        byte[] b = ((PyBytes) data).value;
        StringBuilder sb = new StringBuilder(b.length + 8);
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == '\\' || c == '\'') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7F) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return new PyTuple(new PyBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1)), PyLong.of(b.length));
    }

    /**
     * {@code _codecs.escape_decode(data, errors)}: a bytes literal's escapes, with the older,
     * ValueError-raising error handling of that function ('strict', 'replace', 'ignore' only).
     */
    public static PyTuple escapeDecode(PyObject data, String errors) {
        byte[] b = data instanceof PyUnicode ? ((PyUnicode) data).value.getBytes(StandardCharsets.UTF_8)
                : BytesMethods.bytesArg(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        boolean warned = false;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            if (i + 1 >= b.length) {
                throw PyExc.valueError("Trailing \\ in string");
            }
            int e = b[i + 1] & 0xFF;
            int start = i;
            i += 2;
            int simple = simpleEscape(e);
            if (simple >= 0) {
                out.write(simple);
            } else if (e == '\n') {
                continue;
            } else if (e >= '0' && e <= '7') {
                int v = e - '0';
                int j = i;
                while (j < i + 2 && j < b.length && b[j] >= '0' && b[j] <= '7') {
                    v = v * 8 + b[j] - '0';
                    j++;
                }
                if (v > 0377 && !warned) {
                    warned = true;
                    WarningIssuer.warn(PyExc.DeprecationWarning,
                            "invalid octal escape sequence '\\" + Integer.toOctalString(v) + "'", 1);
                }
                out.write(v & 0xFF);
                i = j;
            } else if (e == 'x') {
                int hi = i < b.length ? Character.digit(b[i], 16) : -1;
                int lo = i + 1 < b.length ? Character.digit(b[i + 1], 16) : -1;
                if (hi >= 0 && lo >= 0) {
                    out.write(hi * 16 + lo);
                    i += 2;
                    continue;
                }
                if (errors == null || errors.equals("strict")) {
                    throw PyExc.valueError("invalid \\x escape at position " + start);
                } else if (errors.equals("replace")) {
                    out.write('?');
                } else if (!errors.equals("ignore")) {
                    throw PyExc.valueError("decoding error; unknown error handling code: " + errors);
                }
                i += hi >= 0 ? 1 : 0;
            } else {
                if (!warned) {
                    warned = true;
                    WarningIssuer.warn(PyExc.DeprecationWarning, "invalid escape sequence '\\" + (char) e + "'", 1);
                }
                out.write('\\');
                out.write(e);
            }
        }
        return new PyTuple(new PyBytes(out.toByteArray()), PyLong.of(b.length));
    }

    /** The character of a one-letter escape ({@code \\n}, {@code \\'}, ...), or -1. */
    private static int simpleEscape(int e) {
        switch (e) {
            case '\\': case '\'': case '"': return e;
            case 'a': return 7;
            case 'b': return 8;
            case 'f': return 12;
            case 'n': return 10;
            case 'r': return 13;
            case 't': return 9;
            case 'v': return 11;
            default: return -1;
        }
    }

    static byte[] encode(int[] cps, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 8);
        for (int cp : cps) {
            String e;
            if (raw) {
                e = cp < 0x100 ? null : UnicodeCodecs.escape(cp);
            } else if (cp == '\\') {
                e = "\\\\";
            } else if (cp == '\t') {
                e = "\\t";
            } else if (cp == '\n') {
                e = "\\n";
            } else if (cp == '\r') {
                e = "\\r";
            } else if (cp < 0x20 || cp >= 0x7F) {
                e = UnicodeCodecs.escape(cp);
            } else {
                e = null;
            }
            if (e == null) {
                out.write(cp);
            } else {
                out.write(e.getBytes(StandardCharsets.ISO_8859_1), 0, e.length());
            }
        }
        return out.toByteArray();
    }

    /**
     * Decodes {@code b[off:off+len]}; {@code consumed[0]}, if given, receives the bytes used: less
     * than all when not {@code last} and the data ends inside an escape.
     */
    static PyUnicode decode(byte[] b, int off, int len, String errors, boolean raw, boolean last, int[] consumed) {
        Run r = new Run(b, off, len, raw ? "rawunicodeescape" : "unicodeescape", errors, last);
        if (raw) {
            r.raw();
        } else {
            r.full();
        }
        if (consumed != null) {
            consumed[0] = r.stop - off;
        }
        return r.result();
    }

    /** One decoding pass over the bytes. */
    private static final class Run extends UnicodeCodecs.Decoder {
        final boolean last;
        int stop;
        boolean warned;

        Run(byte[] b, int off, int len, String name, String errors, boolean last) {
            super(b, off, len, name, errors);
            this.last = last;
            this.stop = off + len;
        }

        /** Whether a problem at the end of the data should rather wait for more input. */
        boolean waitForMore(int start, int at) {
            if (!last && at >= end) {
                stop = start;
                return true;
            }
            return false;
        }

        void raw() {
            int i = base;
            while (i < end) {
                int c = at(i);
                if (c != '\\') {
                    add(c);
                    i++;
                } else if (i + 1 >= end) {
                    if (waitForMore(i, i + 1)) {
                        return;
                    }
                    add(c);
                    i++;
                } else if (at(i + 1) == '\\') {
                    add('\\');
                    add('\\');
                    i += 2;
                } else if (at(i + 1) == 'u' || at(i + 1) == 'U') {
                    int next = hex(i, i + 2, at(i + 1) == 'u' ? 4 : 8, "\\Uxxxxxxxx out of range");
                    if (next < 0) {
                        return;
                    }
                    i = next;
                } else {
                    add(c);
                    i++;
                }
            }
        }

        void full() {
            int i = base;
            while (i < end) {
                int c = at(i);
                if (c != '\\') {
                    add(c);
                    i++;
                    continue;
                }
                int start = i;
                if (i + 1 >= end) {
                    if (waitForMore(start, end)) {
                        return;
                    }
                    error(start, end, "\\ at end of string");
                    i = end;
                    continue;
                }
                int e = at(i + 1);
                i += 2;
                if (simpleEscape(e) >= 0) {
                    add(simpleEscape(e));
                    continue;
                }
                switch (e) {
                    case '\n': break;
                    case 'x': case 'u': case 'U':
                        i = hex(start, i, e == 'x' ? 2 : e == 'u' ? 4 : 8, "illegal Unicode character");
                        if (i < 0) {
                            return;
                        }
                        break;
                    case 'N':
                        i = named(start, i);
                        if (i < 0) {
                            return;
                        }
                        break;
                    default:
                        if (e >= '0' && e <= '7') {
                            i = octal(start, e - '0', i);
                        } else {
                            warnOnce("invalid escape sequence '\\" + (char) e + "'");
                            add('\\');
                            add(e);
                        }
                }
            }
        }

        /** Reads {@code n} hex digits at {@code i}; the next index, or -1 to wait for more data. */
        int hex(int start, int i, int n, String rangeReason) {
            int j = i;
            int v = 0;
            while (j < i + n && j < end && Character.digit(at(j), 16) >= 0) {
                v = v * 16 + Character.digit(at(j), 16);
                j++;
            }
            if (j < i + n) {
                if (j >= end && waitForMore(start, j)) {
                    return -1;
                }
                String what = n == 2 ? "\\xXX" : n == 4 ? "\\uXXXX" : "\\UXXXXXXXX";
                error(start, j, "truncated " + what + " escape");
                return j;
            }
            if (v < 0 || v > 0x10FFFF) {
                error(start, j, rangeReason);
            } else {
                add(v);
            }
            return j;
        }

        int octal(int start, int v, int i) {
            int j = i;
            while (j < i + 2 && j < end && at(j) >= '0' && at(j) <= '7') {
                v = v * 8 + at(j) - '0';
                j++;
            }
            if (v > 0377) {
                warnOnce("invalid octal escape sequence '\\" + Integer.toOctalString(v) + "'");
            }
            add(v);
            return j;
        }

        int named(int start, int i) {
            if (i >= end || at(i) != '{') {
                if (waitForMore(start, i)) {
                    return -1;
                }
                error(start, i, "malformed \\N character escape");
                return i;
            }
            int close = i + 1;
            while (close < end && at(close) != '}') {
                close++;
            }
            if (close >= end || close == i + 1) {
                if (close >= end && waitForMore(start, close)) {
                    return -1;
                }
                int stopAt = close >= end ? end : close + 1;
                error(start, stopAt, "malformed \\N character escape");
                return stopAt;
            }
            String name = new String(b, i + 1, close - i - 1, StandardCharsets.ISO_8859_1);
            int cp = org.taipan.parse.UnicodeNames.lookup(name);
            if (cp < 0) {
                error(start, close + 1, "unknown Unicode character name");
            } else {
                add(cp);
            }
            return close + 1;
        }

        /** CPython reports only the first questionable escape of a decode. */
        void warnOnce(String message) {
            if (!warned) {
                warned = true;
                WarningIssuer.warn(PyExc.DeprecationWarning, message, 1);
            }
        }
    }
}
