package org.taipan.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.taipan.format.PyRepr;

/**
 * {@code format(float, spec)} and {@code format(complex, spec)}: the types {@code e E f F g G n %}
 * and none, from correctly rounded (half-even on the exact binary value) or shortest repr digits,
 * laid out by CPython's rules: when {@code g} switches to exponent notation, trailing-zero
 * removal, {@code #}, the ".0" of the no-type form, {@code z}, and complex's parentheses.
 */
final class FloatFormat {
    private FloatFormat() {
    }

    /** The significant digits of a value and the place of its decimal point: 0.DIGITS × 10**decpt. */
    private static final class Digits {
        final String digits;
        final int decpt;

        Digits(BigDecimal v) {
            BigDecimal s = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
            String u = s.unscaledValue().abs().toString();
            this.digits = u;
            this.decpt = s.signum() == 0 ? 1 : u.length() - s.scale();
        }

        boolean isZero() {
            return digits.equals("0");
        }
    }

    static String format(double d, String spec, String typeName) {
        return format(d, IntFormat.parse(spec, typeName), typeName);
    }

    static String format(double d, FormatSpec f, String typeName) {
        try {
            return formatSpec(d, f, typeName);
        } catch (OutOfMemoryError e) {
            throw IntFormat.outOfMemory();
        }
    }

    private static String formatSpec(double d, FormatSpec f, String typeName) {
        char type = f.type;
        switch (type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                break;
            default:
                throw IntFormat.unknownCode(type, typeName);
        }
        boolean percent = type == '%';
        if (percent) {
            d *= 100; // a double multiplication, as CPython does
        }
        boolean negative = d < 0 || (d == 0.0 && 1 / d < 0);
        Part p = part(Math.abs(d), type, f.precision, f.alternate, true);
        if (negative && f.zeroCoerce && p.zero) {
            negative = false;
        }
        String rest = p.rest + (percent ? "%" : "");
        return IntFormat.assemble(f, IntFormat.signOf(f, negative), "", p.intDigits, rest, p.groupable ? 3 : 0);
    }

    /** A formatted magnitude: the integer digits (groupable), then point, fraction and exponent. */
    private static final class Part {
        String intDigits;
        String rest;
        boolean groupable;
        boolean zero;
    }

