package org.taipan.objects;

/**
 * The Java shapes of a type's special-method slots (CPython's {@code reprfunc}, {@code binaryfunc},
 * {@code vectorcallfunc}…). A built-in type fills its {@link PyType} slots with lambdas of these
 * interfaces; a class defined in Python gets generic implementations that call its dunder methods.
 */
public final class SlotFunctions {
    private SlotFunctions() {
    }

    /** {@code f(self)}: __repr__, __str__, __iter__, __neg__, __index__… */
    @FunctionalInterface
    public interface Unary {
        PyObject apply(PyObject self);
    }

    /** {@code f(a, b)}: number operators (both operand orders, NotImplemented when unsupported), __getitem__. */
    @FunctionalInterface
    public interface Binary {
        PyObject apply(PyObject a, PyObject b);
    }

    /** {@code __next__}: returns null when exhausted (no StopIteration allocated on the fast path). */
    @FunctionalInterface
    public interface IterNext {
        PyObject next(PyObject self);
    }

    /** {@code __lt__}…{@code __ge__}: may return NotImplemented. */
    @FunctionalInterface
    public interface RichCompare {
        PyObject compare(PyObject a, PyObject b, CompareOp op);
    }

    @FunctionalInterface
    public interface Hash {
        long hash(PyObject self);
    }

    @FunctionalInterface
    public interface Len {
        /** A length up to sys.maxsize, like CPython's Py_ssize_t (a range's can exceed 2**31). */
        long len(PyObject self);
    }

    @FunctionalInterface
    public interface Inquiry {
        boolean test(PyObject self);
    }

    @FunctionalInterface
    public interface Contains {
        boolean contains(PyObject self, PyObject item);
    }

    /** {@code __setitem__} / {@code __delitem__} (value null). */
    @FunctionalInterface
    public interface SetItem {
        void set(PyObject self, PyObject key, PyObject value);
    }

    /** {@code __getattribute__}: name is an exact str; raises AttributeError when missing. */
    @FunctionalInterface
    public interface GetAttr {
        PyObject get(PyObject self, PyUnicode name);
    }

    /** {@code __setattr__} / {@code __delattr__} (value null). */
    @FunctionalInterface
    public interface SetAttr {
        void set(PyObject self, PyUnicode name, PyObject value);
    }

    /** {@code __get__(self, obj, type)}; obj is null for class access. */
    @FunctionalInterface
    public interface DescrGet {
        PyObject get(PyObject descr, PyObject obj, PyType type);
    }

    /** {@code __set__} / {@code __delete__} (value null). */
    @FunctionalInterface
    public interface DescrSet {
        void set(PyObject descr, PyObject obj, PyObject value);
    }

    /**
     * The vectorcall convention: positional arguments {@code args[off .. off+nargs)}, then the
     * values of the keyword arguments named by {@code kwnames} (null when there are none).
     */
    @FunctionalInterface
    public interface Call {
        PyObject call(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames);
    }

    /** {@code __new__(type, *args, **kwargs)} in the vectorcall convention. */
    @FunctionalInterface
    public interface New {
        PyObject make(PyType type, PyObject[] args, int off, int nargs, PyTuple kwnames);
    }

    /** {@code __init__(self, *args, **kwargs)} in the vectorcall convention. */
    @FunctionalInterface
    public interface Init {
        void init(PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames);
    }
}
