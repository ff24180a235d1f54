package org.taipan.embed;

import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyException;
import org.taipan.objects.PyType;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.Traceback;
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

    /**
     * Where it was raised: the innermost traceback entry's file and line, or a SyntaxError's
     * {@code filename} and {@code lineno}; null and -1 when unknown.
     */
    public String fileName() {
        Object[] w = where();
        return (String) w[0];
    }

    /** The line number of {@link #fileName()}, or -1. */
    public int lineNumber() {
        return (Integer) where()[1];
    }

    private Object[] where() {
        PyObject tb = exception.traceback;
        Traceback last = null;
        while (tb instanceof Traceback) {
            last = (Traceback) tb;
            tb = last.next;
        }
        if (exception.getType().isSubtypeOf(PyExc.SyntaxError)) {
            PyObject f = exception.attr("filename");
            PyObject l = exception.attr("lineno");
            return new Object[] {f instanceof PyUnicode ? ((PyUnicode) f).value : null,
                l instanceof PyLong ? (int) ((PyLong) l).longValue() : -1};
        }
        if (last == null) {
            return new Object[] {null, -1};
        }
        return new Object[] {last.frame.code.data.filename, last.lineno()};
    }

    /** The "Traceback (most recent call last): …" text, ending with a newline. */
    public String formattedTraceback() {
        return formattedTraceback;
    }
}
