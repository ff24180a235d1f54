package org.taipan.vm;

import org.taipan.objects.PyObject;

/** The {@code aiter()} and {@code anext()} built-ins' entry points into the VM's async iteration. */
public final class AsyncIteration {
    private AsyncIteration() {
    }

    public static PyObject aiter(PyObject o) {
        return AsyncGenerators.aiter(o);
    }

    public static PyObject anext(PyObject it, PyObject dflt) {
        return AsyncGenerators.anext(it, dflt);
    }
}
