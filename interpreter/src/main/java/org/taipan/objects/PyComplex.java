package org.taipan.objects;

import org.taipan.format.PyRepr;

/** {@code complex}: a pair of doubles (arithmetic to be completed with the number types). */
public class PyComplex extends PyObject {
    public static PyType TYPE;
    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static void setup(PyType t) {
        t.repr = self -> PyUnicode.of(PyRepr.complexRepr(((PyComplex) self).real, ((PyComplex) self).imag));
        t.hash = self -> {
            PyComplex c = (PyComplex) self;
            long h = PyFloat.hash(c.real) + 1000003L * PyFloat.hash(c.imag);
            return h == -1 ? -2 : h;
        };
        t.bool = self -> ((PyComplex) self).real != 0 || ((PyComplex) self).imag != 0;
        t.getset("real", self -> new PyFloat(((PyComplex) self).real), null);
        t.getset("imag", self -> new PyFloat(((PyComplex) self).imag), null);
    }
}
