package org.taipan.format;

/**
 * Python's {@code repr} for the built-in value kinds that appear as constants: str, bytes, float
 * and complex. PLACEHOLDER: being completed (exact CPython rules) — see the helper task.
 */
public final class PyRepr {
    private PyRepr() {
    }

    public static String str(String s) {
        return "'" + s + "'";
    }

    public static String bytes(byte[] b) {
        return "b''";
    }

    public static String floatRepr(double d) {
        return Double.toString(d);
    }

    public static String complexRepr(double real, double imag) {
        return floatRepr(imag) + "j";
    }
}
