package org.taipan.objects;

/** {@code complex}: a pair of doubles; slots and methods in {@link ComplexMethods}. */
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
}
