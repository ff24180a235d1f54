package org.taipan.parse;

/**
 * One STRING token taken apart: its prefix letters (raw, bytes, f-string, {@code u}) and where
 * its body lies between the quotes. Newlines inside the literal are normalised to {@code \n}, as
 * CPython's tokenizer does before the parser sees the text.
 */
final class StringLiteral {
    final Token token;
    /** The token text with {@code \r\n} and {@code \r} turned into {@code \n}. */
    final String text;
    final boolean raw;
    final boolean bytes;
    final boolean fstring;
    /** Char index in {@link #text} of the body's first character (after the opening quotes). */
    final int bodyStart;
    /** Char index in {@link #text} just past the body (where the closing quotes start). */
    final int bodyEnd;

    private StringLiteral(Token token, String text, boolean raw, boolean bytes, boolean fstring,
                          int bodyStart, int bodyEnd) {
        this.token = token;
        this.text = text;
        this.raw = raw;
        this.bytes = bytes;
        this.fstring = fstring;
        this.bodyStart = bodyStart;
        this.bodyEnd = bodyEnd;
    }

    static StringLiteral of(Token token) {
        String text = token.text.indexOf('\r') < 0 ? token.text : normaliseNewlines(token.text);
        boolean raw = false;
        boolean bytes = false;
        boolean fstring = false;
        int i = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c == 'b' || c == 'B') {
                bytes = true;
            } else if (c == 'f' || c == 'F') {
                fstring = true;
            } else if (c != 'u' && c != 'U') {
                break;
            }
        }
        int quoteLength = 1;
        if (text.length() - i >= 6 && text.charAt(i + 1) == text.charAt(i)
                && text.charAt(i + 2) == text.charAt(i)) {
            quoteLength = 3;
        }
        return new StringLiteral(token, text, raw, bytes, fstring, i + quoteLength,
                text.length() - quoteLength);
    }

    /** Whether CPython gives the Constant {@code kind='u'}: only a lower-case {@code u} prefix. */
    boolean hasUnicodeKind() {
        return text.charAt(0) == 'u';
    }

    private static String normaliseNewlines(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
