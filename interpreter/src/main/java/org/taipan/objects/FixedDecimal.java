package org.taipan.objects;

/**
 * Exact fixed-point rounding of a double without {@code BigDecimal}: {@code format(x, '.2f')}
 * and f-strings like {@code f"{x:.3f}"} are common, and building the exact decimal expansion
 * of the double (up to 767 digits) for each of them was most of their cost.
 *
 * <p>A double is {@code m × 2**e} with {@code m < 2**53}; times {@code 10**prec} (at most
 * {@code 10**18 < 2**60}) that is a product below {@code 2**113}, kept as two longs, which a
 * right shift by {@code -e} turns into the integer part while the shifted-out bits decide the
 * rounding (half to even on the exact value, as CPython's {@code '%.*f'} does).
 */
final class FixedDecimal {
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private FixedDecimal() {
    }

    /** {@code 10**prec} for {@code 0 ≤ prec ≤ 18}. */
    static long pow10(int prec) {
        return POW10[prec];
    }

    /**
     * {@code a × 10**prec} rounded half to even, for a finite {@code a ≥ 0}; -1 when the
     * precision is above 18 or the result does not fit a long (the caller then takes the
     * general path).
     */
    static long roundScaled(double a, int prec) {
        if (prec < 0 || prec > 18 || !(a >= 0 && a < 1e18)) {
            return -1;
        }
        long bits = Double.doubleToRawLongBits(a);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long m = bits & ((1L << 52) - 1);
        int e;
        if (biased == 0) {
            e = -1074; // subnormal (or zero: m is 0 and so is the result)
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        long p = POW10[prec];
        long lo = m * p;
        long hi = Math.multiplyHigh(m, p);
        if (e >= 0) {
            // an integer: the product shifted left must stay below 2**63
            if (hi != 0 || lo < 0 || e > 62 || (lo >>> (63 - e)) != 0) {
                return -1;
            }
            return lo << e;
        }
        int s = -e;
        long q;
        int cmp; // the dropped bits against one half: -1 below, 0 equal, 1 above
        if (s < 64) {
            if ((hi >>> s) != 0) {
                return -1;
            }
            q = (hi << (64 - s)) | (lo >>> s);
            if (q < 0) {
                return -1;
            }
            long rem = lo & ((1L << s) - 1);
            long half = 1L << (s - 1);
            cmp = Long.compare(rem, half);
        } else if (s < 128) {
            int t = s - 64;
            q = t == 0 ? hi : hi >>> t;
            long remHi = t == 0 ? 0 : hi & ((1L << t) - 1);
            if (t == 0) {
                cmp = Long.compareUnsigned(lo, Long.MIN_VALUE);
            } else {
                long halfHi = 1L << (t - 1);
                cmp = remHi != halfHi ? Long.compare(remHi, halfHi) : lo != 0 ? 1 : 0;
            }
        } else {
            return 0; // the product is below 2**113, far under one half of 2**s
        }
        if (cmp > 0 || (cmp == 0 && (q & 1) != 0)) {
            q++;
        }
        return q < 0 ? -1 : q;
    }
}
