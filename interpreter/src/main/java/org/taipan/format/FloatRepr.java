package org.taipan.format;

/**
 * Python's {@code repr(float)}: the shortest round-tripping digits (from {@link ShortestDecimal})
 * laid out the way CPython does: positional notation with at least one digit after the point
 * ({@code 1.0}, {@code 0.0001}) while the decimal exponent is in [-4, 16), otherwise scientific
 * notation with a signed, at least two-digit exponent and no {@code .0} ({@code 1e+16},
 * {@code 1.5e-05}); {@code inf}, {@code -inf}, {@code nan} and {@code -0.0} for the special values.
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    /** {@code repr(d)}, e.g. {@code 1.0}, {@code 1e+16}. */
    public static String repr(double d) {
        StringBuilder out = new StringBuilder(24);
        append(out, d, true);
        return out.toString();
    }

    /**
     * Appends the repr of {@code d}; with {@code addDotZero} false an integral value in positional
     * notation gets no {@code .0} (how complex parts are printed: {@code (1+2j)}).
     */
    public static void append(StringBuilder out, double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            // Python never shows the sign of a NaN.
            out.append("nan");
            return;
        }
        if (d < 0 || d == 0 && 1 / d < 0) {
            out.append('-');
            d = -d;
        }
        if (d == Double.POSITIVE_INFINITY) {
            out.append("inf");
            return;
        }
        if (d == 0) {
            out.append(addDotZero ? "0.0" : "0");
            return;
        }
        ShortestDecimal decimal = new ShortestDecimal();
        decimal.compute(d);
        appendDigits(out, decimal.significand, decimal.exponent, addDotZero);
    }

    private static void appendDigits(StringBuilder out, long significand, int exponent, boolean addDotZero) {
        char[] digits = new char[20];
        int length = 0;
        for (long f = significand; f != 0; f /= 10) {
            digits[length++] = (char) ('0' + (int) (f % 10));
        }
        reverse(digits, length);
        // Exponent of the leading digit, as in d.ddd x 10^scientific.
        int scientific = exponent + length - 1;
        if (scientific < -4 || scientific >= 16) {
            out.append(digits[0]);
            if (length > 1) {
                out.append('.').append(digits, 1, length - 1);
            }
            out.append('e').append(scientific < 0 ? '-' : '+');
            int magnitude = Math.abs(scientific);
            if (magnitude < 10) {
                out.append('0');
            }
            out.append(magnitude);
        } else if (scientific < 0) {
            out.append("0.");
            for (int i = -1; i > scientific; i--) {
                out.append('0');
            }
            out.append(digits, 0, length);
        } else if (length <= scientific + 1) {
            out.append(digits, 0, length);
            for (int i = length; i <= scientific; i++) {
                out.append('0');
            }
            if (addDotZero) {
                out.append(".0");
            }
        } else {
            out.append(digits, 0, scientific + 1).append('.').append(digits, scientific + 1, length - scientific - 1);
        }
    }

    private static void reverse(char[] a, int length) {
        for (int i = 0, j = length - 1; i < j; i++, j--) {
            char c = a[i];
            a[i] = a[j];
            a[j] = c;
        }
    }
}
