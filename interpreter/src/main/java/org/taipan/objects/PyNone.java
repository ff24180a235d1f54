package org.taipan.objects;

/** {@code None}, the only instance of {@code NoneType}. */
public final class PyNone extends PyObject {
    public static PyType TYPE;
    public static final PyNone NONE = new PyNone();

    private PyNone() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.repr = self -> PyUnicode.of("None");
        t.bool = self -> false;
        t.nb[org.taipan.compile.BinaryOp.OR.ordinal()] = PyUnionType::make;
        t.hash = self -> 0xFCA86420L; // CPython 3.11 hashes None by address; any constant is unobservable
        t.newFunc = (type, args, off, nargs, kw) -> {
            if (nargs != 0 || (kw != null && kw.size() != 0)) {
                throw PyExc.typeError("NoneType takes no arguments");
            }
            return NONE;
        };
    }
}
