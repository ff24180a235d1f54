package org.taipan.objects;

/** {@code NotImplemented}: what a binary special method returns to let the other operand try. */
public final class PyNotImplemented extends PyObject {
    public static PyType TYPE;
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();
    /** Internal "absent" marker for Java-side caches; never reaches Python code. */
    static final PyNotImplemented MISSING_MARKER = new PyNotImplemented();

    private PyNotImplemented() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.repr = self -> PyUnicode.of("NotImplemented");
    }
}