    /**
     * Formats a non-negative value for a presentation type; {@code dot0} is the no-type form's
     * rule that a number written without exponent keeps at least one fractional digit.
     */
    private static Part part(double a, char type, int precision, boolean alt, boolean dot0) {
        Part p = new Part();
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (Double.isNaN(a) || Double.isInfinite(a)) {
            String s = Double.isNaN(a) ? "nan" : "inf";
            p.intDigits = upper ? s.toUpperCase() : s;
            p.rest = "";
            return p;
        }
        char mode;
        int prec = precision;
        boolean addDot0 = false;
        switch (type) {
            case 0:
                if (prec < 0) {
                    mode = 'r';
                } else {
                    mode = 'g';
                    prec = Math.max(prec, 1);
                }
                addDot0 = dot0;
                break;
            case 'e': case 'E':
                mode = 'e';
                prec = prec < 0 ? 6 : prec;
                break;
            case 'f': case 'F': case '%':
                mode = 'f';
                prec = prec < 0 ? 6 : prec;
                break;
            default: // g G n
                mode = 'g';
                prec = prec < 0 ? 6 : Math.max(prec, 1);
                break;
        }
        if (mode == 'f') {
            long n = FixedDecimal.roundScaled(a, prec);
            if (n >= 0) {
                return fixed(p, n, prec, alt);
            }
        }
        Digits dg;
        BigDecimal exact = new BigDecimal(a);
        switch (mode) {
            case 'r':
                dg = new Digits(new BigDecimal(PyRepr.floatRepr(a)));
                break;
            // A double has at most 767 significant and 1074 fractional decimal digits: rounding
            // to more changes nothing, so huge precisions only add the zeros of the layout.
            case 'e':
                dg = new Digits(exact.round(new MathContext(Math.min(prec + 1, 800), RoundingMode.HALF_EVEN)));
                break;
            case 'f':
                dg = new Digits(exact.setScale(Math.min(prec, 1100), RoundingMode.HALF_EVEN));
                break;
            default:
                dg = new Digits(exact.round(new MathContext(Math.min(prec, 800), RoundingMode.HALF_EVEN)));
                break;
        }
        String digits = dg.digits;
        int decpt = dg.decpt;
        boolean useExp;
        int fracTarget = 0;
        switch (mode) {
            case 'e':
                useExp = true;
                fracTarget = prec;
                break;
            case 'f':
                useExp = false;
                fracTarget = prec;
                break;
            case 'g':
                useExp = decpt <= -4 || decpt > (addDot0 ? prec - 1 : prec);
                if (alt) {
                    fracTarget = useExp ? prec - 1 : prec - decpt;
                }
                break;
            default:
                useExp = decpt <= -4 || decpt > 16;
                break;
        }
        int exp = 0;
        if (useExp) {
            exp = dg.isZero() ? 0 : decpt - 1;
            decpt = 1;
        }
        String intPart;
        String frac;
        if (decpt <= 0) {
            intPart = "0";
            frac = "0".repeat(-decpt) + digits;
        } else if (decpt >= digits.length()) {
            intPart = digits + "0".repeat(decpt - digits.length());
            frac = "";
        } else {
            intPart = digits.substring(0, decpt);
            frac = digits.substring(decpt);
        }
        if (frac.length() < fracTarget) {
            frac = frac + "0".repeat(fracTarget - frac.length());
        }
        if (frac.isEmpty() && addDot0 && !useExp) {
            frac = "0";
        }
        StringBuilder rest = new StringBuilder();
        if (!frac.isEmpty() || alt) {
            rest.append('.').append(frac);
        }
        if (useExp) {
            rest.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                rest.append('0');
            }
            rest.append(ae);
        }
        p.intDigits = intPart;
        p.rest = rest.toString();
        p.groupable = true;
        p.zero = dg.isZero();
        return p;
    }

    /** The 'f' layout of {@code n / 10**prec} (n already rounded): integer digits, point, fraction. */
    private static Part fixed(Part p, long n, int prec, boolean alt) {
        long scale = FixedDecimal.pow10(prec);
        p.intDigits = Long.toString(n / scale);
        if (prec > 0) {
            String frac = Long.toString(n % scale);
            p.rest = "." + "0".repeat(prec - frac.length()) + frac;
        } else {
            p.rest = alt ? "." : "";
        }
        p.groupable = true;
        p.zero = n == 0;
        return p;
    }

    /** {@code format(complex, spec)}: both parts by the float rules, the imaginary sign always shown. */
    static String formatComplex(double re, double im, String spec, String typeName) {
        try {
            return formatComplexSpec(re, im, IntFormat.parse(spec, typeName), typeName);
        } catch (OutOfMemoryError e) {
            throw IntFormat.outOfMemory();
        }
    }

    private static String formatComplexSpec(double re, double im, FormatSpec f, String typeName) {
        char type = f.type;
        switch (type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw IntFormat.unknownCode(type, typeName);
        }
        if (f.fillCp == '0') {
            throw PyExc.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw PyExc.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        boolean skipRe = type == 0 && re == 0.0 && 1 / re > 0;
        boolean parens = type == 0 && !skipRe;
        StringBuilder body = new StringBuilder();
        if (parens) {
            body.append('(');
        }
        if (!skipRe) {
            boolean neg = re < 0 || (re == 0.0 && 1 / re < 0);
            Part p = part(Math.abs(re), type, f.precision, f.alternate, false);
            if (neg && f.zeroCoerce && p.zero) {
                neg = false;
            }
            body.append(IntFormat.signOf(f, neg)).append(groupedPart(f, p));
        }
        boolean negIm = im < 0 || (im == 0.0 && 1 / im < 0);
        Part q = part(Math.abs(im), type, f.precision, f.alternate, false);
        if (negIm && f.zeroCoerce && q.zero) {
            negIm = false;
        }
        body.append(negIm ? "-" : skipRe ? IntFormat.signOf(f, false) : "+").append(groupedPart(f, q)).append('j');
        if (parens) {
            body.append(')');
        }
        FormatSpec whole = f;
        return IntFormat.assemble(whole, "", "", "", body.toString(), 0);
    }

    private static String groupedPart(FormatSpec f, Part p) {
        String digits = p.groupable && f.grouping != 0 ? IntFormat.group(p.intDigits, f.grouping, 3) : p.intDigits;
        return digits + p.rest;
    }
}
