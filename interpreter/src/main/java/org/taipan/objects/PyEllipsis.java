package org.taipan.objects;

/** {@code Ellipsis} ({@code ...}), the only instance of {@code ellipsis}. */
public final class PyEllipsis extends PyObject {
    public static PyType TYPE;
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        // Calling the type gives back the singleton.
        t.newFunc = (type, args, off, nargs, kw) -> {
            if (nargs != 0 || kw != null && kw.size() != 0) {
                throw PyExc.typeError("EllipsisType takes no arguments");
            }
            return ELLIPSIS;
        };
        t.repr = self -> PyUnicode.of("Ellipsis");
    }
}
