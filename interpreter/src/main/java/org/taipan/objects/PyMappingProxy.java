package org.taipan.objects;

/** {@code mappingproxy}: the read-only view of a class's namespace ({@code C.__dict__}). */
public final class PyMappingProxy extends PyObject {
    public static PyType TYPE;
    final PyDict mapping;

    public PyMappingProxy(PyDict mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.getitem = (self, k) -> {
            PyObject v = ((PyMappingProxy) self).mapping.getItem(k);
            if (v == null) {
                throw PyExc.keyError(k);
            }
            return v;
        };
        t.len = self -> ((PyMappingProxy) self).mapping.size();
        t.contains = (self, k) -> ((PyMappingProxy) self).mapping.containsKey(k);
        t.iter = self -> Abstract.getIter(((PyMappingProxy) self).mapping);
        t.repr = self -> PyUnicode.of("mappingproxy(" + Abstract.repr(((PyMappingProxy) self).mapping).value + ")");
        t.method("keys", self -> Abstract.callMethod(((PyMappingProxy) self).mapping, "keys"));
        t.method("values", self -> Abstract.callMethod(((PyMappingProxy) self).mapping, "values"));
        t.method("items", self -> Abstract.callMethod(((PyMappingProxy) self).mapping, "items"));
        t.method("get", 1, 2, (self, a, off, n) -> {
            PyObject v = ((PyMappingProxy) self).mapping.getItem(a[off]);
            return v != null ? v : n > 1 ? a[off + 1] : PyNone.NONE;
        });
        t.method("copy", self -> Abstract.callMethod(((PyMappingProxy) self).mapping, "copy"));
    }
}
