package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Expectations from running each byte string as a file with {@code python3 f.py} (CPython 3.11.7). */
class SourceDecoderTest {
    private static final String F = "/tmp/f.py";

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String decode(String latin1) {
        return SourceDecoder.decodeScript(bytes(latin1), F);
    }

    private static SyntaxErrorException error(String latin1) {
        return assertThrows(SyntaxErrorException.class, () -> decode(latin1));
    }

    @Test
    void utf8ByDefaultAndBomStripped() {
        assertEquals("x = \"\u00e9\"\n", decode("x = \"\u00c3\u00a9\"\n"));
        assertEquals("x = 1\n", decode("\u00ef\u00bb\u00bfx = 1\n"));
        assertEquals("# coding: utf-8\nx = 1\n", decode("\u00ef\u00bb\u00bf# coding: utf-8\nx = 1\n"));
        assertEquals("", decode(""));
        assertEquals("", decode("\u00ef\u00bb\u00bf"));
    }

    @Test
    void declarationOnLineOneOrTwo() {
        assertEquals("#!/usr/bin/python\n# -*- coding: latin-1 -*-\nx = \"\u00e9\"\n",
                decode("#!/usr/bin/python\n# -*- coding: latin-1 -*-\nx = \"\u00e9\"\n"));
        assertEquals("\n# coding: latin-1\ny = \"\u00e9\"\n", decode("\n# coding: latin-1\ny = \"\u00e9\"\n"));
        assertEquals("   \n# coding: latin-1\ny = \"\u00e9\"\n", decode("   \n# coding: latin-1\ny = \"\u00e9\"\n"));
        assertEquals("# vim: set fileencoding=latin-1 :\n\u00e9", decode("# vim: set fileencoding=latin-1 :\n\u00e9"));
        assertEquals("#coding=latin-1\n\u00e9", decode("#coding=latin-1\n\u00e9"));
        assertEquals("#\t-*- coding:\tlatin-1 -*-\n\u00e9", decode("#\t-*- coding:\tlatin-1 -*-\n\u00e9"));
        assertEquals("   # coding: latin-1\n\u00e9", decode("   # coding: latin-1\n\u00e9"));
        assertEquals("\f# coding: latin-1\n\u00e9", decode("\f# coding: latin-1\n\u00e9"));
        assertEquals("# coding: latin-1\r\u00e9\r", decode("# coding: latin-1\r\u00e9\r"));
        // "# coding: utf-8 latin" declares utf-8.
        assertEquals("# coding: utf-8 latin\n1\n", decode("# coding: utf-8 latin\n1\n"));
    }

    @Test
    void declarationIgnoredAfterCodeOrOnLineThree() {
        String msg2 = "Non-UTF-8 code starting with '\\xe9' in file /tmp/f.py on line 3, but no encoding "
                + "declared; see https://peps.python.org/pep-0263/ for details";
        assertEquals(msg2, error("x = 1\n# coding: latin-1\ny = \"\u00e9\"\n").msg);
        assertEquals(msg2.replace("line 3", "line 4"), error("#\n#\n# coding: latin-1\ny = \"\u00e9\"\n").msg);
        assertEquals(msg2.replace("line 3", "line 2"), error("x = 1 # coding: latin-1\nprint(\"\u00e9\")\n").msg);
        // Line 1 is decoded before line 2's declaration is read.
        assertEquals(msg2.replace("line 3", "line 1"), error("# \u00e9\n# coding: latin-1\nprint(1)\n").msg);
    }

    @Test
    void pythonCodecNames() {
        assertEquals("\u20ac", decode("# coding: cp1252\n\u0080").substring(17));
        assertEquals("\u20ac", decode("# coding: iso8859-15\n\u00a4").substring(21));
        assertEquals("\u00e9", decode("# coding: Latin_1\n\u00e9").substring(18));
        assertEquals("\u00e9", decode("# coding: iso.8859.1\n\u00e9").substring(21));
        assertEquals("\u00e9", decode("# coding: latin-1-mac\n\u00e9").substring(22));
        assertEquals("1", decode("# coding: UTF8\n1").substring(15));
        assertEquals("1", decode("# coding: utf-8-unix\n1").substring(21));
        assertEquals("1", decode("# coding: ascii\n1").substring(16));
        byte[] euc = "# coding: euc-jp\nprint(\"\u65e5\u672c\")\n".getBytes(Charset.forName("EUC-JP"));
        assertEquals("# coding: euc-jp\nprint(\"\u65e5\u672c\")\n", SourceDecoder.decodeScript(euc, F));
        byte[] sjis = "# coding: shift_jis\nprint(\"\u65e5\u672c\")\n".getBytes(Charset.forName("Shift_JIS"));
        assertEquals("# coding: shift_jis\nprint(\"\u65e5\u672c\")\n", SourceDecoder.decodeScript(sjis, F));
    }

