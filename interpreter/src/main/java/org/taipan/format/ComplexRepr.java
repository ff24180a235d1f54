package org.taipan.format;

/**
 * Python's {@code repr(complex)}: a bare imaginary part ({@code 1j}, {@code -0j}, {@code infj})
 * when the real part is +0.0, otherwise {@code (re±imj)}; both parts are float reprs without a
 * trailing {@code .0}, and the imaginary part always carries a sign ({@code (1+nanj)}).
 */
public final class ComplexRepr {
    private ComplexRepr() {
    }

    /** {@code repr(complex(real, imag))}. */
    public static String repr(double real, double imag) {
        StringBuilder out = new StringBuilder(32);
        // Only a positive zero real part is left out: complex(-0.0, 1) prints as (-0+1j).
        if (real == 0 && 1 / real > 0) {
            FloatRepr.append(out, imag, false);
            return out.append('j').toString();
        }
        out.append('(');
        FloatRepr.append(out, real, false);
        if (Double.isNaN(imag) || !(imag < 0 || imag == 0 && 1 / imag < 0)) {
            out.append('+');
        }
        FloatRepr.append(out, imag, false);
        return out.append("j)").toString();
    }
}
