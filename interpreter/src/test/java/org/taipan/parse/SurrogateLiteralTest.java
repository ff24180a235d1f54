package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.taipan.ast.AstDump;
import org.taipan.ast.CodePointString;
import org.taipan.ast.Constant;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprStmt;
import org.taipan.ast.JoinedStr;
import org.taipan.ast.Module;

/**
 * Surrogate code points written as escapes: a high one right before a low one stays two code
 * points (a {@link CodePointString}), within a literal, across implicit concatenation and in
 * f-string literal parts, while a non-BMP character stays one. Each expected dump was printed by
 * python3 (CPython 3.11.7): {@code ast.dump(ast.parse(src).body[0].value, include_attributes=True)}.
 */
class SurrogateLiteralTest {
    @Test
    void dumpsLikeCPython() {
        dump("'\\ud801\\udca0'",
                "Constant(value='\\ud801\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)");
        dump("'\\ud801' '\\udca0'",
                "Constant(value='\\ud801\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)");
        dump("f'\\ud801\\udca0{x}'",
                "JoinedStr(values=[Constant(value='\\ud801\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)");
        dump("'\\U000104a0'",
                "Constant(value='\ud801\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)");
        dump("'\\udca0'",
                "Constant(value='\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)");
        dump("b'\\ud801\\udca0'",
                "Constant(value=b'\\\\ud801\\\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)");
        dump("'\\ud801' '\\udca0' '\\U000104a0'",
                "Constant(value='\\ud801\\udca0\ud801\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)");
        dump("'\\U0000d801\\udca0'",
                "Constant(value='\\ud801\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)");
        dump("'\\ud801\ud801\udca0'",
                "Constant(value='\\ud801\ud801\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)");
        dump("f'\\ud801{x}\\udca0'",
                "JoinedStr(values=[Constant(value='\\ud801', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), Constant(value='\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)");
        dump("f'\\ud801' '\\udca0'",
                "JoinedStr(values=[Constant(value='\\ud801\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)");
        dump("'\\ud801' f'\\udca0{x}'",
                "JoinedStr(values=[Constant(value='\\ud801\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=21), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)");
        dump("f'{x:\\ud801\\udca0}'",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='\\ud801\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)");
        dump("u'\\ud801\\udca0'",
                "Constant(value='\\ud801\\udca0', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)");
        dump("'\\udca0\\ud801'",
                "Constant(value='\\udca0\\ud801', lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)");
        dump("'a\\ud801\\udca0\\'\\n'",
                "Constant(value=\"a\\ud801\\udca0'\\n\", lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)");
        dump("'\\ud801' r'x'",
                "Constant(value='\\ud801x', lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)");
        dump("'\\ud801\\\\udca0'",
                "Constant(value='\\ud801\\\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)");
        dump("'\\ud801\\U000104a0'",
                "Constant(value='\\ud801\ud801\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)");
        dump("'\\U000104a0\\udca0'",
                "Constant(value='\ud801\udca0\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)");
        dump("'\\ud801\\n\\udca0'",
                "Constant(value='\\ud801\\n\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)");
        dump("'\\ud801' '' '\\udca0'",
                "Constant(value='\\ud801\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)");
        dump("'\\ud801' 'x' '\\udca0'",
                "Constant(value='\\ud801x\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)");
        dump("'\\ud800\\udc00\\ud83d\\ude00'",
                "Constant(value='\\ud800\\udc00\\ud83d\\ude00', lineno=1, col_offset=0, end_lineno=1, end_col_offset=26)");
        dump("f'{x!r}\\ud801' '\\udca0'",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=23), Constant(value='\\ud801\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)");
        dump("'''\\ud801\\\n\\udca0'''",
                "Constant(value='\\ud801\\udca0', lineno=1, col_offset=0, end_lineno=2, end_col_offset=9)");
        dump("'\\ud801\\\n\\udca0'",
                "Constant(value='\\ud801\\udca0', lineno=1, col_offset=0, end_lineno=2, end_col_offset=7)");
        dump("rb'\\ud801' b'\\udca0'",
                "Constant(value=b'\\\\ud801\\\\udca0', lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)");
    }

    @Test
    void onlyAdjacentSurrogatesFromEscapesNeedCodePoints() {
        assertInstanceOf(CodePointString.class, constantValue("'\\ud801\\udca0'"));
        assertInstanceOf(CodePointString.class, constantValue("'\\ud801' '\\udca0'"));
        assertInstanceOf(CodePointString.class, constantValue("u'x\\U0000d801\\udca0y'"));
        // One code point, U+104A0, from an escape or from the source text: a String.
        assertEquals("\ud801\udca0", constantValue("'\\U000104a0'"));
        assertEquals("\ud801\udca0", constantValue("'\ud801\udca0'"));
        assertEquals("\udca0", constantValue("'\\udca0'"));
        assertEquals("\ud801x\udca0", constantValue("'\\ud801' 'x' '\\udca0'"));
        assertEquals("\ud801\ud801\udca0", constantValue("'\\ud801\\U000104a0'"));
        CodePointString mixed = (CodePointString) constantValue("'\\ud801' '\\udca0' '\\U000104a0'");
        assertEquals(3, mixed.length());
        assertEquals(0xd801, mixed.codePointAt(0));
        assertEquals(0xdca0, mixed.codePointAt(1));
        assertEquals(0x104a0, mixed.codePointAt(2));
    }

    @Test
    void fStringPartsAreSeparateValues() {
        JoinedStr split = (JoinedStr) expression("f'\\ud801{x}\\udca0'");
        assertEquals("\ud801", ((Constant) split.values.get(0)).value);
        assertEquals("\udca0", ((Constant) split.values.get(2)).value);
        JoinedStr joined = (JoinedStr) expression("f'\\ud801\\udca0{x}'");
        assertInstanceOf(CodePointString.class, ((Constant) joined.values.get(0)).value);
    }

    private static void dump(String source, String expected) {
        assertEquals(expected, AstDump.dump(expression(source)), source);
    }

    private static Object constantValue(String source) {
        return ((Constant) expression(source)).value;
    }

    private static Expr expression(String source) {
        Module module = (Module) Parser.parse(source + "\n", "<unknown>", "exec");
        return ((ExprStmt) module.body.get(0)).value;
    }
}
