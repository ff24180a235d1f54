package org.taipan.vm;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyList;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * The {@code __path__} of a namespace package (PEP 420): the directories of that name, without
 * {@code __init__.py}, found on the search path; a read-mostly list of strings.
 */
public final class NamespacePath extends PyObject {
    public static final PyType TYPE = PyType.builtin("_frozen_importlib_external._NamespacePath", null, t -> {
        t.iter = self -> Abstract.getIter(((NamespacePath) self).paths);
        t.len = self -> ((NamespacePath) self).paths.size();
        t.contains = (self, x) -> Abstract.contains(((NamespacePath) self).paths, x);
        t.getitem = (self, i) -> Abstract.getItem(((NamespacePath) self).paths, i);
        t.method("append", (self, x) -> {
            ((NamespacePath) self).paths.append(x);
            return org.taipan.objects.PyNone.NONE;
        });
        t.repr = self -> PyUnicode.of("_NamespacePath(" + Abstract.repr(((NamespacePath) self).paths).value + ")");
    });

    final PyList paths;

    NamespacePath(PyList paths) {
        this.paths = paths;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
