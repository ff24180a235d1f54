package org.taipan.objects;

import java.util.IdentityHashMap;

/** Recursion guard for container reprs ({@code [...]}), per thread like CPython's Py_ReprEnter. */
final class ReprGuard {
    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> ACTIVE =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private ReprGuard() {
    }

    static boolean enter(PyObject o) {
        return ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    static void exit(PyObject o) {
        ACTIVE.get().remove(o);
    }
}
