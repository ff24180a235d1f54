package org.taipan.format;

import java.math.BigInteger;

/**
 * Finds the shortest decimal that rounds back to a given double, and among several of that length
 * the one closest to it: the digits Python's {@code repr(float)} prints.
 *
 * <p>Java 17's {@code Double.toString} is not always shortest, so we carry our own implementation
 * of the Schubfach algorithm (R. Giulietti, "The Schubfach way to render doubles", 2020): the
 * rounding interval of the double is scaled by a 126-bit approximation of a power of ten so that
 * only a handful of 64-bit multiplications decide which of at most four candidates is the answer.
 * Unlike Java's own rendering we never insist on two digits, which is what Python wants.
 *
 * <p>A result is returned as a {@code long} significand and an {@code int} exponent through a small
 * mutable holder so that the hot path allocates nothing.
 */
final class ShortestDecimal {
    private static final int SIGNIFICAND_BITS = 53;
    /** Exponent of the least significant bit of subnormals. */
    private static final int Q_MIN = -1074;
    /** Smallest significand of a normal double. */
    private static final long C_MIN = 1L << (SIGNIFICAND_BITS - 1);
    /** Subnormal significands below this are scaled by ten first so the candidates keep enough digits. */
    private static final long C_TINY = 3;
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;
    private static final long MASK_63 = (1L << 63) - 1;

    /**
     * For each k in [K_MIN, K_MAX], the 126-bit over-approximation g of 10^(-k), as g = floor(10^(-k)
     * 2^(125 - floor(log2 10^(-k)))) + 1, split into its high 63 bits and low 63 bits.
     */
    private static final long[] G_HIGH = new long[K_MAX - K_MIN + 1];
    private static final long[] G_LOW = new long[K_MAX - K_MIN + 1];

    static {
        BigInteger mask63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        for (int k = K_MIN; k <= K_MAX; k++) {
            int e = -k;
            int shift = 125 - floorLog2Pow10(e);
            BigInteger g;
            if (e >= 0) {
                BigInteger pow = BigInteger.TEN.pow(e);
                g = shift >= 0 ? pow.shiftLeft(shift) : pow.shiftRight(-shift);
            } else {
                // floor(2^shift / 10^-e); shift is positive here because 10^e < 1
                g = BigInteger.ONE.shiftLeft(shift).divide(BigInteger.TEN.pow(-e));
            }
            g = g.add(BigInteger.ONE);
            G_HIGH[k - K_MIN] = g.shiftRight(63).longValueExact();
            G_LOW[k - K_MIN] = g.and(mask63).longValueExact();
        }
    }

    /** Decimal significand of the last result (no trailing zeros). */
    long significand;
    /** Decimal exponent of the last result: value = significand * 10^exponent. */
    int exponent;

    /** Computes the shortest decimal of a finite, strictly positive double into the fields. */
    void compute(double positiveFinite) {
        long bits = Double.doubleToRawLongBits(positiveFinite);
        long fraction = bits & (C_MIN - 1);
        int biasedExponent = (int) (bits >>> 52) & 0x7ff;
        if (biasedExponent != 0) {
            decimal(biasedExponent - 1075, C_MIN | fraction, 0);
        } else if (fraction < C_TINY) {
            decimal(Q_MIN, 10 * fraction, -1);
        } else {
            decimal(Q_MIN, fraction, 0);
        }
        while (significand % 10 == 0) {
            significand /= 10;
            exponent++;
        }
    }

    /** The value is c * 2^q; dk corrects the decimal exponent when c was pre-scaled by ten. */
    private void decimal(int q, long c, int dk) {
        long out = c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = floorLog10Pow2(q);
        } else {
            // Just above a power of two the gap below is half the gap above.
            cbl = cb - 1;
            k = floorLog10ThreeQuartersPow2(q);
        }
        int h = q + floorLog2Pow10(-k) + 2;
        long gHigh = G_HIGH[k - K_MIN];
        long gLow = G_LOW[k - K_MIN];
        // vb, vbl, vbr: 4 * v, 4 * lower bound, 4 * upper bound, all times 10^-k, rounded to odd.
        long vb = roundToOddProduct(gHigh, gLow, cb << h);
        long vbl = roundToOddProduct(gHigh, gLow, cbl << h);
        long vbr = roundToOddProduct(gHigh, gLow, cbr << h);

        long s = vb >> 2;
        // First try the multiples of ten around v: one digit shorter (or less, after stripping zeros).
        long sp10 = 10 * Math.multiplyHigh(s, 115_292_150_460_684_698L << 4);
        long tp10 = sp10 + 10;
        boolean upIn = vbl + out <= sp10 << 2;
        boolean wpIn = (tp10 << 2) + out <= vbr;
        if (upIn != wpIn) {
            significand = upIn ? sp10 : tp10;
            exponent = k + dk;
            return;
        }
        long t = s + 1;
        boolean uIn = vbl + out <= s << 2;
        boolean wIn = (t << 2) + out <= vbr;
        if (uIn != wIn) {
            significand = uIn ? s : t;
            exponent = k + dk;
            return;
        }
        // Both neighbours round back to v: take the closer one, ties to even.
        long cmp = vb - ((s + t) << 1);
        significand = cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t;
        exponent = k + dk;
    }

    /** floor(g * cp / 2^127), with the lowest bit set when the discarded part is not zero. */
    private static long roundToOddProduct(long gHigh, long gLow, long cp) {
        long x1 = Math.multiplyHigh(gLow, cp);
        long y0 = gHigh * cp;
        long y1 = Math.multiplyHigh(gHigh, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | ((z & MASK_63) + MASK_63) >>> 63;
    }

    /** floor(q * log10(2)); exact over the exponents of doubles (checked in the tests). */
    static int floorLog10Pow2(int q) {
        return (int) ((q * 661_971_961_083L) >> 41);
    }

    /** floor(log10(3/4 * 2^q)); exact over the exponents of doubles (checked in the tests). */
    static int floorLog10ThreeQuartersPow2(int q) {
        return (int) ((q * 661_971_961_083L - 274_743_187_321L) >> 41);
    }

    /** floor(e * log2(10)); exact over the decimal exponents of doubles (checked in the tests). */
    static int floorLog2Pow10(int e) {
        return (int) ((e * 913_124_641_741L) >> 38);
    }
}
