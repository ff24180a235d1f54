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

    public static String formatInt(PyLong v, String spec) {
        if (spec.isEmpty()) {
            return v.toString();
        }
        FormatSpec f = parse(spec, "int");
        if (f.type == 'e' || f.type == 'E' || f.type == 'f' || f.type == 'F' || f.type == 'g' || f.type == 'G' || f.type == '%') {
            return formatFloat(v.doubleValue(), spec);
        }
        if (f.precision >= 0) {
            throw PyExc.valueError("Precision not allowed in integer format specifier");
        }
        BigInteger b = v.bigValue();
        String sign = b.signum() < 0 ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
        b = b.abs();
        String digits;
        String prefix = "";
        switch (f.type) {
            case 'x': digits = b.toString(16); prefix = "0x"; break;
            case 'X': digits = b.toString(16).toUpperCase(); prefix = "0X"; break;
            case 'o': digits = b.toString(8); prefix = "0o"; break;
            case 'b': digits = b.toString(2); prefix = "0b"; break;
            case 'c': return f.pad("", new String(Character.toChars(b.intValue())), '<');
            case 'd': case 'n': case 0: digits = b.toString(); break;
            default:
                throw PyExc.valueError("Unknown format code '" + f.type + "' for object of type 'int'");
        }
        if (f.grouping != 0) {
            digits = group(digits, f.grouping, f.type == 0 || f.type == 'd' || f.type == 'n' ? 3 : 4);
        }
        if (f.alternate) {
            sign = sign + prefix;
        }
        return f.pad(sign, digits, '>');
    }

    public static String formatFloat(double d, String spec) {
        if (spec.isEmpty()) {
            return PyFloat.repr(d);
        }
        FormatSpec f = parse(spec, "float");
        boolean neg = d < 0 || (d == 0.0 && 1 / d < 0);
        String sign = neg ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
        double a = Math.abs(d);
        String body;
        int p = f.precision < 0 ? 6 : f.precision;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (Character.isUpperCase(f.type)) {
                body = body.toUpperCase();
            }
            if (Double.isNaN(d)) {
                sign = f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
            }
            return f.pad(sign, body, '>');
        }
        switch (f.type) {
            case 'f': case 'F':
                body = new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
                break;
            case '%':
                body = new BigDecimal(a).multiply(BigDecimal.valueOf(100)).setScale(p, RoundingMode.HALF_EVEN).toPlainString() + "%";
                break;
            case 'e': case 'E':
                body = expFormat(a, p, f.type);
                break;
            case 'g': case 'G': case 0:
                if (f.type == 0 && f.precision < 0) {
                    body = PyFloat.repr(a);
                } else {
                    body = generalFormat(a, f.precision < 0 ? (f.type == 0 ? 12 : 6) : Math.max(p, 1), f.alternate, f.type == 'G');
                    if (f.type == 0 && !body.contains(".") && !body.contains("e") && !body.contains("inf")) {
                        body = body + ".0";
                    }
                }
                break;
            default:
                throw PyExc.valueError("Unknown format code '" + f.type + "' for object of type 'float'");
        }
        if (f.grouping != 0) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : body.length();
            int e = body.indexOf('e');
            if (dot < 0 && e >= 0) {
                end = e;
            }
            body = group(body.substring(0, end), f.grouping, 3) + body.substring(end);
        }
        return f.pad(sign, body, '>');
    }

    private static String expFormat(double a, int p, char type) {
        String s;
        if (a == 0.0) {
            s = (p > 0 ? "0." + "0".repeat(p) : "0") + "e+00";
        } else {
            BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(p + 1, RoundingMode.HALF_EVEN));
            int exp = bd.precision() - bd.scale() - 1;
            String digits = bd.unscaledValue().toString();
            while (digits.length() < p + 1) {
                digits = digits + "0";
            }
            digits = digits.substring(0, p + 1);
            s = digits.charAt(0) + (p > 0 ? "." + digits.substring(1) : "") + "e" + (exp < 0 ? "-" : "+")
                    + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return type == 'E' ? s.toUpperCase() : s;
    }

    private static String generalFormat(double a, int p, boolean alternate, boolean upper) {
        if (a == 0.0) {
            return alternate ? "0." + "0".repeat(p - 1) : "0";
        }
        BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
        int exp = bd.precision() - bd.scale() - 1;
        String s;
        if (exp >= -4 && exp < p) {
            s = bd.setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
            if (!alternate && s.contains(".")) {
                s = s.replaceAll("0+$", "");
                if (s.endsWith(".")) {
                    s = s.substring(0, s.length() - 1);
                }
            }
        } else {
            s = expFormat(a, p - 1, 'e');
            if (!alternate) {
                int e = s.indexOf('e');
                String mant = s.substring(0, e);
                if (mant.contains(".")) {
                    mant = mant.replaceAll("0+$", "");
                    if (mant.endsWith(".")) {
                        mant = mant.substring(0, mant.length() - 1);
                    }
                }
                s = mant + s.substring(e);
            }
        }
        return upper ? s.toUpperCase() : s;
    }

    /** {@code format(s, spec)} for a str (the str formatting itself lives with str, in {@code StrMethods}). */
    public static String formatStr(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        return StrMethods.formatStr(PyUnicode.of(s), spec);
    }
}
