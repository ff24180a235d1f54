package org.taipan.ast;

/**
 * A node with a source position (CPython's {@code _attributes}): 1-based lines, 0-based columns
 * counted in UTF-8 bytes, as in CPython's {@code lineno}/{@code col_offset}/{@code end_lineno}/
 * {@code end_col_offset}. The fields are mutable because the parser sometimes widens a node
 * (a parenthesised generator argument, a decorated definition).
 */
public abstract class Located extends Node {
    public int lineno;
    public int colOffset;
    public int endLineno;
    public int endColOffset;

    protected Located(int lineno, int colOffset, int endLineno, int endColOffset) {
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }
}
