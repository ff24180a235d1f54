package org.taipan.objects;

import org.taipan.vm.ThreadState;

/**
 * CPython's {@code Py_EnterRecursiveCall} for the containers: repr and comparison of nested
 * lists, tuples, dicts and sets count against the same recursion limit as Python calls, so a
 * deeply nested structure raises RecursionError ("maximum recursion depth exceeded while
 * getting the repr of an object", "… in comparison") instead of exhausting the Java stack.
 */
final class RecursionGuard {
    static final String REPR = " while getting the repr of an object";
    static final String COMPARISON = " in comparison";

    private RecursionGuard() {
    }

    /** Enters one level; the caller must call {@link #exit} in a finally block. */
    static ThreadState enter(String where) {
        ThreadState ts = ThreadState.current();
        if (++ts.recursionDepth > ts.interp.recursionLimit) {
            ts.recursionDepth--;
            throw PyExc.raise(PyExc.RecursionError, "maximum recursion depth exceeded" + where);
        }
        return ts;
    }

    static void exit(ThreadState ts) {
        ts.recursionDepth--;
    }
}
