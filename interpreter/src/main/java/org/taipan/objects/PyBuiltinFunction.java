package org.taipan.objects;

/**
 * {@code builtin_function_or_method}: a function implemented in Java, either a module function
 * ({@code len}, {@code self} the module or null) or a built-in type's method bound to an
 * instance ({@code [].append}). These and {@link PyMethodDescr} are the calls the profiler
 * reports as {@code c_call}/{@code c_return}/{@code c_exception}.
 */
public final class PyBuiltinFunction extends PyObject {
    public static PyType TYPE;

    public final String name;
    /** The bound instance, or the module for module functions (may be null). */
    public final PyObject self;
    /** The method this is bound from, or null for a module function. */
    public final PyMethodDescr method;
    private final SlotFunctions.Call impl;
    /** The module name for repr/__module__ of module functions (e.g. "builtins"). */
    public String module;
    /** The type of a static method (qualifies its {@code __qualname__}), else null. */
    private PyType staticOwner;

    /** A module function; {@code impl} receives {@code self} as its first parameter. */
    public PyBuiltinFunction(String name, PyObject self, SlotFunctions.Call impl) {
        this.name = name;
        this.self = self;
        this.method = null;
        this.impl = impl;
    }

    PyBuiltinFunction(PyMethodDescr method, PyObject self) {
        this.name = method.name;
        this.self = self;
        this.method = method;
        this.impl = null;
    }

    /** A static method of a built-in type ({@code str.maketrans}): no self, named after its type. */
    static PyStaticMethod staticMethod(PyType owner, String name, SlotFunctions.Call impl) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, null, impl);
        f.staticOwner = owner;
        return new PyStaticMethod(f);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public PyObject invoke(PyObject[] args, int off, int nargs, PyTuple kw) {
        if (method != null) {
            return method.invoke(self, args, off, nargs, kw);
        }
        return impl.call(self, args, off, nargs, kw);
    }

    /**
     * As CPython derives it from what the function is bound to: a module function is just its
     * name; bound to a class (a class method, {@code __new__}) it is prefixed with that class's
     * qualified name, bound to an instance with its type's.
     */
    String qualname() {
        if (self == null) {
            return staticOwner == null ? name : staticOwner.qualname + "." + name;
        }
        if (self instanceof PyModule) {
            return name;
        }
        PyType t = self instanceof PyType ? (PyType) self : self.getType();
        return t.qualname + "." + name;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.call = (f, args, off, nargs, kw) -> ((PyBuiltinFunction) f).invoke(args, off, nargs, kw);
        t.repr = self -> {
            PyBuiltinFunction f = (PyBuiltinFunction) self;
            if (f.method == null && (f.self == null || f.self instanceof PyModule)) {
                return PyUnicode.of("<built-in function " + f.name + ">");
            }
            return PyUnicode.of("<built-in method " + f.name + " of " + f.self.getType().getName()
                    + " object at " + ObjectIds.address(f.self) + ">");
        };
        t.getset("__name__", self -> PyUnicode.of(((PyBuiltinFunction) self).name), null);
        t.getset("__qualname__", self -> PyUnicode.of(((PyBuiltinFunction) self).qualname()), null);
        t.getset("__self__", self -> {
            PyObject s = ((PyBuiltinFunction) self).self;
            return s == null ? PyNone.NONE : s;
        }, null);
        t.getset("__module__", self -> {
            String m = ((PyBuiltinFunction) self).module;
            return m == null ? PyNone.NONE : PyUnicode.of(m);
        }, null);
        t.hash = self -> ObjectIds.id(self) >>> 4;
    }
}
