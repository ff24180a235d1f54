package org.taipan.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The long fast paths of int arithmetic against BigInteger (the same operations without the
 * fast path), around the overflow boundaries, and the correct rounding of int true division.
 */
class PyLongArithmeticTest {
    private static final long[] EDGES = {0, 1, -1, 2, -2, 3, 7, -7, 255, 256, 257, -5, -6, Integer.MAX_VALUE,
        Integer.MIN_VALUE, 1L << 31, 1L << 32, (1L << 53) + 1, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1,
        Long.MIN_VALUE + 1, 3037000499L, 3037000500L, -3037000500L, 1L << 62, -(1L << 62)};

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static void check(long x, long y) {
        PyLong a = PyLong.of(x);
        PyLong b = PyLong.of(y);
        BigInteger bx = BigInteger.valueOf(x);
        BigInteger by = BigInteger.valueOf(y);
        String ctx = x + ", " + y;
        assertEquals(bx.add(by), PyLong.add(a, b).bigValue(), ctx);
        assertEquals(bx.subtract(by), PyLong.sub(a, b).bigValue(), ctx);
        assertEquals(bx.multiply(by), PyLong.mul(a, b).bigValue(), ctx);
        assertEquals(bx.and(by), PyLong.and(a, b).bigValue(), ctx);
        assertEquals(bx.or(by), PyLong.or(a, b).bigValue(), ctx);
        assertEquals(bx.xor(by), PyLong.xor(a, b).bigValue(), ctx);
        if (y != 0) {
            BigInteger q = floorDiv(bx, by);
            assertEquals(q, PyLong.floorDiv(a, b).bigValue(), ctx);
            assertEquals(bx.subtract(q.multiply(by)), PyLong.mod(a, b).bigValue(), ctx);
        }
        // Results that fit a long are in the long form (so the fast paths stay in use).
        PyLong s = PyLong.add(a, b);
        assertEquals(s.bigValue().bitLength() < 64, s.fitsLong(), ctx);
    }

    @Test
    void fastPathsAgreeWithBigInteger() {
        for (long x : EDGES) {
            for (long y : EDGES) {
                check(x, y);
            }
        }
        Random r = new Random(11);
        for (int i = 0; i < 20000; i++) {
            check(r.nextLong() >> r.nextInt(64), r.nextLong() >> r.nextInt(64));
        }
    }

    @Test
    void shiftsAndPowers() {
        Random r = new Random(5);
        for (int i = 0; i < 3000; i++) {
            long x = r.nextLong() >> r.nextInt(64);
            int n = r.nextInt(130);
            assertEquals(BigInteger.valueOf(x).shiftLeft(n), PyLong.lshift(PyLong.of(x), PyLong.of(n)).bigValue());
            assertEquals(BigInteger.valueOf(x).shiftRight(n), PyLong.rshift(PyLong.of(x), PyLong.of(n)).bigValue());
            int e = r.nextInt(40);
            long base = r.nextInt(2001) - 1000;
            assertEquals(BigInteger.valueOf(base).pow(e), ((PyLong) PyLong.pow(PyLong.of(base), PyLong.of(e))).bigValue());
        }
    }

    /** r is the correctly rounded a/b: |a/b - r| <= ulp(r)/2, with ties to an even significand. */
    private static void checkRatio(BigInteger a, BigInteger b) {
        double r = PyLong.ratioToDouble(a, b);
        BigDecimal exact = new BigDecimal(a);
        BigDecimal rb = new BigDecimal(r).multiply(new BigDecimal(b));
        BigDecimal err = exact.subtract(rb).abs();
        BigDecimal halfUlp = new BigDecimal(Math.ulp(r)).multiply(new BigDecimal(b).abs()).divide(BigDecimal.valueOf(2));
        int c = err.compareTo(halfUlp);
        assertTrue(c < 0 || (c == 0 && (Double.doubleToRawLongBits(r) & 1) == 0), a + " / " + b + " -> " + r);
    }

    @Test
    void trueDivisionIsCorrectlyRounded() {
        Random r = new Random(3);
        for (int i = 0; i < 3000; i++) {
            BigInteger a = new BigInteger(1 + r.nextInt(300), r);
            BigInteger b = new BigInteger(1 + r.nextInt(300), r).add(BigInteger.ONE);
            if (r.nextBoolean()) {
                a = a.negate();
            }
            checkRatio(a, b);
        }
        // Halfway cases and the subnormal range.
        BigInteger two53 = BigInteger.ONE.shiftLeft(53);
        checkRatio(two53.add(BigInteger.ONE), BigInteger.ONE);
        checkRatio(two53.add(BigInteger.valueOf(3)), BigInteger.ONE);
        checkRatio(BigInteger.ONE, BigInteger.ONE.shiftLeft(1074));
        checkRatio(BigInteger.ONE, BigInteger.ONE.shiftLeft(1075));
        checkRatio(BigInteger.valueOf(3), BigInteger.ONE.shiftLeft(1076));
        checkRatio(BigInteger.valueOf(7), BigInteger.ONE.shiftLeft(1060).multiply(BigInteger.valueOf(3)));
        for (int i = 0; i < 2000; i++) {
            BigInteger b = new BigInteger(1040 + r.nextInt(60), r).setBit(1039);
            checkRatio(new BigInteger(1 + r.nextInt(20), r).add(BigInteger.ONE), b);
        }
        assertEquals(Double.POSITIVE_INFINITY, PyLong.ratioToDouble(BigInteger.TEN.pow(400), BigInteger.ONE));
        assertEquals(0.0, PyLong.ratioToDouble(BigInteger.ONE, BigInteger.TEN.pow(400)));
    }

    @Test
    void parseAgreesWithBigInteger() {
        Random r = new Random(9);
        for (int i = 0; i < 3000; i++) {
            int base = 2 + r.nextInt(35);
            BigInteger v = new BigInteger(1 + r.nextInt(200), r);
            if (r.nextBoolean()) {
                v = v.negate();
            }
            String s = v.toString(base);
            assertEquals(v, PyLong.parse(s, base, PyUnicode.of(s)).bigValue(), s + " base " + base);
        }
    }

    @Test
    void hashIsReductionModuloMersennePrime() {
        BigInteger m = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);
        Random r = new Random(1);
        for (int i = 0; i < 3000; i++) {
            BigInteger v = new BigInteger(1 + r.nextInt(200), r);
            if (r.nextBoolean()) {
                v = v.negate();
            }
            long h = v.abs().mod(m).longValue() * v.signum();
            assertEquals(h == -1 ? -2 : h, PyLong.of(v).pyHash(), v.toString());
        }
        for (long x : EDGES) {
            BigInteger v = BigInteger.valueOf(x);
            long h = v.abs().mod(m).longValue() * v.signum();
            assertEquals(h == -1 ? -2 : h, PyLong.of(x).pyHash(), Long.toString(x));
        }
    }
}
