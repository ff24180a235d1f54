package org.taipan.objects;

import java.util.function.Function;

/**
 * What {@code classmethod} and {@code staticmethod} share: one wrapped callable, an instance dict,
 * and the same constructor, {@code __func__}/{@code __wrapped__} attributes and repr. Only how
 * they bind ({@code __get__}) and whether they are callable differ.
 */
abstract class WrappedCallable extends PyObject {
    PyObject callable;
    private final PyDict dict = new PyDict();

    WrappedCallable(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    /** The slots both types fill the same way; {@code name} is the Python type name. */
    static void setupShared(PyType t, String name, Function<PyObject, WrappedCallable> make) {
        t.newFunc = (type, args, off, nargs, kw) -> make.apply(nargs > 0 ? args[off] : PyNone.NONE);
        t.init = (self, args, off, nargs, kw) -> {
            ArgParser.checkCount(name, nargs, 1, 1);
            ((WrappedCallable) self).callable = args[off];
        };
        t.getset("__func__", self -> ((WrappedCallable) self).callable, null);
        t.getset("__wrapped__", self -> ((WrappedCallable) self).callable, null);
        t.getset("__isabstractmethod__", self -> PyBool.FALSE, null);
        t.repr = self -> PyUnicode.of("<" + name + "(" + Abstract.repr(((WrappedCallable) self).callable).value + ")>");
    }
}
