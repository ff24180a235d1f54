package org.taipan.objects;

import java.math.BigInteger;
import org.taipan.compile.BinaryOp;

/**
 * {@code int}: a {@code long} fast path that overflows into {@link BigInteger}; values in
 * [-5, 256] are cached like CPython's small ints. Division and modulo floor like Python's;
 * {@code hash()} is CPython's (value modulo 2**61-1, -1 mapped to -2).
 */
public class PyLong extends PyObject {
    public static PyType TYPE;
    private static final PyLong[] SMALL = new PyLong[262];
    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyLong(i - 5);
        }
    }
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    static final long HASH_MODULUS = (1L << 61) - 1;

    /**
     * {@code sys.get_int_max_str_digits()}: the limit on decimal digits in int/str conversions
     * (CVE-2020-10735); 0 means no limit. Power-of-two bases are never limited.
     */
    static volatile int maxStrDigits = 4300;
    /** {@code sys.int_info.str_digits_check_threshold}: below it the limit is never checked. */
    public static final int STR_DIGITS_CHECK_THRESHOLD = 640;
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    /** The value when {@link #big} is null. */
    final long value;
    /** The value when it does not fit in a long; null otherwise. */
    final BigInteger big;

    PyLong(long value) {
        this.value = value;
        this.big = null;
    }

    PyLong(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    /** A copy of {@code v}'s value in its normal form (for subclass instances). */
    PyLong(PyLong v) {
        this.value = v.value;
        this.big = v.big;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public static PyLong of(long v) {
        if (v >= -5 && v <= 256) {
            return SMALL[(int) v + 5];
        }
        return new PyLong(v);
    }

    public static PyLong of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyLong(v);
    }

    public boolean fitsLong() {
        return big == null;
    }

    public boolean fitsInt() {
        return big == null && value == (int) value;
    }

    public long longValue() {
        return big == null ? value : big.longValue();
    }

    public int intValue() {
        return (int) longValue();
    }

    /** The value as a Java long, raising OverflowError like CPython's PyLong_AsLong. */
    public long asLongExact() {
        if (big != null) {
            throw PyExc.overflowError("Python int too large to convert to C long");
        }
        return value;
    }

    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    public double doubleValue() {
        if (big == null) {
            return (double) value;
        }
        if (big.bitLength() > 1024) {
            throw PyExc.overflowError("int too large to convert to float");
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyExc.overflowError("int too large to convert to float");
        }
        return d;
    }

    public int compareTo(PyLong o) {
        if (big == null && o.big == null) {
            return Long.compare(value, o.value);
        }
        return bigValue().compareTo(o.bigValue());
    }

    /** CPython's int hash: modular reduction by the Mersenne prime 2**61-1, keeping the sign. */
    public long pyHash() {
        long h;
        if (big == null) {
            if (value >= 0) {
                h = value % HASH_MODULUS;
            } else {
                h = -((-(value + 1) % HASH_MODULUS + 1) % HASH_MODULUS);
                if (value == Long.MIN_VALUE) {
                    h = -(BigInteger.valueOf(value).negate().mod(BigInteger.valueOf(HASH_MODULUS)).longValue());
                }
            }
        } else {
            long m = big.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
            h = big.signum() < 0 ? -m : m;
        }
        return h == -1 ? -2 : h;
    }

    @Override
    public String toString() {
        return big != null ? big.toString() : Long.toString(value);
    }

    /** {@code str(int)}: the decimal digits, refusing values over the int/str digit limit like CPython. */
    public String toDecimalString() {
        if (big == null) {
            return Long.toString(value);
        }
        int limit = maxStrDigits;
        // A cheap lower bound on the digit count (bits * log10(2)) before the real conversion.
        if (limit > 0 && (long) ((big.bitLength() - 1) * 0.30102999566398120) + 1 > limit) {
            throw PyExc.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        String s = big.toString();
        if (limit > 0 && s.length() - (big.signum() < 0 ? 1 : 0) > limit) {
            throw PyExc.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }

    public static int getMaxStrDigits() {
        return maxStrDigits;
    }

    /** {@code sys.set_int_max_str_digits(n)}: 0 (no limit) or at least the check threshold. */
    public static void setMaxStrDigits(long n) {
        if (n != 0 && n < STR_DIGITS_CHECK_THRESHOLD) {
            throw PyExc.valueError("maxdigits must be 0 or larger than " + STR_DIGITS_CHECK_THRESHOLD);
        }
        maxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
    }

    // --- arithmetic (results normalised to the long form when they fit) ---

    /** The int result of {@code a op b} for the 13 binary operators, or null if not int-valued. */
    static PyObject fastBinary(PyLong a, PyLong b, int op) {
        switch (op) {
            case 0: return add(a, b);
            case 1: return and(a, b);
            case 2: return floorDiv(a, b);
            case 3: return lshift(a, b);
            case 5: return mul(a, b);
            case 6: return mod(a, b);
            case 7: return or(a, b);
            case 8: return pow(a, b);
            case 9: return rshift(a, b);
            case 10: return sub(a, b);
            case 11: return trueDiv(a, b);
            case 12: return xor(a, b);
            default: return null;
        }
    }

    static PyLong add(PyLong a, PyLong b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(a.bigValue().add(b.bigValue()));
    }

    static PyLong sub(PyLong a, PyLong b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(a.bigValue().subtract(b.bigValue()));
    }

    /** The largest result BigInteger can hold, with room to spare; beyond it Python sees MemoryError. */
    private static final long MAX_BITS = Integer.MAX_VALUE - 1024;

    private static int bitLengthOf(PyLong v) {
        return v.big == null ? 64 - Long.numberOfLeadingZeros(v.value < 0 ? ~v.value : v.value) : v.big.bitLength();
    }

    /**
     * The evaluation loop's inline path for BINARY_OP on two exact ints that fit a machine word
     * ({@code op} a {@link BinaryOp} ordinal, in-place forms included): +, -, *, &amp;, |, ^ and
     * nonzero // and %; null when the operands or the result need the general path.
     */
    public static PyObject wordOp(PyObject a, PyObject b, int op) {
        if (a.getClass() != PyLong.class || b.getClass() != PyLong.class) {
            return null;
        }
        PyLong pa = (PyLong) a;
        PyLong pb = (PyLong) b;
        if (pa.big != null || pb.big != null) {
            return null;
        }
        long x = pa.value;
        long y = pb.value;
        long r;
        switch (op >= INPLACE_OFFSET ? op - INPLACE_OFFSET : op) {
            case 0: // +
                r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) {
                    return null;
                }
                break;
            case 10: // -
                r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) {
                    return null;
                }
                break;
            case 5: { // *
                long hi = Math.multiplyHigh(x, y);
                r = x * y;
                if ((hi != 0 || r < 0) && (hi != -1 || r >= 0)) {
                    return null;
                }
                break;
            }
            case 1: // &
                r = x & y;
                break;
            case 7: // |
                r = x | y;
                break;
            case 12: // ^
                r = x ^ y;
                break;
            case 2: // //
                if (y == 0 || (x == Long.MIN_VALUE && y == -1)) {
                    return null;
                }
                r = Math.floorDiv(x, y);
                break;
            case 6: // %
                if (y == 0 || y == -1) {
                    return null;
                }
                r = Math.floorMod(x, y);
                break;
            default:
                return null;
        }
        return of(r);
    }

    private static final int INPLACE_OFFSET = 13;

    static PyLong mul(PyLong a, PyLong b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value);
            long lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return of(lo);
            }
        }
        return of(a.bigValue().multiply(b.bigValue()));
    }

    static PyLong floorDiv(PyLong a, PyLong b) {
        if (b.signum() == 0) {
            throw PyExc.zeroDivision("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return of(q);
    }

    static PyLong mod(PyLong a, PyLong b) {
        if (b.signum() == 0) {
            throw PyExc.zeroDivision("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            return of(b.value == -1 ? 0 : Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.bigValue().mod(b.bigValue().abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b.bigValue());
        }
        return of(r);
    }

    static PyObject trueDiv(PyLong a, PyLong b) {
        if (b.signum() == 0) {
            throw PyExc.zeroDivision("division by zero");
        }
        if (a.big == null && b.big == null && Math.abs(a.value) <= (1L << 53) && Math.abs(b.value) <= (1L << 53)) {
            // Both exact as doubles: one IEEE division is correctly rounded.
            return new PyFloat((double) a.value / (double) b.value);
        }
        double q = ratioToDouble(a.bigValue(), b.bigValue());
        if (Double.isInfinite(q)) {
            throw PyExc.overflowError("integer division result too large for a float");
        }
        return new PyFloat(q);
    }

    /**
     * The correctly rounded (half-even) double nearest a/b, as CPython's true division of ints:
     * a quotient of 55+ bits with a sticky bit for the remainder, rounded once. Infinity when too large.
     */
    static double ratioToDouble(BigInteger a, BigInteger b) {
        boolean negative = a.signum() * b.signum() < 0;
        BigInteger x = a.abs();
        BigInteger y = b.abs();
        if (x.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        int e = x.bitLength() - y.bitLength(); // a/b lies in [2**(e-1), 2**(e+1))
        if (e > 1025) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double r;
        if (e >= -1021) {
            int shift = 55 - e;
            BigInteger[] qr = shift >= 0 ? x.shiftLeft(shift).divideAndRemainder(y)
                    : x.divideAndRemainder(y.shiftLeft(-shift));
            long q = qr[0].longValue();
            if (qr[1].signum() != 0) {
                q |= 1;
            }
            // q has at most 57 bits; the sticky bit makes the single rounding of (double) q exact.
            r = Math.scalb((double) q, -shift);
        } else {
            // Subnormal range: round to a multiple of 2**-1074 by hand (two guard bits plus sticky).
            BigInteger[] qr = x.shiftLeft(1076).divideAndRemainder(y);
            long q = qr[0].longValue();
            boolean sticky = qr[1].signum() != 0 || (q & 1) != 0;
            long half = q & 2;
            long m = q >> 2;
            if (half != 0 && (sticky || (m & 1) != 0)) {
                m++;
            }
            r = Math.scalb((double) m, -1074);
        }
        return negative ? -r : r;
    }

    static PyObject pow(PyLong a, PyLong b) {
        if (b.signum() < 0) {
            // A negative exponent makes a float result: CPython hands both operands to float's pow.
            return FloatMethods.pow(a.doubleValue(), b.doubleValue());
        }
        if (b.big != null) {
            if (a.big == null && (a.value == 0 || a.value == 1)) {
                return a;
            }
            if (a.big == null && a.value == -1) {
                return of(b.big.testBit(0) ? -1 : 1);
            }
            throw PyExc.raise(PyExc.MemoryError, "");
        }
        long e = b.value;
        if (a.big == null) {
            long base = a.value;
            long result = 1;
            boolean overflow = false;
            long x = base;
            long n = e;
            while (n > 0) {
                if ((n & 1) != 0) {
                    long hi = Math.multiplyHigh(result, x);
                    long lo = result * x;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                n >>= 1;
                if (n > 0) {
                    long hi = Math.multiplyHigh(x, x);
                    long lo = x * x;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    x = lo;
                }
            }
            if (!overflow) {
                return of(result);
            }
        }
        // BigInteger holds at most 2**31 bits: a larger result is a MemoryError, not a Java exception.
        if (e > Integer.MAX_VALUE || (double) bitLengthOf(a) * e > MAX_BITS) {
            throw PyExc.raise(PyExc.MemoryError, "");
        }
        return of(a.bigValue().pow((int) e));
    }

    static PyObject modPow(PyLong a, PyLong b, PyLong m) {
        if (m.signum() == 0) {
            throw PyExc.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger mod = m.bigValue();
        BigInteger r;
        if (b.signum() < 0) {
            try {
                r = a.bigValue().modInverse(mod.abs()).modPow(b.bigValue().negate(), mod.abs());
            } catch (ArithmeticException ex) {
                throw PyExc.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = a.bigValue().modPow(b.bigValue(), mod.abs());
        }
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return of(r);
    }

    static PyLong lshift(PyLong a, PyLong b) {
        if (b.signum() < 0) {
            throw PyExc.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return of(0);
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            throw PyExc.overflowError("too many digits in integer");
        }
        int n = (int) b.value;
        if (a.big == null && n < 63) {
            long r = a.value << n;
            if ((r >> n) == a.value) {
                return of(r);
            }
        }
        if ((long) bitLengthOf(a) + n > MAX_BITS) {
            throw PyExc.raise(PyExc.MemoryError, "");
        }
        return of(a.bigValue().shiftLeft(n));
    }

    static PyLong rshift(PyLong a, PyLong b) {
        if (b.signum() < 0) {
            throw PyExc.valueError("negative shift count");
        }
        if (b.big != null || b.value >= 1L << 31) {
            return of(a.signum() < 0 ? -1 : 0);
        }
        int n = (int) b.value;
        if (a.big == null) {
            return of(n >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> n);
        }
        return of(a.big.shiftRight(n));
    }

    static PyLong and(PyLong a, PyLong b) {
        if (a.big == null && b.big == null) {
            return of(a.value & b.value);
        }
        return of(a.bigValue().and(b.bigValue()));
    }

    static PyLong or(PyLong a, PyLong b) {
        if (a.big == null && b.big == null) {
            return of(a.value | b.value);
        }
        return of(a.bigValue().or(b.bigValue()));
    }

    static PyLong xor(PyLong a, PyLong b) {
        if (a.big == null && b.big == null) {
            return of(a.value ^ b.value);
        }
        return of(a.bigValue().xor(b.bigValue()));
    }

    PyLong negate() {
        if (big == null && value != Long.MIN_VALUE) {
            return of(-value);
        }
        return of(bigValue().negate());
    }

    // --- parsing (int(str, base)) ---

    /**
     * {@code int(s, base)} with CPython's rules: surrounding whitespace, one sign, the 0x/0o/0b
     * prefix (base 0 or the matching base), single underscores between digits, no leading zeros
     * for base 0, Unicode decimal digits, and the int/str digit limit for other than power-of-two
     * bases. {@code original} is what the error message shows (a str or bytes).
     */
    public static PyLong parse(String s, int base, PyObject original) {
        s = asciiDigits(s);
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && isSpace(s.charAt(n - 1))) {
            n--;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        boolean prefixed = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                b = pb;
                i += 2;
                prefixed = true;
            }
        }
        boolean baseZeroDecimal = b == 0;
        if (b == 0) {
            b = 10;
        }
        // One pass: validate, count digits and accumulate in a long while it cannot overflow.
        int start = i;
        int digits = 0;
        long acc = 0;
        boolean fits = true;
        boolean lastUnderscore = !prefixed;
        boolean nonZero = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    throw invalidLiteral(base, original);
                }
                lastUnderscore = true;
                continue;
            }
            int d = digitValue(c);
            if (d < 0 || d >= b) {
                throw invalidLiteral(base, original);
            }
            if (fits) {
                if (acc > (Long.MAX_VALUE - d) / b) {
                    fits = false;
                } else {
                    acc = acc * b + d;
                }
            }
            nonZero |= d != 0;
            digits++;
            lastUnderscore = false;
        }
        if (digits == 0 || lastUnderscore) {
            throw invalidLiteral(base, original);
        }
        if (baseZeroDecimal && nonZero && digitValue(s.charAt(start)) == 0) {
            throw invalidLiteral(base, original); // int('010', 0): leading zeros are ambiguous
        }
        if (fits) {
            return of(neg ? -acc : acc);
        }
        int limit = maxStrDigits;
        if (limit > 0 && digits > limit && Integer.bitCount(b) != 1) {
            throw PyExc.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        StringBuilder sb = new StringBuilder(digits + 1);
        if (neg) {
            sb.append('-');
        }
        for (int k = start; k < n; k++) {
            char c = s.charAt(k);
            if (c != '_') {
                sb.append(Character.forDigit(digitValue(c), b));
            }
        }
        return of(new BigInteger(sb.toString(), b));
    }

    /**
     * The text with every Unicode decimal digit made its ASCII digit, by code point, so digits
     * outside the BMP (surrogate pairs in Java) count as one digit each, as CPython does.
     */
    static String asciiDigits(String s) {
        boolean supplementary = false;
        for (int k = 0; k < s.length() && !supplementary; k++) {
            supplementary = Character.isSurrogate(s.charAt(k));
        }
        if (!supplementary) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp > 0xFFFF && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** A digit's value: ASCII digits and letters, or any Unicode decimal digit; -1 otherwise. */
    private static int digitValue(char c) {
        if (c < 128) {
            if (c >= '0' && c <= '9') {
                return c - '0';
            }
            char l = (char) (c | 0x20);
            return l >= 'a' && l <= 'z' ? l - 'a' + 10 : -1;
        }
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
    }

    /** Python's {@code str.isspace} for the characters int() and float() strip. */
    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f) || c == 0x85
                || (c > 127 && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
    }

    private static PyException invalidLiteral(int base, PyObject original) {
        String r = Abstract.repr(original).value;
        if (r.codePointCount(0, r.length()) > 200) {
            r = r.substring(0, r.offsetByCodePoints(0, 200));
        }
        return PyExc.valueError("invalid literal for int() with base " + base + ": " + r);
    }

    /** A Python int from a Java-side BigInteger constant. */
    public static PyLong fromConstant(BigInteger v) {
        return of(v);
    }

    /** An int subclass instance created in Python ({@code class I(int)}). */
    static final class Derived extends PyLong {
        private final PyType type;
        private final PyDict dict;

        Derived(PyType type, PyLong v) {
            super(v);
            this.type = type;
            this.dict = type.instancesHaveDict ? new PyDict() : null;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }
    }
}
