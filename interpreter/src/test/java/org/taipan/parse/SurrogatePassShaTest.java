package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SurrogatePassShaTest {
    @Test
    void matchesPythonSurrogatepassEncoding() {
        // hashlib.sha256(s.encode('utf-8', 'surrogatepass')).hexdigest()[:16] in CPython 3.11
        assertEquals("ba7816bf8f01cfea", SurrogatePassSha.ofText("abc"));
        assertEquals("f8a17e768a4d71df",
                SurrogatePassSha.ofText("h\u00e9llo \u20ac \uD83D\uDE00 x\uDC80y\uD800"));
    }

    @Test
    void hashesLongTextAcrossBufferBoundaries() {
        // hashlib.sha256(('\u20ac' * 10000).encode()).hexdigest()[:16]
        assertEquals("8abd76099fa94bb6", SurrogatePassSha.ofText("\u20ac".repeat(10000)));
    }
}
