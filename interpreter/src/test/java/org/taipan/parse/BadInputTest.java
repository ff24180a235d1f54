package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.taipan.ast.AstDump;
import org.taipan.ast.Module;

/**
 * Hostile or unusual files: whatever the bytes, {@link Parser#parseFile} returns CPython's tree
 * or raises CPython's error, never a Java exception. Expectations are what CPython 3.11's
 * {@code ast.parse(data)} does with the same bytes; for undecodable files, the launcher's path
 * ({@link SourceDecoder#decodeScript}) must also raise what {@code python3 bad.py} reports.
 */
class BadInputTest {
    private static final String MODULE_X_EQUALS_1 = "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), "
            + "lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, "
            + "col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, "
            + "end_col_offset=5)], type_ignores=[])";
    private static final String MODULE_X1_Y2 = "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), "
            + "lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, "
            + "col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, "
            + "end_col_offset=5), Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=0, "
            + "end_lineno=2, end_col_offset=1)], value=Constant(value=2, lineno=2, col_offset=4, "
            + "end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)], "
            + "type_ignores=[])";

    @Test
    void nulByteIsRejected() {
        // python3 bad.py: SyntaxError('source code cannot contain null bytes', line 1, offset 0, 1, 0, 'x = 1')
        // compile(b'x = 1\x00\n'): SyntaxError('source code string cannot contain null bytes'), no position
        assertFileAndScriptErrors(bytes("x = 1\0\n"),
                run("source code cannot contain null bytes", 1, 0, 1, 0, "x = 1"),
                compiled("source code string cannot contain null bytes", null, null, null, null, null));
        assertFileAndScriptErrors(new byte[] {0},
                run("source code cannot contain null bytes", 1, 0, 1, 0, ""),
                compiled("source code string cannot contain null bytes", null, null, null, null, null));
    }

    @Test
    void invalidUtf8InAStringLiteral() {
        // b'x = "caf\xe9"\n'
        assertFileAndScriptErrors(new byte[] {'x', ' ', '=', ' ', '"', 'c', 'a', 'f', (byte) 0xe9, '"', '\n'},
                run(nonUtf8("\\xe9", 1), null, null, null, null, null),
                compiled("(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data",
                        1, 11, 1, 11, "x = \"caf\ufffd\"\n"));
        // b'x = 1\ny = "\xff\xfe"\n'
        assertFileAndScriptErrors(new byte[] {'x', ' ', '=', ' ', '1', '\n', 'y', ' ', '=', ' ', '"', (byte) 0xff,
            (byte) 0xfe, '"', '\n'},
                run(nonUtf8("\\xff", 2), null, null, null, null, null),
                compiled("(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                        2, 9, 2, 9, "y = \"\ufffd\ufffd\"\n"));
    }

    @Test
    void invalidUtf8OutsideStrings() {
        // b'\xe9 = 1\n'
        assertFileAndScriptErrors(new byte[] {(byte) 0xe9, ' ', '=', ' ', '1', '\n'},
                run(nonUtf8("\\xe9", 1), null, null, null, null, null),
                compiled("(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data",
                        1, 1, 1, -1, "\ufffd = 1\n"));
        // b'x = 1\n\xe2\x82' (a truncated sequence at the end of the file)
        assertFileAndScriptErrors(new byte[] {'x', ' ', '=', ' ', '1', '\n', (byte) 0xe2, (byte) 0x82},
                run(nonUtf8("\\xe2", 2), null, null, null, null, null),
                compiled("(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
                        2, 2, 2, -1, "\ufffd\n"));
        // b'x = 1  # caf\xe9\n': compile() accepts it (comments are not checked), python3 bad.py rejects it
        byte[] comment = {'x', ' ', '=', ' ', '1', ' ', ' ', '#', ' ', 'c', 'a', 'f', (byte) 0xe9, '\n'};
        assertEquals(MODULE_X_EQUALS_1, dump(comment));
        IsolatedRun<Object> script = IsolatedRun.run(() -> SourceDecoder.decodeScript(comment, "bad.py"), 30);
        assertTrue(script.error instanceof SyntaxErrorException, "python3 bad.py rejects it");
        assertNull(run(nonUtf8("\\xe9", 1), null, null, null, null, null)
                .difference((SyntaxErrorException) script.error));
    }

