package org.taipan.modules.sre;

/**
 * A bad pattern, as {@code re.error} reports it: CPython's message and the position (a code
 * point index into the pattern, or -1 when the message names no position). {@link #overflow}
 * marks the one error CPython raises as OverflowError instead, {@link #valueError} the flag
 * conflicts it raises as ValueError.
 */
public final class PatternError extends RuntimeException {
    public final String msg;
    public final int pos;
    public final boolean overflow;
    public final boolean valueError;

    PatternError(String msg, int pos) {
        this(msg, pos, false, false);
    }

    PatternError(String msg, int pos, boolean overflow, boolean valueError) {
        super(msg, null, false, false);
        this.msg = msg;
        this.pos = pos;
        this.overflow = overflow;
        this.valueError = valueError;
    }
}
