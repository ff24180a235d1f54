package org.taipan.parse;

/**
 * Splits decoded Python source into {@link Token}s on demand, as CPython's tokenizer does:
 * indentation (INDENT/DEDENT with CPython's tab rules), implicit and explicit line joining,
 * NEWLINE suppression inside brackets, every literal form, and CPython's tokenizer errors.
 * Tokens are produced lazily so that an error late in a file is only reported if the parser
 * gets that far, like CPython.
 */
public final class Tokenizer {
    private final String source;
    private final String filename;

    public Tokenizer(String source, String filename) {
        this(source, filename, 0, 0);
    }

    /**
     * A tokenizer whose positions are shifted: every line number by {@code lineOffset}, and columns
     * on the first line by {@code firstLineColOffset} (used to parse f-string expressions in place).
     */
    public Tokenizer(String source, String filename, int lineOffset, int firstLineColOffset) {
        this.source = source;
        this.filename = filename;
        throw new UnsupportedOperationException("Tokenizer: being written");
    }

    /** The next token; ENDMARKER repeats at the end. */
    public Token next() {
        throw new UnsupportedOperationException("Tokenizer: being written");
    }

    /** Source line {@code lineno} (1-based, unshifted numbering) with its newline, or null. */
    public String lineText(int lineno) {
        throw new UnsupportedOperationException("Tokenizer: being written");
    }
}
