package org.taipan.parse;

/**
 * One token of Python source. Positions are CPython's: lines count from 1, columns are 0-based
 * offsets in UTF-8 bytes from the start of the line (what the AST's {@code col_offset} holds).
 * {@code start} and {@code end} are char indexes into the decoded source text, so the parser can
 * slice the exact source of a token or a range of tokens.
 */
public final class Token {
    public final TokenType type;
    /** The token's source text (for STRING the whole literal, prefix and quotes included). */
    public final String text;
    public final int lineno;
    public final int colOffset;
    public final int endLineno;
    public final int endColOffset;
    public final int start;
    public final int end;

    public Token(TokenType type, String text, int lineno, int colOffset, int endLineno,
                 int endColOffset, int start, int end) {
        this.type = type;
        this.text = text;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
        this.start = start;
        this.end = end;
    }

    @Override
    public String toString() {
        return type + " " + text + " " + lineno + ":" + colOffset + "-" + endLineno + ":" + endColOffset;
    }
}
