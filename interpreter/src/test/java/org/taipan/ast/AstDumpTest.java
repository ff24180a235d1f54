package org.taipan.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AstDumpTest {
    @Test
    void dumpsFieldsThenPositionsAndOmitsMissingOptionals() {
        // ast.dump(ast.parse("x + 1").body[0], include_attributes=True) in CPython 3.11
        Name x = new Name("x", ExprContext.Load, 1, 0, 1, 1);
        Constant one = new Constant(BigInteger.ONE, null, 1, 4, 1, 5);
        ExprStmt stmt = new ExprStmt(new BinOp(x, BinaryOperator.Add, one, 1, 0, 1, 5), 1, 0, 1, 5);
        assertEquals("Expr(value=BinOp(left=Name(id='x', ctx=Load(), lineno=1, col_offset=0, "
                + "end_lineno=1, end_col_offset=1), op=Add(), right=Constant(value=1, lineno=1, "
                + "col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, "
                + "end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=5)", AstDump.dump(stmt));
    }

    @Test
    void keepsEmptyListsAndNonOptionalNone() {
        // ast.dump(ast.parse("return"), include_attributes=True) -> Module(body=[Return(...)], type_ignores=[])
        Module m = new Module(new ArrayList<>(List.of(new Return(null, 1, 0, 1, 6))), new ArrayList<>());
        assertEquals("Module(body=[Return(lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], "
                + "type_ignores=[])", AstDump.dump(m));
        Constant none = new Constant(null, null, 1, 0, 1, 4);
        assertEquals("Constant(value=None)", AstDump.dump(none, false));
    }

    @Test
    void codePointStringKeepsAdjacentSurrogatesApart() {
        // The dump python3 gives for the 14-character source text of this literal.
        Object value = CodePointString.of(new int[] {0xd801, 0xdca0});
        assertEquals("Constant(value='\\ud801\\udca0', lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=14)", AstDump.dump(new Constant(value, null, 1, 0, 1, 14)));
        assertEquals("'\\ud801\\udca0'", AstDump.constant(value));
    }

    @Test
    void codePointStringOnlyWhenAStringWouldMergeCodePoints() {
        assertEquals(new String(Character.toChars(0x104a0)), CodePointString.of(new int[] {0x104a0}));
        assertEquals("\udca0\ud801x", CodePointString.of(new int[] {0xdca0, 0xd801, 'x'}));
        Object merged = CodePointString.of(new int[] {'a', 0xd801, 0xdca0});
        assertEquals(CodePointString.class, merged.getClass());
        assertEquals(merged, CodePointString.of(new int[] {'a', 0xd801, 0xdca0}));
        assertEquals(merged.hashCode(), CodePointString.of(new int[] {'a', 0xd801, 0xdca0}).hashCode());
        assertNotEquals(merged, CodePointString.of(new int[] {'b', 0xd801, 0xdca0}));
        assertEquals(3, ((CodePointString) merged).length());
        assertEquals(0xdca0, ((CodePointString) merged).codePointAt(2));
        assertEquals("a\ud801\udca0", merged.toString());
    }

    @Test
    void dumpsTreesDeeperThanTheThreadStack() {
        Expr e = new Name("x", ExprContext.Load, 1, 0, 1, 1);
        for (int i = 0; i < 50_000; i++) {
            e = new UnaryOp(UnaryOperator.USub, e, 1, 0, 1, 1);
        }
        String dump = AstDump.dump(e, false);
        assertEquals(50_000, dump.split("UnaryOp\\(", -1).length - 1);
        org.junit.jupiter.api.Assertions.assertTrue(dump.contains("operand=Name(id='x', ctx=Load())"));
    }
}
