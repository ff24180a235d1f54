package org.taipan.format;

/**
 * Python's {@code repr(str)}. Single quotes unless the text contains {@code '} and no {@code "};
 * backslash, the chosen quote, tab, newline and carriage return are escaped by letter; other
 * characters that are not {@linkplain Printable printable} become {@code \xhh}, {@code \}{@code uhhhh}
 * or {@code \Uhhhhhhhh} (the shortest that fits, lowercase hex).
 *
 * <p>A Java string is UTF-16: a surrogate pair is one code point, a lone surrogate is shown as
 * {@code \}{@code udxxx} as Python does. A Python string holding a high surrogate immediately
 * followed by a low one (two code points) cannot be told apart from a pair here.
 */
public final class StrRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StrRepr() {
    }

    /** {@code repr(s)}. */
    public static String repr(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        append(out, s);
        return out.toString();
    }

    /** Appends {@code repr(s)} to {@code out}. */
    public static void append(StringBuilder out, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        int length = s.length();
        int i = 0;
        while (i < length) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                if (c == quote || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
                i++;
            } else if (c == '\n') {
                out.append("\\n");
                i++;
            } else if (c == '\t') {
                out.append("\\t");
                i++;
            } else if (c == '\r') {
                out.append("\\r");
                i++;
            } else {
                int codePoint = c;
                int width = 1;
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                    codePoint = Character.toCodePoint(c, s.charAt(i + 1));
                    width = 2;
                }
                if (Printable.isPrintable(codePoint)) {
                    out.append(s, i, i + width);
                } else {
                    appendEscape(out, codePoint);
                }
                i += width;
            }
        }
        out.append(quote);
    }

    private static void appendEscape(StringBuilder out, int codePoint) {
        int digits;
        if (codePoint <= 0xff) {
            out.append("\\x");
            digits = 2;
        } else if (codePoint <= 0xffff) {
            out.append("\\u");
            digits = 4;
        } else {
            out.append("\\U");
            digits = 8;
        }
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            out.append(HEX[(codePoint >> shift) & 0xf]);
        }
    }
}
