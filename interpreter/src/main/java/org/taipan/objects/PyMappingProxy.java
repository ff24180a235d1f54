package org.taipan.objects;

/**
 * {@code mappingproxy}: a read-only view of a mapping — a class's namespace ({@code C.__dict__}),
 * a dict view's {@code mapping}, or any mapping given to {@code types.MappingProxyType}.
 * Reads go straight to a dict, or through the mapping protocol for other mappings.
 */
public final class PyMappingProxy extends PyObject {
    public static PyType TYPE;
    final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static PyObject mapping(PyObject self) {
        return ((PyMappingProxy) self).mapping;
    }

    private static PyObject get(PyObject self, PyObject key, PyObject dflt) {
        PyObject m = mapping(self);
        if (m instanceof PyDict && m.getType() == PyDict.TYPE) {
            PyObject v = ((PyDict) m).getItem(key);
            return v != null ? v : dflt;
        }
        return Abstract.callMethod(m, "get", key, dflt);
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.hash = TypeSlots.HASH_NOT_IMPLEMENTED;
        t.newFunc = (type, args, off, nargs, kw) -> {
            PyObject[] p = ArgParser.bind("mappingproxy", new String[] {"mapping"}, 0, 1, args, off, nargs, kw);
            PyObject m = p[0];
            if (m.getType().getitem == null || m instanceof PyList || m instanceof PyTuple) {
                throw PyExc.typeError("mappingproxy() argument must be a mapping, not " + m.getType().getName());
            }
            return new PyMappingProxy(m);
        };
        t.getitem = (self, k) -> Abstract.getItem(mapping(self), k);
        t.len = self -> Abstract.len(mapping(self));
        t.contains = (self, k) -> Abstract.contains(mapping(self), k);
        t.iter = self -> Abstract.getIter(mapping(self));
        t.repr = self -> PyUnicode.of("mappingproxy(" + Abstract.repr(mapping(self)).value + ")");
        // str() shows the underlying mapping, as CPython's mappingproxy_str does.
        t.str = self -> Abstract.str(mapping(self));
        t.richcompare = (a, b, op) -> Abstract.richCompare(mapping(a), b, op);
        t.nb[7] = (a, b) -> NumberProtocol.binaryOp(a instanceof PyMappingProxy ? mapping(a) : a,
                b instanceof PyMappingProxy ? mapping(b) : b, 7);
        t.nb[13 + 7] = (a, b) -> {
            throw PyExc.typeError("'|=' is not supported by mappingproxy; use '|' instead");
        };
        t.method("__reversed__", self -> Abstract.callMethod(mapping(self), "__reversed__"));
        t.method("keys", self -> Abstract.callMethod(mapping(self), "keys"));
        t.method("values", self -> Abstract.callMethod(mapping(self), "values"));
        t.method("items", self -> Abstract.callMethod(mapping(self), "items"));
        t.method("get", 1, 2, (self, a, off, n) -> get(self, a[off], n > 1 ? a[off + 1] : PyNone.NONE));
        t.method("copy", self -> Abstract.callMethod(mapping(self), "copy"));
        t.classMethod("__class_getitem__", (self, args, off, nargs, kw) -> new PyGenericAlias(args[off], args[off + 1]));
    }
}
