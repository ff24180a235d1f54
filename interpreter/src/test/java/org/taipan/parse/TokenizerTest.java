package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What the golden test cannot show: ENDMARKER and INDENT/DEDENT positions (CPython's parser sees
 * column -1 there and reports errors at its read position; the expectations below are the
 * positions of CPython's IndentationErrors at such tokens), laziness, shifted positions,
 * {@link Tokenizer#lineText}, and robustness on arbitrary input.
 */
class TokenizerTest {
    private static List<Token> tokens(Tokenizer t) {
        List<Token> out = new ArrayList<>();
        while (true) {
            Token k = t.next();
            out.add(k);
            if (k.type == TokenType.ENDMARKER) {
                return out;
            }
        }
    }

    private static Token last(String source) {
        List<Token> all = tokens(new Tokenizer(source, "f.py"));
        return all.get(all.size() - 1);
    }

    private static void assertAt(Token t, TokenType type, int line, int col) {
        assertEquals(type, t.type, t.toString());
        assertEquals(line, t.lineno, t.toString());
        assertEquals(col, t.colOffset, t.toString());
        assertEquals(line, t.endLineno, t.toString());
        assertEquals(col, t.endColOffset, t.toString());
    }

    @Test
    void endMarkerSitsAtCPythonsReadPositionOnTheLastLine() {
        // compile(src) -> "expected an indented block after 'if' statement on line 1" at (lineno, offset).
        assertAt(last("if x:\n"), TokenType.ENDMARKER, 1, 6);
        assertAt(last("if x:"), TokenType.ENDMARKER, 1, 6);
        assertAt(last("if x:\n\n\n"), TokenType.ENDMARKER, 3, 1);
        assertAt(last("if x:\n# c\n"), TokenType.ENDMARKER, 2, 4);
        assertAt(last("if x:\n  "), TokenType.ENDMARKER, 2, 3);
        // compile() sees a final "\r\n" as "\n\n".
        assertAt(last("if x:\r\n"), TokenType.ENDMARKER, 2, 1);
        assertAt(last("if \u00e9:\n"), TokenType.ENDMARKER, 1, 7);
        assertAt(last(""), TokenType.ENDMARKER, 0, 0);
    }

    @Test
    void indentAndDedentSitAtTheFirstTokenOfTheLine() {
        // compile("if x:\n  pass\n    y\n") -> IndentationError: unexpected indent, line 3, offset 4.
        List<Token> ts = tokens(new Tokenizer("if x:\n  pass\n    y\n", "f.py"));
        assertAt(ts.get(4), TokenType.INDENT, 2, 2);
        assertAt(ts.get(7), TokenType.INDENT, 3, 4);
        // compile("\fx\n  x = 1\n") -> unexpected indent, line 2, offset 2... a form feed resets the column.
        ts = tokens(new Tokenizer("if x:\n \f a\n  b\n", "f.py"));
        assertAt(ts.get(4), TokenType.INDENT, 2, 3);
        ts = tokens(new Tokenizer("if x:\n    a\nb\n", "f.py"));
        assertAt(ts.get(7), TokenType.DEDENT, 3, 0);
        // At the end of file DEDENTs are where ENDMARKER is.
        ts = tokens(new Tokenizer("if x:\n    if y:\n        a\n", "f.py"));
        int n = ts.size();
        assertAt(ts.get(n - 3), TokenType.DEDENT, 3, 10);
        assertAt(ts.get(n - 2), TokenType.DEDENT, 3, 10);
        assertAt(ts.get(n - 1), TokenType.ENDMARKER, 3, 10);
    }

    @Test
    void endMarkerRepeats() {
        Tokenizer t = new Tokenizer("x\n", "f.py");
        assertEquals(TokenType.NAME, t.next().type);
        assertEquals(TokenType.NEWLINE, t.next().type);
        Token end = t.next();
        assertEquals(TokenType.ENDMARKER, end.type);
        assertSame(end, t.next());
        assertSame(end, t.next());
    }

    @Test
    void errorsOnlySurfaceWhenTheTokenIsReached() {
        Tokenizer t = new Tokenizer("x = 1\ny = 1abc\n", "f.py");
        for (int i = 0; i < 6; i++) {
            t.next();
        }
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, t::next);
        assertEquals("invalid decimal literal", e.msg);
        assertEquals(2, e.lineno);
        assertEquals(5, e.offset);
    }

    @Test
    void shiftedPositions() {
        Tokenizer t = new Tokenizer("a +(\n\u00e9)", "f.py", 4, 10);
        List<Token> ts = tokens(t);
        assertEquals("NAME a 5:10-5:11", ts.get(0).toString());
        assertEquals("PLUS + 5:12-5:13", ts.get(1).toString());
        assertEquals("NAME \u00e9 6:0-6:2", ts.get(3).toString());
        assertEquals("a +(\n", t.lineText(1));
        assertEquals("\u00e9)\n", t.lineText(2));
        // ast.parse of  y = f'''ab{"""a<newline>b""" + x}'''  puts the inner string at col 1: unshifted.
        List<Token> inner = tokens(new Tokenizer("(\"\"\"a\nb\"\"\" + x)", "f.py", 0, 10));
        assertEquals("STRING \"\"\"a\nb\"\"\" 1:1-2:4", inner.get(1).toString());
        assertEquals("LPAR ( 1:10-1:11", inner.get(0).toString());
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> tokens(new Tokenizer("x\n$ = 1abc", "f.py", 2, 3)));
        assertEquals(4, e.lineno);
    }

    @Test
    void tokensKnowTheirSourceRange() {
        String src = "x = f'a' +\\\n  \"\"\"b\r\nc\"\"\"\n";
        List<Token> ts = tokens(new Tokenizer(src, "f.py"));
        assertEquals("f'a'", src.substring(ts.get(2).start, ts.get(2).end));
        Token triple = ts.get(4);
        assertEquals("\"\"\"b\r\nc\"\"\"", src.substring(triple.start, triple.end));
        assertEquals("\"\"\"b\nc\"\"\"", triple.text);
        assertEquals("STRING \"\"\"b\nc\"\"\" 2:2-3:4", triple.toString());
        assertSame(TokenType.IF.text, tokens(new Tokenizer("if", "f.py")).get(0).text);
    }

    @Test
    void lineTextUsesUnshiftedNumberingAndTranslatedNewlines() {
        Tokenizer t = new Tokenizer("a\r\nb\rc\n\nd", "f.py", 7, 0);
        assertEquals("a\n", t.lineText(1));
        assertEquals("b\n", t.lineText(2));
        assertEquals("c\n", t.lineText(3));
        assertEquals("\n", t.lineText(4));
        assertEquals("d\n", t.lineText(5));
        assertNull(t.lineText(6));
        assertNull(t.lineText(0));
        assertNull(new Tokenizer("", "f.py").lineText(1));
    }

    @Test
    void tellsWhichErrorsCPythonsParserReports() {
        Tokenizer t = new Tokenizer("x = (1 \\ 2)\n", "f.py");
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> tokens(t));
        assertEquals("unexpected character after line continuation character", e.msg);
        assertTrue(t.isParserReported(e));
        // compile("x = (1,\n2 $ \\ 3") reports this instead of invalid syntax at '$'.
        SyntaxErrorException unclosed = t.unclosedBracketError();
        assertEquals("'(' was never closed", unclosed.msg);
        assertEquals(1, unclosed.lineno);
        assertEquals(5, unclosed.offset);

        Tokenizer t2 = new Tokenizer("x = 1abc\n", "f.py");
        e = assertThrows(SyntaxErrorException.class, () -> tokens(t2));
        assertTrue(!t2.isParserReported(e));
        assertNull(t2.unclosedBracketError());

        Tokenizer t3 = new Tokenizer("if x:\n  a\n b\n", "f.py");
        e = assertThrows(SyntaxErrorException.class, () -> tokens(t3));
        assertEquals("IndentationError", e.pythonType);
        assertTrue(t3.isParserReported(e));
    }

    private static String errorOf(String source) {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> tokens(new Tokenizer(source, "f.py")));
        return e.msg + " | " + e.lineno + " " + e.offset + " " + e.endLineno + " " + e.endOffset + " | " + e.text;
    }

    @Test
    void undecodableBytesInNames() {
        // Bytes that are not UTF-8 reach us as U+DC80..U+DCFF (SourceDecoder); expectations are
        // ast.parse() of the original bytes, e.g. ast.parse(b'x = a\xe9b\n').
        String unicodeError = "(unicode error) 'utf-8' codec can't decode ";
        assertEquals(unicodeError + "byte 0xe9 in position 0: unexpected end of data | 1 1 1 -1 | \ufffd = 1\n",
                errorOf("\udce9 = 1\n"));
        assertEquals(unicodeError + "bytes in position 0-1: unexpected end of data | 2 2 2 -1 | \ufffd\n",
                errorOf("x = 1\n\udce2\udc82"));
        assertEquals(unicodeError + "byte 0xe9 in position 1: invalid continuation byte | 1 7 1 -1 | x = a\ufffdb\n",
                errorOf("x = a\udce9b\n"));
        assertEquals(unicodeError + "byte 0xe9 in position 1: invalid continuation byte | 1 10 1 -1 | "
                + "xyz = a\ufffd\ufffdb + 1\n", errorOf("xyz = a\udce9\udce9b + 1\n"));
        assertEquals(unicodeError + "byte 0xff in position 0: invalid start byte | 1 10 1 -1 | x = 1 + \ufffd\ufffd\n",
                errorOf("x = 1 + \udcff\udcfe\n"));
        assertEquals(unicodeError + "byte 0xe9 in position 2: unexpected end of data | 1 7 1 -1 | x = \u00e9\ufffd + 1\n",
                errorOf("x = \u00e9\udce9 + 1\n"));
        assertEquals(unicodeError + "bytes in position 0-1: invalid continuation byte | 1 7 1 -1 | x = \ufffdx + 1\n",
                errorOf("x = \udce2\udc82x + 1\n"));
        assertEquals(unicodeError + "byte 0x80 in position 0: invalid start byte | 1 2 1 -1 | \ufffdx = 1\n",
                errorOf("\udc80x = 1\n"));
        // In a comment they pass; columns count each such byte as one byte.
        List<Token> ts = tokens(new Tokenizer("x = 1  # \udce9\n", "f.py"));
        assertEquals("NEWLINE # \udce9 1:7-1:10", ts.get(3).toString());
    }

    @Test
    void nulInSourceString() {
        // compile('x = 1\0\n', 'f.py', 'exec') -> SyntaxError('source code string cannot contain null bytes')
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> new Tokenizer("x = 1\0\n", "f.py"));
        assertEquals("source code string cannot contain null bytes", e.msg);
        assertEquals(SyntaxErrorException.NO_LINENO, e.lineno);
        assertNull(e.text);
    }

    @Test
    void unicodeIdentifiersAreNormalized() {
        List<Token> ts = tokens(new Tokenizer("\ufb01 = \u212b", "f.py"));
        assertEquals("fi", ts.get(0).text);
        assertEquals("\u00c5", ts.get(2).text);
        assertEquals(6, ts.get(2).colOffset);
        assertEquals(9, ts.get(2).endColOffset);
    }

    @Test
    void neverAJavaExceptionAndAlwaysTerminates() {
        String[] pieces = {"x", " ", "\t", "\f", "\n", "\r", "\r\n", "\\", "#", "'", "\"", "'''", "\"\"\"", "(", ")",
            "[", "]", "{", "}", "0", "1", "9", "_", "e", "j", "x", "o", "b", ".", "+", "-", "*", "<", ">", "=", "!",
            "$", "?", "\u00e9", "\u20ac", "\u00a0", "\ud83d\ude00", "\ud800", "\udc00", "\u0300", "if", "else", "rb", "f",
            "\u0001", "\u000b", ":", "    ", "\n  ", "\n\t", "0x", "0o", "0b", "1e", "1_"};
        Random random = new Random(7);
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(30);
            for (int i = 0; i < len; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String src = b.toString();
            try {
                Tokenizer t = new Tokenizer(src, "f.py");
                int limit = 4 * src.length() + 10;
                boolean ended = false;
                for (int i = 0; i < limit && !ended; i++) {
                    Token k = t.next();
                    assertTrue(k.start <= k.end && k.end <= src.length(), k.toString());
                    ended = k.type == TokenType.ENDMARKER;
                }
                if (!ended) {
                    fail("no ENDMARKER for " + TokenizerGoldenTest.escape(src));
                }
                for (int line = 0; line < 5; line++) {
                    t.lineText(line);
                }
            } catch (SyntaxErrorException expected) {
                assertTrue(expected.pythonType.endsWith("Error"));
            } catch (RuntimeException | Error e) {
                throw new AssertionError("Java exception for " + TokenizerGoldenTest.escape(src), e);
            }
        }
    }
}
