package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Bytes that are not UTF-8 inside literals of a file declared UTF-8. SourceDecoder hands them over
 * as U+DC80..U+DCFF (one char per byte); CPython reports them when it decodes the literal. The
 * expected texts are python3's for compile(b'# coding: utf-8\n' + line) (line 2 there, 1 here).
 */
class LiteralsBadBytesTest {
    @Test
    void reportsCPythonsUtf8Errors() {
        // b'x = "b\xf6se" + 1'
        error("x = \"b\udcf6se\" + 1",
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte", 1, 10, 1, 11);
        // b'x = "a\\n\xc3\xa9\xf6" + 1': with escapes, the position counts from the non-ASCII run
        error("x = \"a\\n\u00e9\udcf6\" + 1",
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 2: invalid start byte", 1, 11, 1, 12);
        // b'x = r"\xe9A"'
        error("x = r\"\udce9A\"",
                "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte", 1, 8, 1, 8);
        // b'x = f"{a}\xe9z"': an f-string literal part is decoded run by run
        error("x = f\"{a}\udce9z\"",
                "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data", 1, 11, 1, 11);
        // b'x = "\xed\xa0\x80"'
        error("x = \"\udced\udca0\udc80\"",
                "(unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", 1, 7, 1, 7);
        // b'x = "\xc0\xaf"'
        error("x = \"\udcc0\udcaf\"",
                "(unicode error) 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte", 1, 7, 1, 7);
        // b'x = b"\xff"'
        error("x = b\"\udcff\"",
                "bytes can only contain ASCII literal characters", 1, 5, 1, 7);
        // b'x = f"{a}\\n\xff"'
        error("x = f\"{a}\\n\udcff\"",
                "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 1, 12, 1, 12);
        // b'x = "\xe2(\xa1"'
        error("x = \"\udce2(\udca1\"",
                "(unicode error) 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte", 1, 8, 1, 8);
    }

    @Test
    void reportsRangesOfTruncatedSequences() {
        // b'x = "\xe2\x82" + 1' and b'x = "\xf0\x9f\x98"' (CPython's offsets count one U+FFFD
        // for the whole sequence in the line; only the message is checked here)
        message("x = \"\udce2\udc82\" + 1",
                "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
        message("x = \"\udcf0\udc9f\udc98\"",
                "(unicode error) 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data");
    }

    private static void message(String source, String msg) {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> new LiteralsTestSource(source).parse(), source);
        assertEquals(msg, e.msg);
    }

    private static void error(String source, String msg, int lineno, int offset, int endLineno, int endOffset) {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> new LiteralsTestSource(source).parse(), source);
        assertEquals(msg + " " + lineno + " " + offset + " " + endLineno + " " + endOffset,
                e.msg + " " + e.lineno + " " + e.offset + " " + e.endLineno + " " + e.endOffset, source);
    }
}
