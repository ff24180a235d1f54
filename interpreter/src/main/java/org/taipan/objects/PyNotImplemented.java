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
        // Calling the type gives back the singleton.
        t.newFunc = (type, args, off, nargs, kw) -> {
            if (nargs != 0 || kw != null && kw.size() != 0) {
                throw PyExc.typeError("NotImplementedType takes no arguments");
            }
            return NOT_IMPLEMENTED;
        };
        t.repr = self -> PyUnicode.of("NotImplemented");
    }
}
