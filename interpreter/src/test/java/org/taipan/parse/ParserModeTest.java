package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.taipan.ast.AstDump;

/** The "eval", "single" and "func_type" modes; expectations from CPython 3.11's {@code ast.parse(src, mode=...)}. */
class ParserModeTest {
    private static String run(String source, String mode) {
        try {
            return AstDump.dump(Parser.parse(source, "<test>", mode));
        } catch (SyntaxErrorException e) {
            return e.pythonType + ": " + e.msg + " @" + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset;
        }
    }

    @Test
    void eval_expression() {
        assertEquals("Expression(body=BinOp(left=Constant(value=1, lineno=1, col_offset=0, end_lineno="
                + "1, end_col_offset=1), op=Add(), right=Constant(value=2, lineno=1, col_offset=4, "
                + "end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_o"
                + "ffset=5))",
                run("1 + 2", "eval"));
    }

    @Test
    void eval_tuple() {
        assertEquals("Expression(body=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=0, end"
                + "_lineno=1, end_col_offset=1), Name(id='b', ctx=Load(), lineno=1, col_offset=3, e"
                + "nd_lineno=1, end_col_offset=4)], ctx=Load(), lineno=1, col_offset=0, end_lineno="
                + "1, end_col_offset=4))",
                run("a, b\n\n", "eval"));
    }

    @Test
    void eval_rejects_statement() {
        assertEquals("SyntaxError: invalid syntax @1:3-1:4",
                run("a = 1", "eval"));
    }

    @Test
    void single_simple() {
        assertEquals("Interactive(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset"
                + "=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offs"
                + "et=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end"
                + "_col_offset=5)])",
                run("x = 1", "single"));
    }

    @Test
    void single_compound() {
        assertEquals("Interactive(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_l"
                + "ineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=2, end_lineno=2, end"
                + "_col_offset=6)], orelse=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset"
                + "=6)])",
                run("if x:\n  pass\n", "single"));
    }

    @Test
    void single_compound_without_newline() {
        assertEquals("Interactive(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_l"
                + "ineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=2, end_lineno=2, end"
                + "_col_offset=6)], orelse=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset"
                + "=6)])",
                run("if x:\n  pass", "single"));
    }

    @Test
    void single_several_simple() {
        assertEquals("Interactive(body=[Expr(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, en"
                + "d_lineno=1, end_col_offset=1), lineno=1, col_offset=0, end_lineno=1, end_col_off"
                + "set=1), Expr(value=Name(id='b', ctx=Load(), lineno=1, col_offset=3, end_lineno=1"
                + ", end_col_offset=4), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4)])",
                run("a; b", "single"));
    }

    @Test
    void single_multiple_statements() {
        assertEquals("SyntaxError: multiple statements found while compiling a single statement @1:6-1"
                + ":6",
                run("x = 1\ny = 2", "single"));
    }

    @Test
    void single_empty() {
        assertEquals("SyntaxError: invalid syntax @0:0-0:0",
                run("", "single"));
    }

    @Test
    void func_type() {
        assertEquals("FunctionType(argtypes=[Name(id='int', ctx=Load(), lineno=1, col_offset=1, end_li"
                + "neno=1, end_col_offset=4), Name(id='str', ctx=Load(), lineno=1, col_offset=7, en"
                + "d_lineno=1, end_col_offset=10), Name(id='bytes', ctx=Load(), lineno=1, col_offse"
                + "t=14, end_lineno=1, end_col_offset=19)], returns=Constant(value=None, lineno=1, "
                + "col_offset=24, end_lineno=1, end_col_offset=28))",
                run("(int, *str, **bytes) -> None", "func_type"));
    }

    @Test
    void func_type_empty() {
        assertEquals("FunctionType(argtypes=[], returns=Name(id='int', ctx=Load(), lineno=1, col_offse"
                + "t=6, end_lineno=1, end_col_offset=9))",
                run("() -> int", "func_type"));
    }

}
