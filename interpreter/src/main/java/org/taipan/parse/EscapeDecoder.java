package org.taipan.parse;

/**
 * Decodes the backslash escapes of a non-raw string or bytes literal body with CPython 3.11's
 * rules: the usual one-letter escapes, octal, {@code \x}, {@code \\u}, {@code \U}, {@code \N{name}}
 * (str only), line continuations, and unknown escapes kept literally (CPython only warns).
 * Errors carry CPython's exact messages, including its odd positions (see {@link #codecPosition}).
 */
final class EscapeDecoder {
    private EscapeDecoder() {
    }

    /**
     * The str value of {@code s[from:to]}, as UTF-16 text. An escape can give a lone surrogate
     * code point; where one pairs up with the char after it in the text, {@code splits} (emptied
     * first) records it, with indexes into the returned text.
     */
    static String decodeStr(String s, int from, int to, SurrogateSplits splits)
            throws LiteralDecodeException {
        splits.clear();
        int backslash = s.indexOf('\\', from);
        if (backslash < 0 || backslash >= to) {
            return s.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int escapeStart = i++;
            if (i >= to) {
                // A trailing backslash (possible in an f-string literal part before '{') is kept.
                out.append('\\');
                break;
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n':
                    break;
                case '\\':
                case '\'':
                case '"':
                    out.append(e);
                    break;
                case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v':
                    out.append(controlEscape(e));
                    break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < to && isOctal(s.charAt(i)); k++) {
                        value = value * 8 + (s.charAt(i++) - '0');
                    }
                    // Values above 0o377 only warn in str literals.
                    out.append((char) value);
                    break;
                }
                case 'x':
                    i = hexEscape(s, from, to, escapeStart, i, 2, "truncated \\xXX escape", out);
                    break;
                case 'u': {
                    int at = out.length();
                    i = hexEscape(s, from, to, escapeStart, i, 4, "truncated \\uXXXX escape", out);
                    noteLoneSurrogate(s, i, to, out, at, splits);
                    break;
                }
                case 'U': {
                    int at = out.length();
                    i = hexEscape(s, from, to, escapeStart, i, 8, "truncated \\UXXXXXXXX escape", out);
                    noteLoneSurrogate(s, i, to, out, at, splits);
                    break;
                }
                case 'N':
                    i = namedEscape(s, from, to, escapeStart, i, out);
                    break;
                default:
                    out.append('\\').append(e);
                    break;
            }
        }
        return out.toString();
    }

    /**
     * Called after a {@code \\u} or {@code \\U} escape (the only ones that can give a surrogate
     * code point) that appended to {@code out} from index {@code at}: when it gave a lone
     * surrogate, records a split if that is a low surrogate after a high one (a lone one too: a
     * pair, from the source or from one escape, is appended whole), or a high surrogate before a
     * source char that is a low surrogate (an undecodable byte kept by SourceDecoder).
     */
    private static void noteLoneSurrogate(String s, int i, int to, StringBuilder out, int at,
                                          SurrogateSplits splits) {
        if (out.length() != at + 1) {
            return; // a non-BMP character from \U: a pair that must stay one
        }
        char c = out.charAt(at);
        if (Character.isLowSurrogate(c)) {
            if (at > 0 && Character.isHighSurrogate(out.charAt(at - 1))) {
                splits.add(at);
            }
        } else if (Character.isHighSurrogate(c) && i < to && Character.isLowSurrogate(s.charAt(i))) {
            splits.add(at + 1);
        }
    }

    private static int hexEscape(String s, int from, int to, int escapeStart, int i, int digits,
                                 String message, StringBuilder out) throws LiteralDecodeException {
        long value = 0;
        for (int k = 0; k < digits; k++) {
            if (i >= to) {
                throw unicodeError(s, from, to, escapeStart, to, message);
            }
            int d = hexValue(s.charAt(i));
            if (d < 0) {
                throw unicodeError(s, from, to, escapeStart, i, message);
            }
            value = value * 16 + d;
            i++;
        }
        if (value > Character.MAX_CODE_POINT) {
            throw unicodeError(s, from, to, escapeStart, i, "illegal Unicode character");
        }
        out.appendCodePoint((int) value);
        return i;
    }

    private static int namedEscape(String s, int from, int to, int escapeStart, int i,
                                   StringBuilder out) throws LiteralDecodeException {
        String malformed = "malformed \\N character escape";
        if (i >= to) {
            throw unicodeError(s, from, to, escapeStart, to, malformed);
        }
        if (s.charAt(i) != '{') {
            throw unicodeError(s, from, to, escapeStart, i, malformed);
        }
        int nameStart = i + 1;
        int close = s.indexOf('}', nameStart);
        if (close < 0 || close >= to) {
            throw unicodeError(s, from, to, escapeStart, to, malformed);
        }
        if (close == nameStart) {
            throw unicodeError(s, from, to, escapeStart, close, malformed);
        }
        int cp = UnicodeNames.lookup(s.substring(nameStart, close));
        if (cp < 0) {
            throw unicodeError(s, from, to, escapeStart, close + 1, "unknown Unicode character name");
        }
        out.appendCodePoint(cp);
        return close + 1;
    }

    /** The bytes value of {@code s[from:to]}, which holds only ASCII characters. */
    static byte[] decodeBytes(String s, int from, int to) throws LiteralDecodeException {
        byte[] out = new byte[to - from];
        int n = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '\\') {
                out[n++] = (byte) c;
                i++;
                continue;
            }
            int escapeStart = i++;
            if (i >= to) {
                throw new LiteralDecodeException("(value error) Trailing \\ in string");
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n':
                    break;
                case '\\':
                case '\'':
                case '"':
                    out[n++] = (byte) e;
                    break;
                case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v':
                    out[n++] = (byte) controlEscape(e);
                    break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < to && isOctal(s.charAt(i)); k++) {
                        value = value * 8 + (s.charAt(i++) - '0');
                    }
                    // CPython keeps the low 8 bits of b"\400" and up.
                    out[n++] = (byte) value;
                    break;
                }
                case 'x': {
                    int hi = i < to ? hexValue(s.charAt(i)) : -1;
                    int lo = i + 1 < to ? hexValue(s.charAt(i + 1)) : -1;
                    if (hi < 0 || lo < 0) {
                        throw new LiteralDecodeException("(value error) invalid \\x escape at position "
                                + (escapeStart - from));
                    }
                    out[n++] = (byte) (hi * 16 + lo);
                    i += 2;
                    break;
                }
                default:
                    out[n++] = '\\';
                    out[n++] = (byte) e;
                    break;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** The control character of a one-letter escape \a \b \f \n \r \t \v, the same in str and bytes. */
    private static char controlEscape(char letter) {
        switch (letter) {
            case 'a': return '\u0007';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            default: return '\u000b'; // 'v'
        }
    }

    /** The value of an ASCII hex digit, or -1 (Character.digit would accept non-ASCII digits). */
    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private static LiteralDecodeException unicodeError(String s, int from, int to, int start,
                                                       int end, String reason) {
        return new LiteralDecodeException("(unicode error) 'unicodeescape' codec can't decode bytes "
                + "in position " + codecPosition(s, from, to, start) + "-"
                + (codecPosition(s, from, to, end) - 1) + ": " + reason);
    }

    /**
     * Where index {@code index} of {@code s[from:to]} lands in the buffer CPython actually feeds to
     * its unicode-escape codec: it first rewrites every non-ASCII character as a 10-byte
     * {@code \UXXXXXXXX} escape and a backslash before a non-ASCII character (or at the end) as
     * {@code \u005c}, so error positions count those rewritten forms.
     */
    static int codecPosition(String s, int from, int to, int index) {
        int pos = 0;
        int i = from;
        while (i < index) {
            char c = s.charAt(i);
            if (c == '\\') {
                pos++;
                i++;
                if (i >= to || s.charAt(i) >= 0x80) {
                    pos += 5;
                }
                if (i >= to || i >= index) {
                    break;
                }
                c = s.charAt(i);
            }
            if (c >= 0x80) {
                pos += 10;
                i += Character.isHighSurrogate(c) && i + 1 < to
                        && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
            } else {
                pos++;
                i++;
            }
        }
        return pos;
    }
}
