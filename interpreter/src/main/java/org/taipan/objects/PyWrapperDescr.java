package org.taipan.objects;

/**
 * {@code wrapper_descriptor}: a built-in type's special-method slot exposed in its dict
 * ({@code int.__add__}, {@code object.__init__}). It remembers the Java slot function it wraps, so
 * a Python subclass that does not override the method inherits the native slot directly
 * ({@link TypeSlots}). Bound to an instance it is a {@code method-wrapper}.
 */
public final class PyWrapperDescr extends PyObject {
    public static PyType TYPE;
    public static PyType METHOD_WRAPPER_TYPE;

    public final PyType owner;
    public final String name;
    /** The slot function wrapped (a {@link SlotFunctions} lambda), compared by identity. */
    public final Object slot;
    /** Calls the slot with self and the Python-level arguments. */
    final SlotFunctions.Call wrapper;

    PyWrapperDescr(PyType owner, String name, Object slot, SlotFunctions.Call wrapper) {
        this.owner = owner;
        this.name = name;
        this.slot = slot;
        this.wrapper = wrapper;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    void checkSelf(PyObject self) {
        if (!self.getType().isSubtypeOf(owner)) {
            throw PyExc.typeError("descriptor '" + name + "' requires a '" + owner.getName()
                    + "' object but received a '" + self.getType().getName() + "'");
        }
    }

    String qualname() {
        return owner.qualname + "." + name;
    }

    /** The bound form ({@code (1).__add__}). */
    public static final class Bound extends PyObject {
        final PyWrapperDescr descr;
        final PyObject self;

        Bound(PyWrapperDescr descr, PyObject self) {
            this.descr = descr;
            this.self = self;
        }

        @Override
        public PyType getType() {
            return METHOD_WRAPPER_TYPE;
        }
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.call = (d, args, off, nargs, kw) -> {
            PyWrapperDescr w = (PyWrapperDescr) d;
            if (nargs < 1) {
                throw PyExc.typeError("descriptor '" + w.name + "' of '" + w.owner.getName()
                        + "' object needs an argument");
            }
            w.checkSelf(args[off]);
            return w.wrapper.call(args[off], args, off + 1, nargs - 1, kw);
        };
        t.descrGet = (d, obj, type) -> {
            if (obj == null) {
                return d;
            }
            PyWrapperDescr w = (PyWrapperDescr) d;
            w.checkSelf(obj);
            return new Bound(w, obj);
        };
        t.repr = self -> {
            PyWrapperDescr w = (PyWrapperDescr) self;
            return PyUnicode.of("<slot wrapper '" + w.name + "' of '" + w.owner.getName() + "' objects>");
        };
        t.getset("__name__", self -> PyUnicode.of(((PyWrapperDescr) self).name), null);
        t.getset("__qualname__", self -> PyUnicode.of(((PyWrapperDescr) self).qualname()), null);
        t.getset("__objclass__", self -> ((PyWrapperDescr) self).owner, null);
    }

    static void setupMethodWrapper(PyType t) {
        t.acceptsSubclasses = false;
        t.call = (b, args, off, nargs, kw) -> {
            Bound m = (Bound) b;
            return m.descr.wrapper.call(m.self, args, off, nargs, kw);
        };
        t.repr = self -> {
            Bound m = (Bound) self;
            return PyUnicode.of("<method-wrapper '" + m.descr.name + "' of " + m.self.getType().getName()
                    + " object at " + ObjectIds.address(m.self) + ">");
        };
        t.getset("__name__", self -> PyUnicode.of(((Bound) self).descr.name), null);
        t.getset("__qualname__", self -> PyUnicode.of(((Bound) self).descr.qualname()), null);
        t.getset("__self__", self -> ((Bound) self).self, null);
    }
}
