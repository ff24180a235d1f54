package org.taipan.objects;

/** {@code classmethod}: a descriptor binding the wrapped callable to the class. */
public class PyClassMethod extends WrappedCallable {
    public static PyType TYPE;

    public PyClassMethod(PyObject callable) {
        super(callable);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static void setup(PyType t) {
        setupShared(t, "classmethod", PyClassMethod::new);
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
    }
}
