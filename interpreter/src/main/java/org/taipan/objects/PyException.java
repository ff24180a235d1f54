package org.taipan.objects;

/**
 * The Java carrier of a raised Python exception: Python code raising {@code E} is Java code
 * throwing a {@code PyException} whose {@link #value} is the {@code E} instance. It keeps no Java
 * stack trace (Python tracebacks are built by the VM as frames unwind), so throwing is cheap.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;
    /** Set for RERAISE: the VM unwinds without adding a traceback entry for the current frame. */
    public boolean reraised;
    /**
     * Set once the exception's {@code __context__} has been decided: CPython links the context
     * when an exception is raised (or thrown into a generator), never again as it unwinds.
     */
    public boolean contextLinked;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** The exception's type. */
    public PyType type() {
        return value.getType();
    }

    /** Whether the raised exception is an instance of {@code t} (an {@code except t:} match). */
    public boolean matches(PyType t) {
        return value.getType().isSubtypeOf(t);
    }

    @Override
    public String getMessage() {
        try {
            String s = Abstract.str(value).value;
            return s.isEmpty() ? value.getType().getName() : value.getType().getName() + ": " + s;
        } catch (RuntimeException e) {
            return value.getType().getName();
        }
    }
}
