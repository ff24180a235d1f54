package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link Parser#parseScript}: the SyntaxError attributes {@code python3 FILE.py} reports (seen by a
 * {@code sys.excepthook} in CPython 3.11.7), and a few {@code compile()} locations fixed with it.
 */
class ParserScriptErrorTest {
    private static void script(String source, String expected) {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> Parser.parseScript(source.getBytes(StandardCharsets.UTF_8), "s.py"));
        assertEquals(expected, describe(e));
    }

    private static void compiled(String source, String mode, String expected) {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> Parser.parse(source, "<test>", mode));
        assertEquals(expected, describe(e));
    }

    private static String describe(SyntaxErrorException e) {
        return e.pythonType + ": " + e.msg + " @" + e.lineno + ":" + e.offset + "-" + e.endLineno
                + ":" + e.endOffset + " " + (e.text == null ? "None" : e.text.replace("\n", "\\n"));
    }

    @Test
    void endOfInputHasOffsetZeroWhenRunningAFile() {
        script("while True:\n", "IndentationError: expected an indented block after 'while' "
                + "statement on line 1 @1:0-1:-1 while True:\\n");
        script("try:\n    pass\n\n\n", "SyntaxError: expected 'except' or 'finally' block @4:0-4:-1 \\n");
        script("def f():\n    x = 1\n    def g():\n", "IndentationError: expected an indented block "
                + "after function definition on line 3 @3:0-3:-1     def g():\\n");
    }

    @Test
    void tokenizerPositionsStayWhenRunningAFile() {
        script("if x:\n    pass\n  y\n", "IndentationError: unindent does not match any outer "
                + "indentation level @3:4-3:-1   y\\n");
        script("x = 1 +", "SyntaxError: invalid syntax @1:8-1:8 x = 1 +");
    }

    @Test
    void runningAFileReportsByteOffsets() {
        script("x = \"\u00e9\u00e9\u00e9\" 1 2\n",
                "SyntaxError: invalid syntax @1:14-1:15 x = \"\u00e9\u00e9\u00e9\" 1 2\\n");
    }

    @Test
    void doubleStarredGroupIsReportedAtTheOperator() {
        compiled("(**abc)", "exec", "SyntaxError: cannot use double starred expression here @1:2-1:4 (**abc)\\n");
        compiled("x = ( ** abc)", "exec",
                "SyntaxError: cannot use double starred expression here @1:7-1:9 x = ( ** abc)\\n");
    }

    @Test
    void exceptWithoutColon() {
        compiled("try:\n  pass\nexcept A\n  pass\n", "exec", "SyntaxError: expected ':' @3:9-3:9 except A\\n");
        compiled("try:\n  pass\nexcept\n  pass\n", "single", "SyntaxError: expected ':' @3:7-3:7 except\\n");
    }

    @Test
    void multipleExceptionTypesEndAtTheColon() {
        compiled("try:\n  pass\nexcept A, B, C as blech:\n  pass\n", "exec",
                "SyntaxError: multiple exception types must be parenthesized @3:8-3:24 except A, B, C as blech:\\n");
    }

    @Test
    void singleInputErrorAtTheEnd() {
        compiled("try:\n   x = 34\n", "single",
                "SyntaxError: expected 'except' or 'finally' block @2:10-2:-1    x = 34\\n");
    }

    @Test
    void lineHoldingOnlyABackslash() {
        Parser.parse("import a\n\\\n\nclass A: pass\n", "<test>", "exec");
        compiled("x = 1\n\\\n", "exec", "SyntaxError: unexpected EOF while parsing @2:2-2:-1 \\\\n");
    }
}
