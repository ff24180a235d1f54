package org.taipan.objects;

/**
 * {@code format(int, spec)}: the integer presentation types {@code b c d o x X n} and none, the
 * float types by conversion to float, with CPython's checks and messages; also the padding and
 * digit grouping shared with {@link FloatFormat} (zero padding that runs through the grouping).
 */
final class IntFormat {
    private IntFormat() {
    }

    static String format(PyLong v, String spec, String typeName) {
        try {
            return formatSpec(v, IntFormat.parse(spec, typeName), typeName);
        } catch (OutOfMemoryError e) {
            throw outOfMemory(); // format(5, '2147483647d'): CPython builds it; a JVM may not
        }
    }

    /** A huge width or precision: the JVM's out-of-memory error becomes Python's MemoryError. */
    static PyException outOfMemory() {
        return PyExc.raise(PyExc.MemoryError, "");
    }

    private static String formatSpec(PyLong v, FormatSpec f, String typeName) {
        switch (f.type) {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return FloatFormat.format(v.doubleValue(), f, typeName);
            case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
                break;
            default:
                throw unknownCode(f.type, typeName);
        }
        if (f.precision >= 0) {
            throw PyExc.valueError("Precision not allowed in integer format specifier");
        }
        if (f.zeroCoerce) {
            throw PyExc.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.type == 'c') {
            if (f.signGiven) {
                throw PyExc.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw PyExc.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            long cp = v.asLongExact();
            if (cp < 0 || cp > 0x10ffff) {
                throw PyExc.overflowError("%c arg not in range(0x110000)");
            }
            return assemble(f, "", "", new String(Character.toChars((int) cp)), "", 0);
        }
        int radix;
        String prefix;
        switch (f.type) {
            case 'b': radix = 2; prefix = "0b"; break;
            case 'o': radix = 8; prefix = "0o"; break;
            case 'x': radix = 16; prefix = "0x"; break;
            case 'X': radix = 16; prefix = "0X"; break;
            default: radix = 10; prefix = ""; break;
        }
        boolean negative = v.signum() < 0;
        String digits;
        if (radix == 10) {
            digits = v.toDecimalString();
            if (negative) {
                digits = digits.substring(1);
            }
        } else if (v.fitsLong() && v.longValue() != Long.MIN_VALUE) {
            digits = Long.toString(Math.abs(v.longValue()), radix);
        } else {
            digits = v.bigValue().abs().toString(radix);
        }
        if (f.type == 'X') {
            digits = digits.toUpperCase();
        }
        return assemble(f, signOf(f, negative), f.alternate ? prefix : "", digits, "", radix == 10 ? 3 : 4);
    }

    /** Parses a number's spec (FormatSpec also checks the grouping separator against the type). */
    static FormatSpec parse(String spec, String typeName) {
        return FormatSpec.parse(spec, typeName);
    }

    static PyException unknownCode(char type, String typeName) {
        return PyExc.valueError("Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }

    static String signOf(FormatSpec f, boolean negative) {
        if (negative) {
            return "-";
        }
        return f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
    }

    /**
     * sign + prefix + (grouped) integer digits + rest, padded to the width. With fill '0' and
     * '=' alignment and a grouping separator, the padding zeros are grouped too (never starting
     * with a separator), as CPython does. {@code every} 0 means the digits are not grouped.
     */
    static String assemble(FormatSpec f, String sign, String prefix, String intDigits, String rest, int every) {
        char sep = every > 0 ? f.grouping : 0;
        String grouped = sep != 0 ? group(intDigits, sep, every) : intDigits;
        int restLen = rest.codePointCount(0, rest.length());
        int len = sign.length() + prefix.length() + grouped.codePointCount(0, grouped.length()) + restLen;
        if (f.width <= len) {
            return sign + prefix + grouped + rest;
        }
        char align = f.align == 0 ? '>' : f.align;
        if (sep != 0 && align == '=' && f.fillCp == '0') {
            int target = f.width - sign.length() - prefix.length() - restLen;
            int n = intDigits.length();
            while (n + (n - 1) / every < target) {
                n++;
            }
            return sign + prefix + group("0".repeat(n - intDigits.length()) + intDigits, sep, every) + rest;
        }
        String fill = new String(Character.toChars(f.fillCp));
        int pad = f.width - len;
        switch (align) {
            case '<':
                return sign + prefix + grouped + rest + fill.repeat(pad);
            case '^':
                return fill.repeat(pad / 2) + sign + prefix + grouped + rest + fill.repeat(pad - pad / 2);
            case '=':
                return sign + prefix + fill.repeat(pad) + grouped + rest;
            default:
                return fill.repeat(pad) + sign + prefix + grouped + rest;
        }
    }

    static String group(String digits, char sep, int every) {
        int n = digits.length();
        StringBuilder sb = new StringBuilder(n + n / every);
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }
}
