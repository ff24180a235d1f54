package org.taipan.objects;

/** {@code classmethod}: a descriptor binding the wrapped callable to the class. */
public class PyClassMethod extends PyObject {
    public static PyType TYPE;
    PyObject callable;
    private final PyDict dict = new PyDict();

    public PyClassMethod(PyObject callable) {
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
        t.newFunc = (type, args, off, nargs, kw) -> new PyClassMethod(nargs > 0 ? args[off] : PyNone.NONE);
        t.init = (self, args, off, nargs, kw) -> {
            ArgParser.checkCount("classmethod", nargs, 1, 1);
            ((PyClassMethod) self).callable = args[off];
        };
        t.descrGet = (d, obj, type) -> {
            PyObject cls = type != null ? type : obj.getType();
            PyObject f = ((PyClassMethod) d).callable;
            SlotFunctions.DescrGet g = f.getType().descrGet;
            // 3.9-3.12 chain through __get__ of the wrapped object (e.g. classmethod(property)).
            if (g != null && !(f instanceof PyFunctionLike)) {
                return g.get(f, cls, cls.getType());
            }
            return new PyMethod(f, cls);
        };
        t.getset("__func__", self -> ((PyClassMethod) self).callable, null);
        t.getset("__wrapped__", self -> ((PyClassMethod) self).callable, null);
        t.getset("__isabstractmethod__", self -> PyBool.FALSE, null);
        t.repr = self -> PyUnicode.of("<classmethod(" + Abstract.repr(((PyClassMethod) self).callable).value + ")>");
    }
}