    @Test
    void tenMegabyteFileParsesInReasonableTime() {
        // Generated the same way in python3; ast.parse(src) takes about 10 s on the shared build machine.
        String block = "def f_%d(a, b=1, *args, **kw):\n"
                + "    \"\"\"Function number %d.\"\"\"\n"
                + "    x = [a + b * %d, (a - b) / 2.5, {'k': a, 'n': None}, f\"v{a!r:>10}\", b'raw\\x00']\n"
                + "    if x and a > b or not kw:\n"
                + "        return x[0] if a else lambda y: y ** 2\n"
                + "    for j in range(10):\n"
                + "        b += j  # comment\n"
                + "    return b\n";
        StringBuilder src = new StringBuilder(10_600_000);
        for (int i = 0; i < 36000; i++) {
            src.append(String.format(block, i, i, i));
        }
        byte[] data = src.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(10_550_670, data.length);
        IsolatedRun<Object> run = IsolatedRun.run(() -> Parser.parseFile(data, "big.py"), 120);
        assertFalse(run.timedOut, "no result after 120 s");
        if (run.error != null) {
            fail("parsing the 10 MB file raised " + ErrorDescription.of(run.error), run.error);
        }
        Module module = (Module) run.value;
        System.out.printf("BadInputTest: 10 MB file parsed in %.1f s%n", run.nanos / 1e9);
        // len(tree.body) and sha256(ast.dump(stmt, include_attributes=True))[:16] from python3
        assertEquals(36000, module.body.size());
        assertEquals("44119f3b33f51ce3", SurrogatePassSha.ofText(AstDump.dump(module.body.get(0))));
        assertEquals("4b91a9cf2d6cd449", SurrogatePassSha.ofText(AstDump.dump(module.body.get(35999))));
    }

    @Test
    void tooManyNestedParentheses() {
        String line = "(".repeat(201) + ")".repeat(201);
        // ast.parse: SyntaxError('too many nested parentheses', lineno=1, offset=201, end 1, 201)
        assertError(bytes(line + "\n"), "SyntaxError", "too many nested parentheses", 1, 201, 1, 201, line);
        // 200 levels are fine: Module(body=[Expr(value=Tuple(elts=[], ...
        assertEquals("Module(body=[Expr(value=Tuple(elts=[], ctx=Load(), lineno=1, col_offset=199, end_lineno=1, "
                + "end_col_offset=201), lineno=1, col_offset=0, end_lineno=1, end_col_offset=400)], "
                + "type_ignores=[])", dump(bytes("(".repeat(200) + ")".repeat(200) + "\n")));
    }

    @Test
    void hundredThousandUnaryMinusesFailAsAPythonError() {
        // CPython 3.11: ast.parse(b'-' * 100000 + b'1\n') raises MemoryError() (its parser's stack
        // guard), never a crash; we must not let a StackOverflowError escape.
        IsolatedRun<Object> run = IsolatedRun.run(() -> Parser.parseFile(bytes("-".repeat(100_000) + "1\n"),
                "deep.py"), 60);
        assertFalse(run.timedOut, "no result after 60 s");
        assertNotNull(run.error, "CPython raises MemoryError; we parsed it");
        assertTrue(run.error instanceof ParseLimitException,
                "expected MemoryError (ParseLimitException), got " + ErrorDescription.of(run.error));
        ParseLimitException e = (ParseLimitException) run.error;
        assertEquals("MemoryError: ", e.pythonType + ": " + e.msg);
    }

    @Test
    void deepPrefixNestingRaisesMemoryErrorLikeCPython() {
        // ast.parse raises MemoryError() for each of these (CPython's parser stack guard)
        String[] sources = {
            "x = " + "not ".repeat(100_000) + "y\n",
            "x = " + "lambda: ".repeat(10_000) + "1\n",
            "x = " + String.join(" ** ", Collections.nCopies(10_000, "2")) + "\n",
            "x = " + "1 if a else ".repeat(10_000) + "2\n",
        };
        for (String source : sources) {
            IsolatedRun<Object> run = IsolatedRun.run(() -> Parser.parseFile(bytes(source), "deep.py"), 60);
            assertFalse(run.timedOut, "no result after 60 s");
            assertTrue(run.error instanceof ParseLimitException, () -> source.substring(0, 20)
                    + "...: expected MemoryError, got " + (run.error == null ? "a tree" : ErrorDescription.of(run.error)));
        }
    }

