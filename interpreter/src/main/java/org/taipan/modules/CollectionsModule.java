package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.NumberProtocol;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.vm.InterpreterState;

/**
 * {@code _collections}: the container types of {@code collections} written in Java (deque) and
 * {@code _count_elements}, the counting loop of {@code Counter}.
 */
public final class CollectionsModule {
    private CollectionsModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_collections");
        m.add("deque", PyDeque.TYPE);
        m.add("_tuplegetter", TupleGetter.TYPE);
        m.add("defaultdict", PyDefaultDict.TYPE);
        m.addFunction("_count_elements", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("_count_elements", kw);
            ArgParser.checkCount("_count_elements", n, 2, 2);
            countElements(a[off], a[off + 1]);
            return PyNone.NONE;
        });
        return m;
    }

    /**
     * {@code mapping[x] = mapping.get(x, 0) + 1} for each x of {@code iterable}; straight on the
     * table when {@code mapping} is a dict whose {@code get} and {@code __setitem__} are dict's.
     */
    static void countElements(PyObject mapping, PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        PyLong one = PyLong.of(1);
        PyType t = mapping.getType();
        if (mapping instanceof PyDict d && t.lookup("get") == PyDict.TYPE.lookup("get")
                && t.lookup("__setitem__") == PyDict.TYPE.lookup("__setitem__")) {
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                PyObject old = d.getItem(x);
                d.setItem(x, old == null ? one : NumberProtocol.add(old, one));
            }
            return;
        }
        PyObject get = Abstract.getAttr(mapping, "get");
        PyLong zero = PyLong.of(0);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            Abstract.setItem(mapping, x, NumberProtocol.add(Abstract.call(get, x, zero), one));
        }
    }
}
