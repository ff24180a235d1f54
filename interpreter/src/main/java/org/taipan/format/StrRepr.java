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
        // Characters shown as they are are copied in runs, not one by one.
        int runStart = 0;
        int i = 0;
        while (i < length) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != quote && c != '\\') {
                i++;
                continue;
            }
            if (c >= 0x7f && !Character.isSurrogate(c) && Printable.isPrintable(c)) {
                i++;
                continue;
            }
            out.append(s, runStart, i);
            int width = 1;
            if (c == quote || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                width = 2;
                int codePoint = Character.toCodePoint(c, s.charAt(i + 1));
                if (Printable.isPrintable(codePoint)) {
                    out.append(c).append(s.charAt(i + 1));
                } else {
                    appendEscape(out, codePoint);
                }
            } else {
                appendEscape(out, c);
            }
            i += width;
            runStart = i;
        }
        out.append(s, runStart, length).append(quote);
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
