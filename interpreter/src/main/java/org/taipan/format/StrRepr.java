package org.taipan.format;

/**
 * Python's {@code repr(str)}. Single quotes unless the text contains {@code '} and no {@code "};
 * backslash, the chosen quote, tab, newline and carriage return are escaped by letter; other
 * characters that are not {@linkplain Printable printable} become {@code \xhh}, {@code \}{@code uhhhh}
 * or {@code \Uhhhhhhhh} (the shortest that fits, lowercase hex).
 *
 * <p>A Java string is UTF-16: a surrogate pair is one code point, a lone surrogate is shown as
 * {@code \}{@code udxxx} as Python does. A Python string holding a high surrogate immediately
 * followed by a low one (two code points) cannot be told apart from a pair in a Java string; such
 * a string is given as an array of code points instead.
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

    /** {@code repr} of the str made of {@code codePoints}; every surrogate in it is lone. */
    public static String repr(int[] codePoints) {
        StringBuilder out = new StringBuilder(codePoints.length + 2);
        append(out, codePoints);
        return out.toString();
    }

    /** Appends {@code repr(s)} to {@code out}. */
    public static void append(StringBuilder out, String s) {
        char quote = quote(s.indexOf('\'') >= 0, s.indexOf('"') >= 0);
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
            int codePoint = c;
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                codePoint = Character.toCodePoint(c, s.charAt(i + 1));
            }
            appendCodePoint(out, codePoint, quote);
            i += Character.charCount(codePoint);
            runStart = i;
        }
        out.append(s, runStart, length).append(quote);
    }

    /** Appends the {@code repr} of the str made of {@code codePoints} to {@code out}. */
    public static void append(StringBuilder out, int[] codePoints) {
        boolean hasSingleQuote = false;
        boolean hasDoubleQuote = false;
        for (int codePoint : codePoints) {
            hasSingleQuote |= codePoint == '\'';
            hasDoubleQuote |= codePoint == '"';
        }
        char quote = quote(hasSingleQuote, hasDoubleQuote);
        out.append(quote);
        for (int codePoint : codePoints) {
            appendCodePoint(out, codePoint, quote);
        }
        out.append(quote);
    }

    /** Python's choice: single quotes unless the text has {@code '} and no {@code "}. */
    private static char quote(boolean hasSingleQuote, boolean hasDoubleQuote) {
        return hasSingleQuote && !hasDoubleQuote ? '"' : '\'';
    }

    /** Appends one code point as repr shows it between {@code quote}s. */
    private static void appendCodePoint(StringBuilder out, int codePoint, char quote) {
        if (codePoint == quote || codePoint == '\\') {
            out.append('\\').append((char) codePoint);
        } else if (codePoint == '\n') {
            out.append("\\n");
        } else if (codePoint == '\t') {
            out.append("\\t");
        } else if (codePoint == '\r') {
            out.append("\\r");
        } else if (Printable.isPrintable(codePoint)) {
            out.appendCodePoint(codePoint);
        } else {
            appendEscape(out, codePoint);
        }
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
