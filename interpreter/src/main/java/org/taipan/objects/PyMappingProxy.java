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
        // str() shows the underlying mapping, as CPython's mappingproxy_str does.
        t.str = self -> Abstract.str(((PyMappingProxy) self).mapping);
        t.richcompare = (a, b, op) -> Abstract.richCompare(((PyMappingProxy) a).mapping, b, op);
        t.nb[7] = (a, b) -> NumberProtocol.binaryOp(a instanceof PyMappingProxy ? ((PyMappingProxy) a).mapping : a,
                b instanceof PyMappingProxy ? ((PyMappingProxy) b).mapping : b, 7);
        t.method("__reversed__", self -> Abstract.callMethod(((PyMappingProxy) self).mapping, "__reversed__"));
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
