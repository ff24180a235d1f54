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
        t.repr = self -> PyUnicode.of("Ellipsis");
    }
}
