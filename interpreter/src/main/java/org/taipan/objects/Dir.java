package org.taipan.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** {@code dir()}'s default lists: an object's attributes (instance dict plus class and bases), a class's. */
final class Dir {
    private Dir() {
    }

    static PyObject ofObject(PyObject obj) {
        TreeSet<String> names = new TreeSet<>();
        PyDict d = obj.getDict();
        if (d != null) {
            for (PyObject k : d.keySet()) {
                if (k instanceof PyUnicode) {
                    names.add(((PyUnicode) k).value);
                }
            }
        }
        addClass(names, obj.getType());
        return sortedList(names);
    }

    static PyObject ofType(PyType t) {
        TreeSet<String> names = new TreeSet<>();
        addClass(names, t);
        return sortedList(names);
    }

    private static void addClass(TreeSet<String> names, PyType t) {
        for (PyType c : t.mro) {
            for (PyObject k : c.dict.keySet()) {
                if (k instanceof PyUnicode) {
                    names.add(((PyUnicode) k).value);
                }
            }
        }
    }

    private static PyObject sortedList(TreeSet<String> names) {
        // Python sorts by code point; TreeSet<String> sorts by UTF-16 unit, which only differs
        // for non-BMP names (not expected among attribute names in practice).
        List<PyObject> l = new ArrayList<>();
        for (String n : names) {
            l.add(PyUnicode.of(n));
        }
        return new PyList(l);
    }
}
