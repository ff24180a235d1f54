package org.taipan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrReprTest {
    @Test
    void quotesAndLetterEscapes() {
        // Expectations from python3 (CPython 3.11.7) repr().
        assertEquals("''", StrRepr.repr(""));
        assertEquals("\"'\"", StrRepr.repr("'"));
        assertEquals("'\"'", StrRepr.repr("\""));
        assertEquals("'\\'\"'", StrRepr.repr("'\""));
        assertEquals("'a\\\\b'", StrRepr.repr("a\\b"));
        assertEquals("\"it's\"", StrRepr.repr("it's"));
        assertEquals("'\\t\\n\\r\\x0b\\x0c'", StrRepr.repr("\t\n\r\u000b\u000c"));
        assertEquals("'café'", PyRepr.str("caf\u00e9"));
    }

    @Test
    void nonPrintableEscapes() {
        assertEquals("'\\x7f\\x80\\x9f\\xa0\\xadÿ'", StrRepr.repr("\u007f\u0080\u009f\u00a0\u00ad\u00ff"));
        assertEquals("'\\u2028\\u3000\\ufeff\\ue000\\U0010ffff\\U000e0001'",
                StrRepr.repr("\u2028\u3000\ufeff\ue000\udbff\udfff\udb40\udc01"));
    }

    @Test
    void surrogates() {
        // A pair is one code point; a lone surrogate is escaped like in Python.
        assertEquals("'\ud83d\ude00'", StrRepr.repr("\ud83d\ude00"));
        assertEquals("'\\ud83d'", StrRepr.repr("\ud83d"));
        assertEquals("'\\udc00x'", StrRepr.repr("\udc00x"));
        assertEquals("'x\\ud83d'", StrRepr.repr("x\ud83d"));
    }

    @Test
    void codePointsWithAdjacentSurrogates() {
        // Expectations from python3 repr() of the strs with these code points: surrogate code
        // points are escaped even when they would pair up in UTF-16.
        assertEquals("'\\ud801\\udca0'", PyRepr.str(new int[] {0xd801, 0xdca0}));
        assertEquals("\"a'\\ud801\\udca0\ud83d\ude00\\n\\x00\\\\\ud801\udca0\"",
                StrRepr.repr(new int[] {'a', '\'', 0xd801, 0xdca0, 0x1f600, '\n', 0, '\\', 0x104a0}));
        assertEquals("'\\'\"\\ud83d\\ude00'", StrRepr.repr(new int[] {'\'', '"', 0xd83d, 0xde00}));
        assertEquals("''", StrRepr.repr(new int[0]));
    }

    @Test
    void unicode14Characters() {
        // U+0890 is Cf (not printable), U+0870 and U+1FAF6 are new in Unicode 14.0, U+1FAF7 is not assigned.
        assertEquals("'\\u0890\u0870\ud83e\udef6\\U0001faf7'", StrRepr.repr("\u0890\u0870\ud83e\udef6\ud83e\udef7"));
    }

    /** The printable set over all of Unicode, as recorded from Python by tools/record_str_reprs.py. */
    @Test
    void printableMatchesPythonForEveryCodePoint() throws IOException {
        List<Integer> boundaries = new ArrayList<>();
        for (String line : readLines("printable-boundaries.txt")) {
            boundaries.add(Integer.parseInt(line, 16));
        }
        assertTrue(boundaries.size() > 1000);
        boolean expected = false;
        int next = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (next < boundaries.size() && boundaries.get(next) == cp) {
                expected = !expected;
                next++;
            }
            if (Printable.isPrintable(cp) != expected) {
                fail(String.format("U+%04X: Python says printable=%b", cp, expected));
            }
        }
    }

    /** repr(chr(cp)) for twenty thousand code points, as recorded by tools/record_str_reprs.py. */
    @Test
    void singleCharacterReprsMatchPython() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> lines = readLines("char-reprs.txt");
        assertTrue(lines.size() > 20_000);
        for (String line : lines) {
            int space = line.indexOf(' ');
            int cp = Integer.parseInt(line.substring(0, space), 16);
            String expected = line.substring(space + 1);
            String actual = StrRepr.repr(new String(Character.toChars(cp)));
            if (!actual.equals(expected) && failures.size() < 20) {
                failures.add(String.format("U+%04X: expected %s got %s", cp, expected, actual));
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    private static List<String> readLines(String resource) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                StrReprTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                lines.add(line);
            }
        }
        return lines;
    }
}