    @Test
    void longElifChainRaisesMemoryErrorLikeCPython() {
        // CPython 3.11 (compile()): 5963 elif branches parse, 5964 raise MemoryError.
        IsolatedRun<Object> limit = IsolatedRun.run(() -> Parser.parseFile(bytes("if a:\n    pass\n"
                + "elif a:\n    pass\n".repeat(5963)), "elif.py"), 60);
        assertTrue(limit.error == null, () -> "5963 elifs: " + ErrorDescription.of(limit.error));
        IsolatedRun<Object> run = IsolatedRun.run(() -> Parser.parseFile(bytes("if a:\n    pass\n"
                + "elif a:\n    pass\n".repeat(50_000)), "elif.py"), 60);
        assertTrue(run.error instanceof ParseLimitException, () -> "expected MemoryError, got "
                + (run.error == null ? "a tree" : ErrorDescription.of(run.error)));
    }

    @Test
    void deepLeftRecursiveChainsNeverEscapeAsJavaExceptions() {
        // CPython parses these but raises RecursionError while building its AST objects; the
        // parser's documented choice is to return the tree. Either way: no Java exception.
        String[] sources = {
            "x = " + String.join(" + ", Collections.nCopies(100_000, "1")) + "\n",
            "x = a" + ".b".repeat(100_000) + "\n",
            "x = f" + "()".repeat(100_000) + "\n",
            "x = a" + "[0]".repeat(100_000) + "\n",
        };
        for (String source : sources) {
            IsolatedRun<Object> run = IsolatedRun.run(() -> Parser.parseFile(bytes(source), "deep.py"), 60);
            assertFalse(run.timedOut, "no result after 60 s");
            assertTrue(run.error == null || run.error instanceof SyntaxErrorException
                    || run.error instanceof ParseLimitException, () -> "Java exception escaped: "
                    + ErrorDescription.of(run.error));
        }
    }

    @Test
    void longFlatChainsParseLikeCPython() {
        // sha256(ast.dump(ast.parse(src), include_attributes=True))[:16] from python3
        assertEquals("747389a27d624bd1", SurrogatePassSha.ofText(dump(bytes("x = " + "'a' ".repeat(100_000) + "\n"))));
        assertEquals("1b4af43684ff9ff1", SurrogatePassSha.ofText(dump(bytes(
                "x = " + String.join(" and ", Collections.nCopies(100_000, "a")) + "\n"))));
        assertEquals("3cb1124015f7a798", SurrogatePassSha.ofText(dump(bytes(
                "x = " + String.join(" < ", Collections.nCopies(100_000, "a")) + "\n"))));
    }

    @Test
    void emptyAndBlankFiles() {
        // ast.dump(ast.parse(b''), include_attributes=True), same for b'# hi' and b'   '
        assertEquals("Module(body=[], type_ignores=[])", dump(new byte[0]));
        assertEquals("Module(body=[], type_ignores=[])", dump(bytes("# hi")));
        assertEquals("Module(body=[], type_ignores=[])", dump(bytes("   ")));
    }

    @Test
    void fileWithoutFinalNewline() {
        assertEquals(MODULE_X_EQUALS_1, dump(bytes("x = 1")));
        // ast.parse(b'x = 1\\') -> SyntaxError('unexpected EOF while parsing', 1, 7, 1, -1, 'x = 1\\\n')
        assertError(bytes("x = 1\\"), "SyntaxError", "unexpected EOF while parsing", 1, 7, 1, -1, "x = 1\\\n");
    }

    @Test
    void crlfLineEndings() {
        assertEquals(MODULE_X1_Y2, dump(bytes("x = 1\r\ny = 2\r\n")));
        // A CRLF inside a triple-quoted string becomes \n: ast.parse(b's = """a\r\nb"""\r\n')
        assertEquals("Module(body=[Assign(targets=[Name(id='s', ctx=Store(), lineno=1, col_offset=0, "
                + "end_lineno=1, end_col_offset=1)], value=Constant(value='a\\nb', lineno=1, col_offset=4, "
                + "end_lineno=2, end_col_offset=4), lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)], "
                + "type_ignores=[])", dump(bytes("s = \"\"\"a\r\nb\"\"\"\r\n")));
    }

