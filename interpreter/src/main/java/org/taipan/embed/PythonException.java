package org.taipan.embed;

import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyException;
import org.taipan.objects.PyType;
import org.taipan.vm.TracebackPrinter;

/**
 * A Python exception that reached the host: the Java counterpart of CPython's error indicator
 * after a failed embedding call. It carries the Python exception object and its traceback text
 * exactly as {@code traceback.print_exc()} would print it.
 */
public final class PythonException extends RuntimeException {
    private final transient PyBaseException exception;
    private final String formattedTraceback;

    PythonException(PyException e) {
        super(e.getMessage(), null, false, false);
        this.exception = e.value;
        this.formattedTraceback = TracebackPrinter.format(e.value);
    }

    /** The Python exception instance. */
    public PyBaseException pythonException() {
        return exception;
    }

    /** Its type, e.g. {@code ZeroDivisionError}. */
    public PyType pythonType() {
        return exception.getType();
    }

    /** The Python type's name. */
    public String pythonTypeName() {
        return exception.getType().getName();
    }

    /** The "Traceback (most recent call last): …" text, ending with a newline. */
    public String formattedTraceback() {
        return formattedTraceback;
    }
}
