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
    /** The {@code z} flag (3.11): negative zero results are shown without their sign. */
    boolean noNegZero;
    boolean alternate;
    int width = -1;
    char grouping = 0;
    int precision = -1;
    char type = 0;

    private FormatSpec() {
    }

    static FormatSpec parse(String s, String typeName) {
        return parse(s, typeName, '<');
    }

    /**
     * Parses a spec like CPython: a fill is any character before an align; the {@code 0} flag
     * (only when no fill was given) sets the fill to '0' and, for types that align right by
     * default ({@code defaultAlign} '>'), the alignment to '='. Errors use CPython's texts.
     */
    static FormatSpec parse(String s, String typeName, char defaultAlign) {
        FormatSpec f = new FormatSpec();
        int i = 0;
        int n = s.length();
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        int firstLen = n > 0 ? Character.charCount(s.codePointAt(0)) : 0;
        if (n > firstLen && "<>=^".indexOf(s.charAt(firstLen)) >= 0) {
            f.fill = s.charAt(0);
            if (firstLen == 2) {
                f.fillCodePoint = s.codePointAt(0);
            }
            f.align = s.charAt(firstLen);
            fillSpecified = true;
            alignSpecified = true;
            i = firstLen + 1;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            f.align = s.charAt(0);
            alignSpecified = true;
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
            f.sign = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == 'z') {
            f.noNegZero = true;
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            f.alternate = true;
            i++;
        }
        if (!fillSpecified && i < n && s.charAt(i) == '0') {
            f.fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                f.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i > start) {
            f.width = decimal(s.substring(start, i));
        }
        if (i < n && s.charAt(i) == ',') {
            f.grouping = ',';
            i++;
        }
        if (i < n && s.charAt(i) == '_') {
            if (f.grouping != 0) {
                throw PyExc.valueError("Cannot specify both ',' and '_'.");
            }
            f.grouping = '_';
            i++;
        }
        if (i < n && s.charAt(i) == ',' && f.grouping == '_') {
            throw PyExc.valueError("Cannot specify both ',' and '_'.");
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
            f.precision = decimal(s.substring(start, i));
        }
        if (n - i > 1) {
            throw PyExc.valueError("Invalid format specifier '" + s + "' for object of type '" + typeName + "'");
        }
        if (i < n) {
            f.type = s.charAt(i);
        }
        if (f.grouping != 0) {
            String allowed = f.grouping == '_' ? "defgEFG%\0bxXo" : "defgEFG%\0";
            if (allowed.indexOf(f.type) < 0) {
                throw PyExc.valueError("Cannot specify '" + f.grouping + "' with '" + f.type + "'.");
            }
        }
        return f;
    }

    /** The fill as a supplementary code point when it is one; 0 otherwise. */
    int fillCodePoint;

    private static int decimal(String digits) {
        if (digits.length() > 18 || Long.parseLong(digits) > Integer.MAX_VALUE - 16) {
            throw PyExc.valueError("Too many decimal digits in format string");
        }
        return Integer.parseInt(digits);
    }

    /** The fill character as a string (one code point). */
    String fillString() {
        return fillCodePoint != 0 ? new String(Character.toChars(fillCodePoint)) : String.valueOf(fill);
    }

    private String pad(String sign, String body, char defaultAlign) {
        char a = align == 0 ? defaultAlign : align;
        int len = sign.length() + body.codePointCount(0, body.length());
        if (width <= len) {
            return sign + body;
        }
        String fillStr = fillString().repeat(width - len);
        switch (a) {
            case '<': return sign + body + fillStr;
            case '^': {
                int left = (width - len) / 2;
                return fillString().repeat(left) + sign + body + fillString().repeat(width - len - left);
            }
            case '=': return sign + fillStr + body;
            default: return fillStr + sign + body;
        }
    }

    private static String group(String digits, char sep, int every) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** {@code format(int, spec)}; see {@link IntFormat}. */
    public static String formatInt(PyLong v, String spec) {
        return spec.isEmpty() ? v.toDecimalString() : IntFormat.format(v, spec, "int");
    }

    /** {@code format(float, spec)}; see {@link FloatFormat}. */
    public static String formatFloat(double d, String spec) {
        return spec.isEmpty() ? PyFloat.repr(d) : FloatFormat.format(d, spec, "float");
    }

    public static String formatStr(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        FormatSpec f = parse(spec, "str");
        if (f.type != 0 && f.type != 's') {
            throw PyExc.valueError("Unknown format code '" + f.type + "' for object of type 'str'");
        }
        if (f.sign != '-') {
            throw PyExc.valueError("Sign not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw PyExc.valueError("'=' alignment not allowed in string format specifier");
        }
        if (f.precision >= 0 && s.codePointCount(0, s.length()) > f.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, f.precision));
        }
        return f.pad("", s, '<');
    }
}