    @Test
    void encodingProblems() {
        assertProblem("encoding problem: foobar", error("# coding: foobar\nx = 1\n"));
        assertProblem("encoding problem: rot13", error("# coding: rot13\nprint(1)\n"));
        assertProblem("encoding problem: utf-16", error("# coding: utf-16\nprint(1)\n"));
        assertProblem("encoding problem: iso-8859-1 with BOM", error("\u00ef\u00bb\u00bf# coding: latin-1\nx = 1\n"));
        assertProblem("encoding problem: iso-8859-1 with BOM", error("\u00ef\u00bb\u00bf#!x\n# coding: latin-1\nprint(1)\n"));
        assertProblem("encoding problem: ascii", error("# coding: ascii\nx = 1\ny = \"\u00c3\u00a9\"\n"));
        assertProblem("encoding problem: cp1252", error("# coding: cp1252\nx = \"\u0081\"\n"));
        assertProblem("encoding problem: utf8", error("# coding: utf8\nx = \"\u00e9\"\n"));
    }

    @Test
    void nonUtf8Bytes() {
        String tail = " in file /tmp/f.py on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details";
        assertProblem("Non-UTF-8 code starting with '\\xe9'" + String.format(tail, 2), error("x = 1\ny = \"\u00e9\"\n"));
        assertProblem("Non-UTF-8 code starting with '\\xff'" + String.format(tail, 2), error("x = 1\n# \u00ff\u00fe\n"));
        assertProblem("Non-UTF-8 code starting with '\\xe2'" + String.format(tail, 1), error("x = \"\u00e2\u0082\"\n"));
        assertProblem("Non-UTF-8 code starting with '\\xed'" + String.format(tail, 1), error("x = \"\u00ed\u00a0\u0080\"\n"));
        assertProblem("Non-UTF-8 code starting with '\\x80'" + String.format(tail, 1), error("\u0080x = 1\n"));
        // Decoding errors come before syntax errors on earlier lines.
        assertProblem("Non-UTF-8 code starting with '\\xe9'" + String.format(tail, 2), error("x = = 1\n# \u00e9\n"));
    }

    @Test
    void explicitUtf8LetsBadBytesThroughAsSurrogates() {
        // CPython accepts these (the bad byte is in a comment).
        assertEquals("x = 1 # \udce9\n", decode("\u00ef\u00bb\u00bfx = 1 # \u00e9\n"));
        assertEquals("# coding: UTF-8\nx = 1\n# \udce9\n", decode("# coding: UTF-8\nx = 1\n# \u00e9\n"));
    }

    @Test
    void nullBytes() {
        SyntaxErrorException e = error("x = 1\n# \u0000\n");
        assertEquals("source code cannot contain null bytes", e.msg);
        assertEquals(2, e.lineno);
        assertEquals(0, e.offset);
        assertEquals("# ", e.text);
        assertEquals(2, e.endLineno);
        assertEquals(0, e.endOffset);
        e = error("x = \u00001\n");
        assertEquals(1, e.lineno);
        assertEquals("x = ", e.text);
    }

    @Test
    void neverAJavaExceptionOnRandomBytes() {
        Random random = new Random(42);
        String[] prefixes = {"", "\u00ef\u00bb\u00bf", "# coding: latin-1\n", "# coding: euc-jp\n",
            "# coding: utf-8\n", "#\n# coding: shift_jis\n", "# coding: bogus\n"};
        for (int n = 0; n < 2000; n++) {
            byte[] body = new byte[random.nextInt(40)];
            random.nextBytes(body);
            byte[] prefix = bytes(prefixes[n % prefixes.length]);
            byte[] data = new byte[prefix.length + body.length];
            System.arraycopy(prefix, 0, data, 0, prefix.length);
            System.arraycopy(body, 0, data, prefix.length, body.length);
            try {
                SourceDecoder.decodeScript(data, F);
            } catch (SyntaxErrorException expected) {
                // fine
            }
        }
    }

    private static void assertProblem(String msg, SyntaxErrorException e) {
        assertEquals("SyntaxError", e.pythonType);
        assertEquals(msg, e.msg);
        // CPython: lineno, filename and text None.
        assertEquals(SyntaxErrorException.NO_LINENO, e.lineno);
        assertNull(e.filename);
        assertNull(e.text);
    }
}
