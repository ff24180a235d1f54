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
        if (a.big == null && b.big == null && Math.abs(a.value) < (1L << 53) && Math.abs(b.value) < (1L << 53)) {
            return new PyFloat((double) a.value / (double) b.value);
        }
        // Correctly rounded quotient of two big integers.
        java.math.BigDecimal q = new java.math.BigDecimal(a.bigValue())
                .divide(new java.math.BigDecimal(b.bigValue()), java.math.MathContext.DECIMAL128);
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyExc.overflowError("integer division result too large for a float");
        }
        return new PyFloat(d);
    }

    static PyObject pow(PyLong a, PyLong b) {
        if (b.signum() < 0) {
            if (a.signum() == 0) {
                throw PyExc.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(Math.pow(a.doubleValue(), b.doubleValue()));
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
        if (e > Integer.MAX_VALUE) {
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

    /** {@code int(s, base)} with CPython's rules: whitespace, sign, prefixes, single underscores. */
    public static PyLong parse(String s, int base, PyObject original) {
        String t = s.strip();
        int i = 0;
        boolean neg = false;
        if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            neg = t.charAt(i) == '-';
            i++;
        }
        int b = base;
        if (i + 1 < t.length() && t.charAt(i) == '0') {
            char p = Character.toLowerCase(t.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                b = pb;
                i += 2;
                if (i < t.length() && t.charAt(i) == '_') {
                    i++;
                }
            }
        }
        if (b == 0) {
            b = 10;
            // base 0 forbids leading zeros in non-zero decimals
            String digits = t.substring(i).replace("_", "");
            if (digits.length() > 1 && digits.charAt(0) == '0' && !digits.matches("0+")) {
                throw invalidLiteral(base, original);
            }
        }
        StringBuilder sb = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    throw invalidLiteral(base, original);
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0) {
                throw invalidLiteral(base, original);
            }
            sb.append(c);
            lastUnderscore = false;
        }
        if (sb.length() == 0 || lastUnderscore) {
            throw invalidLiteral(base, original);
        }
        if (sb.length() > 4300 && b != 2 && b != 4 && b != 8 && b != 16 && b != 32) {
            throw PyExc.valueError("Exceeds the limit (4300 digits) for integer string conversion: value has "
                    + sb.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = new BigInteger(sb.toString(), b);
        return of(neg ? v.negate() : v);
    }

    private static PyException invalidLiteral(int base, PyObject original) {
        return PyExc.valueError("invalid literal for int() with base " + base + ": " + Abstract.repr(original).value);
    }

    /** A Python int from a Java-side BigInteger constant. */
    public static PyLong fromConstant(BigInteger v) {
        return of(v);
    }
}
