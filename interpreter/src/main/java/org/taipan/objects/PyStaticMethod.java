package org.taipan.objects;

/** {@code staticmethod}: a descriptor returning the wrapped callable unbound. */
public class PyStaticMethod extends WrappedCallable {
    public static PyType TYPE;

    public PyStaticMethod(PyObject callable) {
        super(callable);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static void setup(PyType t) {
        setupShared(t, "staticmethod", PyStaticMethod::new);
        t.descrGet = (d, obj, type) -> ((PyStaticMethod) d).callable;
        t.call = (self, args, off, nargs, kw) -> Abstract.call(((PyStaticMethod) self).callable, args, off, nargs, kw);
    }
}
