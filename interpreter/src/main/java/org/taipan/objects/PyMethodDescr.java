package org.taipan.objects;

/**
 * {@code method_descriptor}: a method of a built-in type as found in the type's dict
 * ({@code list.append}). Getting it from an instance gives a bound
 * {@code builtin_function_or_method}; the profiler reports calls of both as {@code c_call}.
 *
 * <p>The implementation has one of four shapes so that fixed-arity methods need neither an
 * argument array nor argument checks of their own: {@link M0} (self only), {@link M1},
 * {@link M2}, {@link MVar} (a positional range, missing ones null), or a full
 * {@link SlotFunctions.Call} for methods that take keywords.
 */
public final class PyMethodDescr extends PyObject {
    public static PyType TYPE;

    @FunctionalInterface
    public interface M0 {
        PyObject call(PyObject self);
    }

    @FunctionalInterface
    public interface M1 {
        PyObject call(PyObject self, PyObject a);
    }

    @FunctionalInterface
    public interface M2 {
        PyObject call(PyObject self, PyObject a, PyObject b);
    }

    /** Positional arguments {@code args[off .. off+nargs)}, nargs within the declared range. */
    @FunctionalInterface
    public interface MVar {
        PyObject call(PyObject self, PyObject[] args, int off, int nargs);
    }

    public final PyType owner;
    public final String name;
    final int min;
    final int max;
    private final Object impl;

    PyMethodDescr(PyType owner, String name, int min, int max, Object impl) {
        this.owner = owner;
        this.name = name;
        this.min = min;
        this.max = max;
        this.impl = impl;
    }

    PyMethodDescr(PyType owner, String name, SlotFunctions.Call impl) {
        this(owner, name, -1, -1, impl);
    }

    /** A method implemented in Java for {@code owner}, taking any arguments (vectorcall convention). */
    public static PyMethodDescr of(PyType owner, String name, SlotFunctions.Call impl) {
        return new PyMethodDescr(owner, name, impl);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Calls the method on {@code self} with arguments in the vectorcall convention. */
    public PyObject invoke(PyObject self, PyObject[] args, int off, int nargs, PyTuple kw) {
        if (min < 0) {
            return ((SlotFunctions.Call) impl).call(self, args, off, nargs, kw);
        }
        if (kw != null && kw.size() > 0) {
            throw PyExc.typeError(owner.getName() + "." + name + "() takes no keyword arguments");
        }
        if (impl instanceof M0) {
            if (nargs != 0) {
                throw PyExc.typeError(owner.getName() + "." + name + "() takes no arguments (" + nargs + " given)");
            }
            return ((M0) impl).call(self);
        }
        if (impl instanceof M1) {
            if (nargs != 1) {
                throw PyExc.typeError(owner.getName() + "." + name + "() takes exactly one argument (" + nargs + " given)");
            }
            return ((M1) impl).call(self, args[off]);
        }
        ArgParser.checkCount(name, nargs, min, max);
        if (impl instanceof M2) {
            return ((M2) impl).call(self, args[off], args[off + 1]);
        }
        return ((MVar) impl).call(self, args, off, nargs);
    }

    /**
     * {@code descr(self, *args)}: checks that self is an instance of the owner type. Public for
     * the evaluation loop's CALL, which calls method descriptors (LOAD_METHOD on built-in types)
     * without the type's call slot.
     */
    public static PyObject callUnbound(PyObject d, PyObject[] args, int off, int nargs, PyTuple kw) {
        PyMethodDescr m = (PyMethodDescr) d;
        if (nargs < 1) {
            throw PyExc.typeError("unbound method " + m.owner.getName() + "." + m.name + "() needs an argument");
        }
        PyObject self = args[off];
        m.checkSelf(self);
        return m.invoke(self, args, off + 1, nargs - 1, kw);
    }

    void checkSelf(PyObject self) {
        if (!self.getType().isSubtypeOf(owner)) {
            throw PyExc.typeError("descriptor '" + name + "' for '" + owner.getName()
                    + "' objects doesn't apply to a '" + self.getType().getName() + "' object");
        }
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.call = PyMethodDescr::callUnbound;
        t.descrGet = (d, obj, type) -> {
            if (obj == null) {
                return d;
            }
            PyMethodDescr m = (PyMethodDescr) d;
            m.checkSelf(obj);
            return new PyBuiltinFunction(m, obj);
        };
        t.repr = self -> {
            PyMethodDescr m = (PyMethodDescr) self;
            return PyUnicode.of("<method '" + m.name + "' of '" + m.owner.getName() + "' objects>");
        };
        t.getset("__name__", self -> PyUnicode.of(((PyMethodDescr) self).name), null);
        t.getset("__qualname__", self -> PyUnicode.of(((PyMethodDescr) self).owner.getName() + "."
                + ((PyMethodDescr) self).name), null);
        t.getset("__objclass__", self -> ((PyMethodDescr) self).owner, null);
    }
}
