package org.taipan.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