    @Test
    void loneCarriageReturnsEndLines() {
        assertEquals(MODULE_X1_Y2, dump(bytes("x = 1\ry = 2\r")));
        // ast.parse(b'x = (1,\r2)\r')
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
                + "end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=1, lineno=1, "
                + "col_offset=5, end_lineno=1, end_col_offset=6), Constant(value=2, lineno=2, col_offset=0, "
                + "end_lineno=2, end_col_offset=1)], ctx=Load(), lineno=1, col_offset=4, end_lineno=2, "
                + "end_col_offset=2), lineno=1, col_offset=0, end_lineno=2, end_col_offset=2)], "
                + "type_ignores=[])", dump(bytes("x = (1,\r2)\r")));
    }

    @Test
    void byteOrderMarkIsSkipped() {
        assertEquals(MODULE_X_EQUALS_1, dump(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'x', ' ', '=',
            ' ', '1', '\n'}));
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.UTF_8);
    }

    /** Parses on a fresh thread with a time limit; any Java exception fails the test. */
    private static IsolatedRun<Object> parse(byte[] data) {
        IsolatedRun<Object> run = IsolatedRun.run(() -> Parser.parseFile(data, "bad.py"), 30);
        assertFalse(run.timedOut, "no result after 30 s");
        if (run.error != null && !(run.error instanceof SyntaxErrorException)) {
            fail("Java exception escaped: " + ErrorDescription.of(run.error), run.error);
        }
        return run;
    }

    private static String dump(byte[] data) {
        IsolatedRun<Object> run = parse(data);
        if (run.error != null) {
            fail("CPython parses it; we raised " + ErrorDescription.of(run.error));
        }
        return AstDump.dump((Module) run.value);
    }

    private static SyntaxErrorException syntaxError(byte[] data) {
        IsolatedRun<Object> run = parse(data);
        assertNotNull(run.error, "CPython raises SyntaxError; we parsed it");
        return (SyntaxErrorException) run.error;
    }

    /** CPython's error when running the file {@code bad.py}; null stands for None. */
    private static SyntaxErrorGolden.Attrs run(String msg, Integer lineno, Integer offset, Integer endLineno,
                                               Integer endOffset, String text) {
        return new SyntaxErrorGolden.Attrs("SyntaxError", msg, lineno, offset, endLineno, endOffset, text, "bad.py");
    }

    /** CPython's error from {@code compile(data, 'bad.py', 'exec')}; null stands for None. */
    private static SyntaxErrorGolden.Attrs compiled(String msg, Integer lineno, Integer offset, Integer endLineno,
                                                    Integer endOffset, String text) {
        return new SyntaxErrorGolden.Attrs("SyntaxError", msg, lineno, offset, endLineno, endOffset, text, "bad.py");
    }

    private static String nonUtf8(String escapedByte, int line) {
        return "Non-UTF-8 code starting with '" + escapedByte + "' in file bad.py on line " + line
                + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
    }

    /**
     * Running a file and compile() of its bytes raise different errors for undecodable input:
     * {@link Parser#parseFile} must raise compile()'s, the launcher's path (script decoding) the
     * script's.
     */
    private static void assertFileAndScriptErrors(byte[] data, SyntaxErrorGolden.Attrs run,
                                          SyntaxErrorGolden.Attrs compiled) {
        String compileDifference = compiled.difference(syntaxError(data));
        IsolatedRun<Object> script = IsolatedRun.run(() -> Parser.parse(SourceDecoder.decodeScript(data, "bad.py"),
                "bad.py", "exec"), 30);
        String scriptDifference = script.error instanceof SyntaxErrorException
                ? run.difference((SyntaxErrorException) script.error)
                : "expected a SyntaxError, got " + (script.error == null ? "a tree" : ErrorDescription.of(script.error));
        if (compileDifference != null || scriptDifference != null) {
            fail("parseFile (as compile()): " + (compileDifference == null ? "ok" : compileDifference)
                    + "; as a script (python3 bad.py): " + (scriptDifference == null ? "ok" : scriptDifference));
        }
    }

    private static void assertError(byte[] data, String type, String msg, int lineno, int offset, int endLineno,
                                    int endOffset, String text) {
        SyntaxErrorException e = syntaxError(data);
        assertEquals(type + ": " + msg + " at (" + lineno + ", " + offset + ", " + endLineno + ", " + endOffset
                        + ") text " + text,
                e.pythonType + ": " + e.msg + " at (" + e.lineno + ", " + e.offset + ", " + e.endLineno + ", "
                        + e.endOffset + ") text " + e.text);
    }
}
