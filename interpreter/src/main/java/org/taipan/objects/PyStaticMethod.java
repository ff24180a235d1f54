package org.taipan.objects;

/** {@code staticmethod}: a descriptor returning the wrapped callable unbound. */
public class PyStaticMethod extends PyObject {
    public static PyType TYPE;
    PyObject callable;
    private final PyDict dict = new PyDict();

    public PyStaticMethod(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> new PyStaticMethod(nargs > 0 ? args[off] : PyNone.NONE);
        t.init = (self, args, off, nargs, kw) -> {
            ArgParser.checkCount("staticmethod", nargs, 1, 1);
            ((PyStaticMethod) self).callable = args[off];
        };
        t.descrGet = (d, obj, type) -> ((PyStaticMethod) d).callable;
        t.call = (self, args, off, nargs, kw) -> Abstract.call(((PyStaticMethod) self).callable, args, off, nargs, kw);
        t.getset("__func__", self -> ((PyStaticMethod) self).callable, null);
        t.getset("__wrapped__", self -> ((PyStaticMethod) self).callable, null);
        t.getset("__isabstractmethod__", self -> PyBool.FALSE, null);
        t.repr = self -> PyUnicode.of("<staticmethod(" + Abstract.repr(((PyStaticMethod) self).callable).value + ")>");
    }
}
