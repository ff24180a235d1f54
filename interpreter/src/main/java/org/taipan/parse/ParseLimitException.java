package org.taipan.parse;

/**
 * The parser gave up because the input nests deeper than CPython's parser allows. Carries the
 * Python exception CPython raises in that case ({@code MemoryError} with an empty message, as
 * CPython 3.11 does when its parser stack limit is exceeded), for the VM to raise.
 */
public final class ParseLimitException extends RuntimeException {
    /** The Python exception type name, e.g. {@code MemoryError}. */
    public final String pythonType;
    /** The Python exception message (may be empty). */
    public final String msg;

    public ParseLimitException(String pythonType, String msg) {
        super(pythonType + (msg.isEmpty() ? "" : ": " + msg), null, false, false);
        this.pythonType = pythonType;
        this.msg = msg;
    }
}
