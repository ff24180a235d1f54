package org.taipan.format;

/**
 * Python's {@code repr} for the built-in value kinds that appear as constants: str, bytes, float
 * and complex, exactly as CPython 3.11 prints them. Each kind has its own class; this is the one
 * entry point the AST dump and later the runtime use.
 *
 * <p>Known difference: Java 17 knows Unicode 13.0, Python 3.11 Unicode 14.0; which characters
 * {@code repr(str)} escapes is corrected for that in {@link Printable}.
 *
 * @see StrRepr
 * @see BytesRepr
 * @see FloatRepr
 * @see ComplexRepr
 */
public final class PyRepr {
    private PyRepr() {
    }

    /** {@code repr(s)}, e.g. {@code 'a\n'}, {@code "it's"}, {@code '\x00'}. */
    public static String str(String s) {
        return StrRepr.repr(s);
    }

    /**
     * {@code repr} of the str made of {@code codePoints}, for strs a Java String cannot hold (a
     * high surrogate code point followed by a low one): each surrogate is shown as an escape.
     */
    public static String str(int[] codePoints) {
        return StrRepr.repr(codePoints);
    }

    /** {@code repr(b)} of a bytes value, e.g. {@code b'\xff'}. */
    public static String bytes(byte[] b) {
        return BytesRepr.repr(b);
    }

    /** {@code repr(d)} of a float, e.g. {@code 0.1}, {@code 1e+16}, {@code -0.0}, {@code nan}. */
    public static String floatRepr(double d) {
        return FloatRepr.repr(d);
    }

    /** {@code repr(complex(real, imag))}, e.g. {@code 1j}, {@code (1+2j)}, {@code (-0-0j)}. */
    public static String complexRepr(double real, double imag) {
        return ComplexRepr.repr(real, imag);
    }
}
