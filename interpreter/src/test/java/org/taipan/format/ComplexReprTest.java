package org.taipan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ComplexReprTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;
    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    @Test
    void matchesPython() {
        // Expectations from python3 (CPython 3.11.7) repr(complex(real, imag)).
        assertEquals("1j", ComplexRepr.repr(0, 1));
        assertEquals("(1+2j)", ComplexRepr.repr(1, 2));
        assertEquals("(-0-0j)", ComplexRepr.repr(-0.0, -0.0)); // -0j
        assertEquals("(-0-1j)", ComplexRepr.repr(-0.0, -1));
        assertEquals("-0j", ComplexRepr.repr(0.0, -0.0));
        assertEquals("(-0+0j)", ComplexRepr.repr(-0.0, 0.0));
        assertEquals("0j", ComplexRepr.repr(0.0, 0.0));
        assertEquals("infj", ComplexRepr.repr(0, INF));
        assertEquals("-infj", ComplexRepr.repr(0, -INF));
        assertEquals("nanj", ComplexRepr.repr(0, NAN));
        assertEquals("nanj", ComplexRepr.repr(0, NEGATIVE_NAN));
        assertEquals("(1+nanj)", ComplexRepr.repr(1, NAN));
        assertEquals("(1+nanj)", ComplexRepr.repr(1, NEGATIVE_NAN));
        assertEquals("(inf-infj)", ComplexRepr.repr(INF, -INF));
        assertEquals("(nan+1j)", ComplexRepr.repr(NAN, 1));
        assertEquals("(1.5+1e+16j)", ComplexRepr.repr(1.5, 1e16));
        assertEquals("(1e-05+2.5j)", ComplexRepr.repr(1e-5, 2.5));
        assertEquals("1e+16j", ComplexRepr.repr(0, 1e16));
        assertEquals("0.1j", ComplexRepr.repr(0, 0.1));
        assertEquals("(-1+0j)", ComplexRepr.repr(-1, 0));
        assertEquals("(-1e+300+0j)", ComplexRepr.repr(-1e300, 0));
        assertEquals("(1+2j)", PyRepr.complexRepr(1, 2));
    }
}
