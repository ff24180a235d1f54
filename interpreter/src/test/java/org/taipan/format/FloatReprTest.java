package org.taipan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class FloatReprTest {
    @Test
    void layoutMatchesPython() {
        // Expectations from python3 (CPython 3.11.7) repr().
        assertEquals("1.0", FloatRepr.repr(1.0));
        assertEquals("0.1", FloatRepr.repr(0.1));
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1000000000000000.0", FloatRepr.repr(1e15));
        assertEquals("1.5e-05", FloatRepr.repr(1.5e-5));
        assertEquals("0.0001", FloatRepr.repr(1e-4));
        assertEquals("1e-05", FloatRepr.repr(1e-5));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("0.0", FloatRepr.repr(0.0));
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatRepr.repr(Double.NaN));
        assertEquals("nan", FloatRepr.repr(Double.longBitsToDouble(0xfff8000000000000L)));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("1e-323", FloatRepr.repr(2 * Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatRepr.repr(Double.MAX_VALUE));
        assertEquals("2.2250738585072014e-308", FloatRepr.repr(Double.MIN_NORMAL));
        assertEquals("1e+23", FloatRepr.repr(1e23));
        assertEquals("0.002", FloatRepr.repr(2e-3));
        assertEquals("123456789.125", FloatRepr.repr(123456789.125));
        assertEquals("9007199254740992.0", FloatRepr.repr(9007199254740993.0));
        assertEquals("0.6666666666666666", FloatRepr.repr(2.0 / 3));
        assertEquals("-1e+100", FloatRepr.repr(-1e100));
        assertEquals("1.2345678901234567e+19", FloatRepr.repr(12345678901234567890.0));
    }

    @Test
    void integralValuesWithoutDotZeroForComplexParts() {
        StringBuilder out = new StringBuilder();
        FloatRepr.append(out, 100.0, false);
        out.append(' ');
        FloatRepr.append(out, 1e16, false);
        out.append(' ');
        FloatRepr.append(out, -0.0, false);
        out.append(' ');
        FloatRepr.append(out, 2.5, false);
        assertEquals("100 1e+16 -0 2.5", out.toString());
    }

    /**
     * Every line of the golden file is Python's repr of one double (see
     * tools/record_float_reprs.py); parsing it gives back that exact double because repr
     * round-trips and Double.parseDouble is correctly rounded.
     */
    @Test
    void matchesPythonOnAQuarterMillionDoubles() throws IOException {
        List<String> failures = new ArrayList<>();
        int count = 0;
        try (InputStream raw = FloatReprTest.class.getResourceAsStream("float-reprs.txt.gz");
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII))) {
            for (String expected; (expected = in.readLine()) != null; count++) {
                double d = parsePythonFloat(expected);
                String actual = FloatRepr.repr(d);
                if (!actual.equals(expected) && failures.size() < 20) {
                    failures.add(Long.toHexString(Double.doubleToRawLongBits(d)) + ": expected " + expected
                            + " got " + actual);
                }
            }
        }
        assertTrue(count > 250_000, "golden file too small: " + count);
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    private static double parsePythonFloat(String repr) {
        switch (repr) {
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                return Double.parseDouble(repr);
        }
    }

    /**
     * Independent of the goldens: for random bit patterns the digits round-trip, and neither
     * neighbouring decimal with one digit less does (so no shorter decimal can).
     */
    @Test
    void digitsRoundTripAndAreShortestForRandomBitPatterns() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261123);
        ShortestDecimal decimal = new ShortestDecimal();
        for (int i = 0; i < 100_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong() >>> 1);
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
                continue;
            }
            decimal.compute(d);
            BigDecimal exact = BigDecimal.valueOf(decimal.significand, -decimal.exponent);
            assertEquals(d, exact.doubleValue(), "round trip of " + exact);
            int digits = exact.precision();
            if (digits > 1) {
                BigDecimal value = new BigDecimal(d);
                java.math.MathContext shorter = new java.math.MathContext(digits - 1, java.math.RoundingMode.FLOOR);
                BigDecimal below = value.round(shorter);
                BigDecimal above = value.round(new java.math.MathContext(digits - 1, java.math.RoundingMode.CEILING));
                assertTrue(below.doubleValue() != d && above.doubleValue() != d, "shorter than " + exact + " exists");
            }
        }
    }

    @Test
    void logarithmApproximationsAreExactOverTheRangeUsed() {
        for (int q = -1100; q <= 1100; q++) {
            BigDecimal pow2 = q >= 0 ? new BigDecimal(BigInteger.ONE.shiftLeft(q))
                    : BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-q)));
            assertEquals(floorLog10(pow2), ShortestDecimal.floorLog10Pow2(q), "q=" + q);
            assertEquals(floorLog10(pow2.multiply(new BigDecimal("0.75"))),
                    ShortestDecimal.floorLog10ThreeQuartersPow2(q), "q=" + q);
        }
        for (int e = -400; e <= 400; e++) {
            // floor(log2(10^e)): the largest r with 2^r <= 10^e
            BigDecimal pow10 = BigDecimal.ONE.scaleByPowerOfTen(e);
            int r = (int) Math.floor(e * 3.321928094887362);
            while (pow(r).compareTo(pow10) > 0) {
                r--;
            }
            while (pow(r + 1).compareTo(pow10) <= 0) {
                r++;
            }
            assertEquals(r, ShortestDecimal.floorLog2Pow10(e), "e=" + e);
        }
    }

    private static BigDecimal pow(int r) {
        return r >= 0 ? new BigDecimal(BigInteger.ONE.shiftLeft(r))
                : BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-r)));
    }

    /** floor(log10(x)) for x > 0, exactly: precision - scale - 1 of its decimal form. */
    private static int floorLog10(BigDecimal x) {
        BigDecimal stripped = x.stripTrailingZeros();
        return stripped.precision() - stripped.scale() - 1;
    }
}
