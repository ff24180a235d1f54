package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code compile(bytes)}/{@code ast.parse(bytes)} decoding, which differs from running a script;
 * expectations from CPython 3.11.7.
 */
class SourceDecoderCompileModeTest {
    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void unknownEncodingIsLineZeroOffsetMinusOne() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> SourceDecoder.decode(latin1("# coding: foo\nx=1\n"), "f.py"));
        assertEquals("unknown encoding: foo", e.msg);
        assertEquals(0, e.lineno);
        assertEquals(-1, e.offset);
        assertEquals("f.py", e.filename);
    }

    @Test
    void bomWithOtherDeclaration() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> SourceDecoder.decode(latin1("\u00ef\u00bb\u00bf# coding: latin-1\nx=1\n"), "f.py"));
        assertEquals("encoding problem: iso-8859-1 with BOM", e.msg);
        assertEquals(0, e.lineno);
    }

    @Test
    void undecodableInDeclaredAscii() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> SourceDecoder.decode(latin1("# coding: ascii\nx=\"\u00f6\"\n"), "f.py"));
        assertEquals("'ascii' codec can't decode byte 0xf6 in position 19: ordinal not in range(128)", e.msg);
    }

    @Test
    void badUtf8InCommentIsAcceptedWithoutDeclaration() {
        assertEquals("# hi \udcf6\nx=1\n", SourceDecoder.decode(latin1("# hi \u00f6\nx=1\n"), "f.py"));
    }

    @Test
    void nulHasNoLocation() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> SourceDecoder.decode(latin1("x=1\0\n"), "f.py"));
        assertEquals("source code string cannot contain null bytes", e.msg);
        assertEquals(SyntaxErrorException.NO_LINENO, e.lineno);
        assertNull(e.filename);
    }
}
