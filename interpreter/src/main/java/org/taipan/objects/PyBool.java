package org.taipan.objects;

/** {@code bool}: a subclass of int with the two instances True (1) and False (0). */
public final class PyBool extends PyLong {
    public static PyType TYPE;
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.repr = self -> PyUnicode.of(self == TRUE ? "True" : "False");
        t.str = t.repr;
        t.bool = self -> self == TRUE;
        t.newFunc = (type, args, off, nargs, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyExc.typeError("bool() takes no keyword arguments");
            }
            if (nargs > 1) {
                throw PyExc.typeError("bool expected at most 1 argument, got " + nargs);
            }
            return of(nargs == 1 && Abstract.isTrue(args[off]));
        };
        SlotFunctions.Binary and = (a, b) -> a instanceof PyBool && b instanceof PyBool
                ? of(a == TRUE & b == TRUE) : PyLong.TYPE.nb[org.taipan.compile.BinaryOp.AND.ordinal()].apply(a, b);
        SlotFunctions.Binary or = (a, b) -> a instanceof PyBool && b instanceof PyBool
                ? of(a == TRUE | b == TRUE) : PyLong.TYPE.nb[org.taipan.compile.BinaryOp.OR.ordinal()].apply(a, b);
        SlotFunctions.Binary xor = (a, b) -> a instanceof PyBool && b instanceof PyBool
                ? of(a != b) : PyLong.TYPE.nb[org.taipan.compile.BinaryOp.XOR.ordinal()].apply(a, b);
        t.nb[org.taipan.compile.BinaryOp.AND.ordinal()] = and;
        t.nb[org.taipan.compile.BinaryOp.OR.ordinal()] = or;
        t.nb[org.taipan.compile.BinaryOp.XOR.ordinal()] = xor;
    }
}
