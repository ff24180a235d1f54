package org.taipan.vm.trace;

import org.taipan.objects.PyObject;
import org.taipan.vm.PyFrame;

/**
 * A Java-level trace or profile function, the counterpart of CPython's {@code Py_tracefunc}:
 * debuggers and profilers install one per thread ({@link Tracing#setTrace}) or on every thread
 * ({@link Tracing#setTraceAllThreads}) and receive events without any Python-level allocation.
 * {@code obj} is the object given at installation; {@code arg} is None, the return value, the
 * {@code (type, value, traceback)} tuple, or the called builtin, as in CPython. A hook signals an
 * error by throwing a Python exception ({@code PyException}); it then propagates into the traced
 * code.
 */
@FunctionalInterface
public interface TraceHook {
    void trace(Object obj, PyFrame frame, TraceEvent what, PyObject arg);
}
