package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.taipan.ast.AstDump;

/**
 * {@link Parser#parseFile}: source given as bytes. CPython 3.11 then reports error offsets in
 * UTF-8 bytes (expectations from {@code compile(bytes, 'f.py', 'exec')}).
 */
class ParserFileTest {
    private static SyntaxErrorException error(String source) {
        byte[] data = source.getBytes(StandardCharsets.UTF_8);
        return assertThrows(SyntaxErrorException.class, () -> Parser.parseFile(data, "f.py"));
    }

    @Test
    void genericErrorOffsetsAreBytes() {
        SyntaxErrorException e = error("x = \"\u00e9\u00e9\u00e9\" 1 2\n");
        assertEquals("invalid syntax 1:14-1:15", e.msg + " " + e.lineno + ":" + e.offset + "-"
                + e.endLineno + ":" + e.endOffset);
    }

    @Test
    void specificErrorOffsetsAreBytes() {
        SyntaxErrorException e = error("f(\"\u00e9\" for x in y, 1)\n");
        assertEquals("Generator expression must be parenthesized 1:3-1:18", e.msg + " " + e.lineno
                + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset);
    }

    @Test
    void multiLineErrorTextHasNoNewline() {
        SyntaxErrorException e = error("(a,\n b) += 1\n");
        assertEquals("'tuple' is an illegal expression for augmented assignment", e.msg);
        assertEquals("(a,", e.text);
        assertEquals(1, e.offset);
        assertEquals(4, e.endOffset);
    }

    @Test
    void parsesAFile() {
        byte[] data = "x = 1\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
                + "end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, "
                + "end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=5)], type_ignores=[])", AstDump.dump(Parser.parseFile(data, "f.py")));
    }
}
