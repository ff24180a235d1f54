package org.taipan.parse;

/**
 * A syntax error found while tokenizing or parsing, carrying exactly what CPython's
 * {@code SyntaxError} carries. The VM turns it into a Python {@code SyntaxError},
 * {@code IndentationError} or {@code TabError}; the launcher prints it like CPython does.
 *
 * <p>Offsets follow CPython's SyntaxError attributes: 1-based and counted in characters (code
 * points) of {@code text}, not UTF-8 bytes. {@code endLineno}/{@code endOffset} are 0 where
 * CPython leaves them unset... and {@code text} is the offending source line including its newline
 * as CPython stores it (or {@code null} when there is none).
 */
public class SyntaxErrorException extends RuntimeException {
    /**
     * A {@link #lineno} standing for CPython's {@code lineno=None}: the error has no location, as
     * for a bad encoding declaration when running a file; it is printed as just
     * {@code SyntaxError: msg}.
     */
    public static final int NO_LINENO = -1;

    /** {@code SyntaxError}, {@code IndentationError} or {@code TabError}. */
    public final String pythonType;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final String text;
    public final int endLineno;
    public final int endOffset;

    public SyntaxErrorException(String pythonType, String msg, String filename, int lineno,
                                int offset, String text, int endLineno, int endOffset) {
        super(msg + " (" + filename + ", line " + lineno + ")", null, false, false);
        this.pythonType = pythonType;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    public SyntaxErrorException(String msg, String filename, int lineno, int offset, String text,
                                int endLineno, int endOffset) {
        this("SyntaxError", msg, filename, lineno, offset, text, endLineno, endOffset);
    }
}
