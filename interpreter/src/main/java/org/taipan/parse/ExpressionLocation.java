package org.taipan.parse;

/**
 * Where CPython 3.11 places the parenthesised source of an f-string replacement field: the line
 * and first-line column shift it gives the sub-parser. The '(' lands on the '{' of the field when
 * the field is on the token's first line; on a later line the column is counted from that line's
 * start (CPython does not add the token's column there); and when only whitespace separates the
 * '{' from a newline, the column shift is 0. Columns are UTF-8 bytes.
 */
final class ExpressionLocation {
    /** Added to the sub-source's line numbers (its line 1 becomes {@code lineOffset + 1}). */
    final int lineOffset;
    /** Added to columns on the sub-source's first line. */
    final int firstLineColOffset;

    private ExpressionLocation(int lineOffset, int firstLineColOffset) {
        this.lineOffset = lineOffset;
        this.firstLineColOffset = firstLineColOffset;
    }

    /** The location for the field whose '{' is at char index {@code brace} of the token text. */
    static ExpressionLocation of(StringLiteral literal, int brace) {
        String text = literal.text;
        int lines = 0;
        int lastNewline = -1;
        for (int i = 0; i < brace; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
                lastNewline = i;
            }
        }
        int cols = 0;
        if (!newlineAfterBrace(text, brace)) {
            cols = utf8Length(text, lastNewline + 1, brace);
        }
        Token token = literal.token;
        return new ExpressionLocation(token.lineno + lines - 1,
                lines == 0 ? token.colOffset + cols : cols);
    }

    /** Whether only spaces, tabs and form feeds stand between the '{' and a newline. */
    private static boolean newlineAfterBrace(String text, int brace) {
        for (int i = brace + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '}') {
                return true; // CPython's scan also stops at '}' (only an empty field gets there)
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
