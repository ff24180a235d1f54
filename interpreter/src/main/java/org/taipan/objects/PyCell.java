package org.taipan.objects;

/** {@code cell}: a variable shared between a function and the closures it creates. */
public final class PyCell extends PyObject {
    public static PyType TYPE;
    /** The contents; null when the variable is unbound. */
    public PyObject ref;

    public PyCell(PyObject ref) {
        this.ref = ref;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.newFunc = (type, args, off, nargs, kw) -> {
            ArgParser.noKeywords("cell", kw);
            ArgParser.checkCount("cell", nargs, 0, 1);
            return new PyCell(nargs == 1 ? args[off] : null);
        };
        t.repr = self -> {
            PyObject r = ((PyCell) self).ref;
            return PyUnicode.of(r == null ? "<cell at " + ObjectIds.address(self) + ": empty>"
                    : "<cell at " + ObjectIds.address(self) + ": " + r.getType().getName()
                    + " object at " + ObjectIds.address(r) + ">");
        };
        t.getset("cell_contents", self -> {
            PyObject r = ((PyCell) self).ref;
            if (r == null) {
                throw PyExc.valueError("Cell is empty");
            }
            return r;
        }, (d, self, v) -> ((PyCell) self).ref = v);
    }
}
