package org.taipan.modules;

import org.taipan.objects.PyModule;
import org.taipan.vm.InterpreterState;

/** {@code _collections}: the container types of {@code collections} written in Java (deque). */
public final class CollectionsModule {
    private CollectionsModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_collections");
        m.add("deque", PyDeque.TYPE);
        return m;
    }
}
