package org.taipan.objects;

import org.taipan.compile.BinaryOp;

/**
 * The number protocol ({@code PyNumber_Add} and friends): CPython's {@code binary_op1} rules
 * (the right operand's reflected method first when its type is a proper subclass of the left's;
 * NotImplemented passes the turn), in-place operators falling back to the binary ones, unary
 * operators, and the TypeError messages. int and float operands take a direct Java path.
 */
public final class NumberProtocol {
    private NumberProtocol() {
    }

    private static final BinaryOp[] OPS = BinaryOp.values();
    private static final int INPLACE_SHIFT = BinaryOp.INPLACE_ADD.ordinal();

    /** {@code a op b} for the BINARY_OP argument {@code op} (binary or in-place form). */
    public static PyObject binaryOp(PyObject a, PyObject b, int op) {
        if (a.getClass() == PyLong.class && b.getClass() == PyLong.class) {
            PyObject r = PyLong.fastBinary((PyLong) a, (PyLong) b, op >= INPLACE_SHIFT ? op - INPLACE_SHIFT : op);
            if (r != null) {
                return r;
            }
        } else if (a.getClass() == PyUnicode.class && b.getClass() == PyUnicode.class
                && (op == 0 || op == INPLACE_SHIFT)) {
            // exact str + str (and +=): str's own concatenation, without the slot look-ups
            return PyUnicode.concat((PyUnicode) a, (PyUnicode) b);
        } else if (isExactReal(a) && isExactReal(b)) {
            // float with float or int (either order): float's arithmetic, without the reflected-operand dance.
            PyObject r = FloatMethods.binary(FloatMethods.toDouble(a), FloatMethods.toDouble(b),
                    op >= INPLACE_SHIFT ? op - INPLACE_SHIFT : op);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op >= INPLACE_SHIFT) {
            return inplaceOp(a, b, op);
        }
        PyObject r = binaryOp1(a, b, op);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            throw unsupported(a, b, op);
        }
        return r;
    }

    /** An exact float or int (here at least one of the two operands is a float). */
    private static boolean isExactReal(PyObject o) {
        Class<?> c = o.getClass();
        return c == PyFloat.class || c == PyLong.class;
    }

    public static PyObject binaryOp(PyObject a, PyObject b, BinaryOp op) {
        return binaryOp(a, b, op.ordinal());
    }

    /** CPython's binary_op1: returns NotImplemented when neither operand handles it. */
    static PyObject binaryOp1(PyObject a, PyObject b, int op) {
        PyType at = a.getType();
        PyType bt = b.getType();
        SlotFunctions.Binary slotA = at.nb[op];
        SlotFunctions.Binary slotB = bt != at ? bt.nb[op] : null;
        if (slotB == slotA) {
            slotB = null;
        }
        PyObject r;
        if (slotA != null) {
            if (slotB != null && bt.isSubtypeOf(at)) {
                r = slotB.apply(a, b);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                slotB = null;
            }
            r = slotA.apply(a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (slotB != null) {
            return slotB.apply(a, b);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static PyObject inplaceOp(PyObject a, PyObject b, int op) {
        SlotFunctions.Binary islot = a.getType().nb[op];
        if (islot != null) {
            PyObject r = islot.apply(a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject r = binaryOp1(a, b, op - INPLACE_SHIFT);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            throw unsupported(a, b, op);
        }
        return r;
    }

    private static PyException unsupported(PyObject a, PyObject b, int op) {
        int base = op >= INPLACE_SHIFT ? op - INPLACE_SHIFT : op;
        if (base == BinaryOp.ADD.ordinal() && isConcatenable(a)) {
            return PyExc.typeError("can only concatenate " + a.getType().getName() + " (not \""
                    + b.getType().getName() + "\") to " + a.getType().getName());
        }
        if (base == BinaryOp.MULTIPLY.ordinal() && (isConcatenable(a) || isConcatenable(b))) {
            PyObject other = isConcatenable(a) ? b : a;
            return PyExc.typeError("can't multiply sequence by non-int of type '" + other.getType().getName() + "'");
        }
        if (base == BinaryOp.POWER.ordinal()) {
            return PyExc.typeError("unsupported operand type(s) for " + OPS[op].symbol + " or pow(): '"
                    + a.getType().getName() + "' and '" + b.getType().getName() + "'");
        }
        if (base == BinaryOp.RSHIFT.ordinal() && a instanceof PyBuiltinFunction
                && ((PyBuiltinFunction) a).name.equals("print")) {
            return PyExc.typeError("unsupported operand type(s) for >>: 'builtin_function_or_method' and '"
                    + b.getType().getName() + "'. Did you mean \"print(<message>, file=<output_stream>)\"?");
        }
        return PyExc.typeError("unsupported operand type(s) for " + OPS[op].symbol + ": '"
                + a.getType().getName() + "' and '" + b.getType().getName() + "'");
    }

    private static boolean isConcatenable(PyObject o) {
        return o instanceof PyUnicode || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes
                || o instanceof PyByteArray;
    }

    public static PyObject add(PyObject a, PyObject b) {
        return binaryOp(a, b, 0);
    }

    public static PyObject subtract(PyObject a, PyObject b) {
        return binaryOp(a, b, BinaryOp.SUBTRACT.ordinal());
    }

    public static PyObject multiply(PyObject a, PyObject b) {
        return binaryOp(a, b, BinaryOp.MULTIPLY.ordinal());
    }

    /** {@code pow(a, b, m)}: the three-argument form, for ints only. */
    public static PyObject power(PyObject a, PyObject b, PyObject m) {
        if (m == null || m == PyNone.NONE) {
            return binaryOp(a, b, BinaryOp.POWER.ordinal());
        }
        if (isNumber(a) && isNumber(b) && isNumber(m) && !(a instanceof PyLong && b instanceof PyLong && m instanceof PyLong)) {
            // Built-in numbers other than three ints: float's and complex's ternary pow refuse a modulus.
            if (a instanceof PyComplex || b instanceof PyComplex || m instanceof PyComplex) {
                throw PyExc.valueError("complex modulo");
            }
            throw PyExc.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (a instanceof PyLong && b instanceof PyLong && m instanceof PyLong) {
            return PyLong.modPow((PyLong) a, (PyLong) b, (PyLong) m);
        }
        // Three-argument pow on other types: only the left operand's __pow__ is tried (CPython's ternary_op).
        PyObject f = Abstract.lookupSpecial(a, "__pow__");
        if (f != null && !(f instanceof PyWrapperDescr.Bound)) {
            PyObject r = Abstract.call(f, b, m);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw PyExc.typeError("unsupported operand type(s) for ** or pow(): '" + a.getType().getName()
                + "', '" + b.getType().getName() + "', '" + m.getType().getName() + "'");
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyLong || o instanceof PyFloat || o instanceof PyComplex;
    }

    // --- unary ---

    public static PyObject negative(PyObject o) {
        SlotFunctions.Unary f = o.getType().neg;
        if (f == null) {
            throw PyExc.typeError("bad operand type for unary -: '" + o.getType().getName() + "'");
        }
        return f.apply(o);
    }

    public static PyObject positive(PyObject o) {
        SlotFunctions.Unary f = o.getType().pos;
        if (f == null) {
            throw PyExc.typeError("bad operand type for unary +: '" + o.getType().getName() + "'");
        }
        return f.apply(o);
    }

    public static PyObject invert(PyObject o) {
        SlotFunctions.Unary f = o.getType().invert;
        if (f == null) {
            throw PyExc.typeError("bad operand type for unary ~: '" + o.getType().getName() + "'");
        }
        return f.apply(o);
    }

    public static PyObject absolute(PyObject o) {
        SlotFunctions.Unary f = o.getType().abs;
        if (f == null) {
            throw PyExc.typeError("bad operand type for abs(): '" + o.getType().getName() + "'");
        }
        return f.apply(o);
    }

    /** {@code float(o)} conversion through __float__ (then __index__). */
    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        if (o instanceof PyLong) {
            return ((PyLong) o).doubleValue();
        }
        SlotFunctions.Unary f = o.getType().asFloat;
        if (f != null) {
            PyObject r = f.apply(o);
            if (!(r instanceof PyFloat)) {
                throw PyExc.typeError(o.getType().getName() + ".__float__ returned non-float (type "
                        + r.getType().getName() + ")");
            }
            return ((PyFloat) r).value;
        }
        if (o.getType().index != null) {
            return Abstract.index(o).doubleValue();
        }
        throw PyExc.typeError("must be real number, not " + o.getType().getName());
    }
}
