package org.taipan.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The format-spec mini-language ({@code [[fill]align][sign][z][#][0][width][,|_][.precision][type]})
 * for int, float and str, as used by {@code format()}, {@code str.format} and f-strings.
 */
public final class FormatSpec {
    char fill = ' ';
    char align = 0;
    char sign = '-';
    boolean alternate;
    int width = -1;
    char grouping = 0;
    int precision = -1;
    char type = 0;
    /** The fill as a code point (a non-BMP fill does not fit {@link #fill}). */
    int fillCp = ' ';
    /** True when the spec names a fill character or an alignment explicitly (not implied by '0'). */
    boolean alignGiven;
    /** True when a sign character ('+', '-' or ' ') was written. */
    boolean signGiven;
    /** The 'z' option (coerce negative zero). */
    boolean zeroCoerce;
    /** The '0' option before the width. */
    boolean zeroPad;

    private FormatSpec() {
    }

    int fillCodePoint() {
        return fillCp;
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * Parses {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]} with CPython's
     * messages. A '0' without an explicit alignment sets fill '0' and alignment '=' (the numeric
     * default); {@link #alignGiven} tells the str formatter that the alignment was only implied.
     */
    static FormatSpec parse(String s, String typeName) {
        FormatSpec f = new FormatSpec();
        int i = 0;
        int n = s.length();
        boolean fillGiven = false;
        if (n > 0) {
            int c0 = s.codePointAt(0);
            int l0 = Character.charCount(c0);
            if (n > l0 && isAlign(s.charAt(l0))) {
                f.fillCp = c0;
                f.fill = c0 < 0x10000 ? (char) c0 : ' ';
                f.align = s.charAt(l0);
                fillGiven = true;
                i = l0 + 1;
            } else if (isAlign(s.charAt(0))) {
                f.align = s.charAt(0);
                i = 1;
            }
        }
        f.alignGiven = f.align != 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == ' ')) {
            f.sign = s.charAt(i++);
            f.signGiven = true;
        }
        if (i < n && s.charAt(i) == 'z') {
            f.zeroCoerce = true;
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            f.alternate = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            f.zeroPad = true;
            if (!fillGiven) {
                f.fill = '0';
                f.fillCp = '0';
            }
            if (f.align == 0) {
                f.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i > start) {
            f.width = digits(s, start, i);
        }
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            f.grouping = s.charAt(i++);
            if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
                if (s.charAt(i) != f.grouping) {
                    throw PyExc.valueError("Cannot specify both ',' and '_'.");
                }
                throw PyExc.valueError("Cannot specify '" + f.grouping + "' with '" + f.grouping + "'.");
            }
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == start) {
                throw PyExc.valueError("Format specifier missing precision");
            }
            f.precision = digits(s, start, i);
        }
        if (n - i > 1) {
            throw PyExc.valueError("Invalid format specifier '" + s + "' for object of type '" + typeName + "'");
        }
        if (i < n) {
            f.type = s.charAt(i);
        }
        if (f.grouping != 0) {
            // PEP 378 / PEP 515: ',' only with decimal and float types; '_' also with b, o, x, X.
            switch (f.type) {
                case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'F': case 'G': case '%':
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (f.grouping == '_') {
                        break;
                    }
                    throw PyExc.valueError("Cannot specify ',' with '" + f.type + "'.");
                default:
                    throw PyExc.valueError("Cannot specify '" + f.grouping + "' with '" + f.type + "'.");
            }
        }
        return f;
    }

    private static int digits(String s, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (s.charAt(k) - '0');
            if (v > Integer.MAX_VALUE) {
                throw PyExc.valueError("Too many decimal digits in format string");
            }
        }
        return (int) v;
    }

    private String pad(String sign, String body, char defaultAlign) {
        char a = align == 0 ? defaultAlign : align;
        int len = sign.length() + body.codePointCount(0, body.length());
        if (width <= len) {
            return sign + body;
        }
        String fillStr = String.valueOf(fill).repeat(width - len);
        switch (a) {
            case '<': return sign + body + fillStr;
            case '^': {
                int left = (width - len) / 2;
                return String.valueOf(fill).repeat(left) + sign + body + String.valueOf(fill).repeat(width - len - left);
            }
            case '=': return sign + fillStr + body;
            default: return fillStr + sign + body;
        }
    }

    /** {@code format(int, spec)} (also bin/oct/hex and %-formatting); see {@link IntFormat}. */
    public static String formatInt(PyLong v, String spec) {
        return spec.isEmpty() ? v.toDecimalString() : IntFormat.format(v, spec, "int");
    }

    /** {@code format(float, spec)} (also %-formatting); see {@link FloatFormat}. */
    public static String formatFloat(double d, String spec) {
        return spec.isEmpty() ? PyFloat.repr(d) : FloatFormat.format(d, spec, "float");
    }

    /** {@code format(s, spec)} for a str (the str formatting itself lives with str, in {@code StrMethods}). */
    public static String formatStr(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        return StrMethods.formatStr(PyUnicode.of(s), spec);
    }
}
