package org.taipan.objects;

/** {@code classmethod_descriptor}: a class method of a built-in type ({@code dict.fromkeys}). */
public final class PyClassMethodDescr extends PyObject {
    public static PyType TYPE;
    public final PyType owner;
    public final String name;
    final SlotFunctions.Call impl;

    PyClassMethodDescr(PyType owner, String name, SlotFunctions.Call impl) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.descrGet = (d, obj, type) -> {
            PyClassMethodDescr c = (PyClassMethodDescr) d;
            PyType cls = type != null ? type : obj.getType();
            // Bound to the class: the implementation sees the class as args[off] (self is unused).
            return new PyBuiltinFunction(c.name, cls, (self, args, off, nargs, kw) -> {
                PyObject[] all = new PyObject[nargs + 1 + (kw == null ? 0 : kw.size())];
                all[0] = self;
                System.arraycopy(args, off, all, 1, all.length - 1);
                return c.impl.call(self, all, 0, nargs + 1, kw);
            });
        };
        t.getset("__name__", self -> PyUnicode.of(((PyClassMethodDescr) self).name), null);
        t.getset("__qualname__", self -> PyUnicode.of(((PyClassMethodDescr) self).owner.qualname + "."
                + ((PyClassMethodDescr) self).name), null);
        t.getset("__objclass__", self -> ((PyClassMethodDescr) self).owner, null);
        t.repr = self -> {
            PyClassMethodDescr c = (PyClassMethodDescr) self;
            return PyUnicode.of("<method '" + c.name + "' of '" + c.owner.getName() + "' objects>");
        };
    }
}
