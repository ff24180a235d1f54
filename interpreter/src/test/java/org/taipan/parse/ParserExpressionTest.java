package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.taipan.ast.AstDump;

/** Expressions: node kinds, precedence and CPython's positions. Expected dumps are CPython 3.11's {@code ast.dump(ast.parse(src), include_attributes=True)}. */
class ParserExpressionTest {
    private static void check(String source, String expected) {
        assertEquals(expected, AstDump.dump(Parser.parse(source, "<test>", "exec")));
    }

    @Test
    void names_and_constants() {
        check("x\nTrue, False, None, ...\n1\n\"s\"\n",
                "Module(body=[Expr(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lin"
                + "eno=1, end_col_offset=1), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1"
                + "), Expr(value=Tuple(elts=[Constant(value=True, lineno=2, col_offset=0, end_linen"
                + "o=2, end_col_offset=4), Constant(value=False, lineno=2, col_offset=6, end_lineno"
                + "=2, end_col_offset=11), Constant(value=None, lineno=2, col_offset=13, end_lineno"
                + "=2, end_col_offset=17), Constant(value=Ellipsis, lineno=2, col_offset=19, end_li"
                + "neno=2, end_col_offset=22)], ctx=Load(), lineno=2, col_offset=0, end_lineno=2, e"
                + "nd_col_offset=22), lineno=2, col_offset=0, end_lineno=2, end_col_offset=22), Exp"
                + "r(value=Constant(value=1, lineno=3, col_offset=0, end_lineno=3, end_col_offset=1"
                + "), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), Expr(value=Constant("
                + "value='s', lineno=4, col_offset=0, end_lineno=4, end_col_offset=3), lineno=4, co"
                + "l_offset=0, end_lineno=4, end_col_offset=3)], type_ignores=[])");
    }

    @Test
    void parenthesized_keeps_inner_position() {
        check("(a)\n((a + b))\n(a).b\n(f)(x)\n",
                "Module(body=[Expr(value=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lin"
                + "eno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3"
                + "), Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=2, col_offset=2, end_li"
                + "neno=2, end_col_offset=3), op=Add(), right=Name(id='b', ctx=Load(), lineno=2, co"
                + "l_offset=6, end_lineno=2, end_col_offset=7), lineno=2, col_offset=2, end_lineno="
                + "2, end_col_offset=7), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9), E"
                + "xpr(value=Attribute(value=Name(id='a', ctx=Load(), lineno=3, col_offset=1, end_l"
                + "ineno=3, end_col_offset=2), attr='b', ctx=Load(), lineno=3, col_offset=0, end_li"
                + "neno=3, end_col_offset=5), lineno=3, col_offset=0, end_lineno=3, end_col_offset="
                + "5), Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=4, col_offset=1, end_li"
                + "neno=4, end_col_offset=2), args=[Name(id='x', ctx=Load(), lineno=4, col_offset=4"
                + ", end_lineno=4, end_col_offset=5)], keywords=[], lineno=4, col_offset=0, end_lin"
                + "eno=4, end_col_offset=6), lineno=4, col_offset=0, end_lineno=4, end_col_offset=6"
                + ")], type_ignores=[])");
    }

    @Test
    void tuples_with_and_without_parens() {
        check("a, b\n(a, b)\n()\n(a,)\na, b,\n",
                "Module(body=[Expr(value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offse"
                + "t=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Load(), lineno=1, col_off"
                + "set=3, end_lineno=1, end_col_offset=4)], ctx=Load(), lineno=1, col_offset=0, end"
                + "_lineno=1, end_col_offset=4), lineno=1, col_offset=0, end_lineno=1, end_col_offs"
                + "et=4), Expr(value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=2, col_offset=1, e"
                + "nd_lineno=2, end_col_offset=2), Name(id='b', ctx=Load(), lineno=2, col_offset=4,"
                + " end_lineno=2, end_col_offset=5)], ctx=Load(), lineno=2, col_offset=0, end_linen"
                + "o=2, end_col_offset=6), lineno=2, col_offset=0, end_lineno=2, end_col_offset=6),"
                + " Expr(value=Tuple(elts=[], ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end"
                + "_col_offset=2), lineno=3, col_offset=0, end_lineno=3, end_col_offset=2), Expr(va"
                + "lue=Tuple(elts=[Name(id='a', ctx=Load(), lineno=4, col_offset=1, end_lineno=4, e"
                + "nd_col_offset=2)], ctx=Load(), lineno=4, col_offset=0, end_lineno=4, end_col_off"
                + "set=4), lineno=4, col_offset=0, end_lineno=4, end_col_offset=4), Expr(value=Tupl"
                + "e(elts=[Name(id='a', ctx=Load(), lineno=5, col_offset=0, end_lineno=5, end_col_o"
                + "ffset=1), Name(id='b', ctx=Load(), lineno=5, col_offset=3, end_lineno=5, end_col"
                + "_offset=4)], ctx=Load(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=5)"
                + ", lineno=5, col_offset=0, end_lineno=5, end_col_offset=5)], type_ignores=[])");
    }

    @Test
    void binary_precedence() {
        check("a + b * c - d / e // f % g @ h\na << b >> c & d ^ e | f\n",
                "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load(), lineno=1,"
                + " col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), right=BinOp(left=Name("
                + "id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op="
                + "Mult(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end"
                + "_col_offset=9), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno="
                + "1, col_offset=0, end_lineno=1, end_col_offset=9), op=Sub(), right=BinOp(left=Bin"
                + "Op(left=BinOp(left=BinOp(left=Name(id='d', ctx=Load(), lineno=1, col_offset=12, "
                + "end_lineno=1, end_col_offset=13), op=Div(), right=Name(id='e', ctx=Load(), linen"
                + "o=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=12, e"
                + "nd_lineno=1, end_col_offset=17), op=FloorDiv(), right=Name(id='f', ctx=Load(), l"
                + "ineno=1, col_offset=21, end_lineno=1, end_col_offset=22), lineno=1, col_offset=1"
                + "2, end_lineno=1, end_col_offset=22), op=Mod(), right=Name(id='g', ctx=Load(), li"
                + "neno=1, col_offset=25, end_lineno=1, end_col_offset=26), lineno=1, col_offset=12"
                + ", end_lineno=1, end_col_offset=26), op=MatMult(), right=Name(id='h', ctx=Load(),"
                + " lineno=1, col_offset=29, end_lineno=1, end_col_offset=30), lineno=1, col_offset"
                + "=12, end_lineno=1, end_col_offset=30), lineno=1, col_offset=0, end_lineno=1, end"
                + "_col_offset=30), lineno=1, col_offset=0, end_lineno=1, end_col_offset=30), Expr("
                + "value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='a', ctx=Lo"
                + "ad(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), op=LShift(), righ"
                + "t=Name(id='b', ctx=Load(), lineno=2, col_offset=5, end_lineno=2, end_col_offset="
                + "6), lineno=2, col_offset=0, end_lineno=2, end_col_offset=6), op=RShift(), right="
                + "Name(id='c', ctx=Load(), lineno=2, col_offset=10, end_lineno=2, end_col_offset=1"
                + "1), lineno=2, col_offset=0, end_lineno=2, end_col_offset=11), op=BitAnd(), right"
                + "=Name(id='d', ctx=Load(), lineno=2, col_offset=14, end_lineno=2, end_col_offset="
                + "15), lineno=2, col_offset=0, end_lineno=2, end_col_offset=15), op=BitXor(), righ"
                + "t=Name(id='e', ctx=Load(), lineno=2, col_offset=18, end_lineno=2, end_col_offset"
                + "=19), lineno=2, col_offset=0, end_lineno=2, end_col_offset=19), op=BitOr(), righ"
                + "t=Name(id='f', ctx=Load(), lineno=2, col_offset=22, end_lineno=2, end_col_offset"
                + "=23), lineno=2, col_offset=0, end_lineno=2, end_col_offset=23), lineno=2, col_of"
                + "fset=0, end_lineno=2, end_col_offset=23)], type_ignores=[])");
    }

    @Test
    void power_and_unary() {
        check("-a ** -b ** c\n~+-a\nnot not a\nawait_ = 1\n",
                "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=L"
                + "oad(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), op=Pow(), right="
                + "UnaryOp(op=USub(), operand=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_off"
                + "set=7, end_lineno=1, end_col_offset=8), op=Pow(), right=Name(id='c', ctx=Load(),"
                + " lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset"
                + "=7, end_lineno=1, end_col_offset=13), lineno=1, col_offset=6, end_lineno=1, end_"
                + "col_offset=13), lineno=1, col_offset=1, end_lineno=1, end_col_offset=13), lineno"
                + "=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_"
                + "lineno=1, end_col_offset=13), Expr(value=UnaryOp(op=Invert(), operand=UnaryOp(op"
                + "=UAdd(), operand=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load(), lineno=2, c"
                + "ol_offset=3, end_lineno=2, end_col_offset=4), lineno=2, col_offset=2, end_lineno"
                + "=2, end_col_offset=4), lineno=2, col_offset=1, end_lineno=2, end_col_offset=4), "
                + "lineno=2, col_offset=0, end_lineno=2, end_col_offset=4), lineno=2, col_offset=0,"
                + " end_lineno=2, end_col_offset=4), Expr(value=UnaryOp(op=Not(), operand=UnaryOp(o"
                + "p=Not(), operand=Name(id='a', ctx=Load(), lineno=3, col_offset=8, end_lineno=3, "
                + "end_col_offset=9), lineno=3, col_offset=4, end_lineno=3, end_col_offset=9), line"
                + "no=3, col_offset=0, end_lineno=3, end_col_offset=9), lineno=3, col_offset=0, end"
                + "_lineno=3, end_col_offset=9), Assign(targets=[Name(id='await_', ctx=Store(), lin"
                + "eno=4, col_offset=0, end_lineno=4, end_col_offset=6)], value=Constant(value=1, l"
                + "ineno=4, col_offset=9, end_lineno=4, end_col_offset=10), lineno=4, col_offset=0,"
                + " end_lineno=4, end_col_offset=10)], type_ignores=[])");
    }

    @Test
    void boolean_operators() {
        check("a or b and not c or d\na and b and c\n",
                "Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load(), lineno="
                + "1, col_offset=0, end_lineno=1, end_col_offset=1), BoolOp(op=And(), values=[Name("
                + "id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Una"
                + "ryOp(op=Not(), operand=Name(id='c', ctx=Load(), lineno=1, col_offset=15, end_lin"
                + "eno=1, end_col_offset=16), lineno=1, col_offset=11, end_lineno=1, end_col_offset"
                + "=16)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=16), Name(id='d', ct"
                + "x=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21)], lineno=1, "
                + "col_offset=0, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_line"
                + "no=1, end_col_offset=21), Expr(value=BoolOp(op=And(), values=[Name(id='a', ctx=L"
                + "oad(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), Name(id='b', ctx"
                + "=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), Name(id='c', c"
                + "tx=Load(), lineno=2, col_offset=12, end_lineno=2, end_col_offset=13)], lineno=2,"
                + " col_offset=0, end_lineno=2, end_col_offset=13), lineno=2, col_offset=0, end_lin"
                + "eno=2, end_col_offset=13)], type_ignores=[])");
    }

    @Test
    void chained_comparisons() {
        check("a < b <= c > d >= e == f != g\na in b not in c is d is not e\n",
                "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offs"
                + "et=0, end_lineno=1, end_col_offset=1), ops=[Lt(), LtE(), Gt(), GtE(), Eq(), NotE"
                + "q()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1"
                + ", end_col_offset=5), Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno"
                + "=1, end_col_offset=10), Name(id='d', ctx=Load(), lineno=1, col_offset=13, end_li"
                + "neno=1, end_col_offset=14), Name(id='e', ctx=Load(), lineno=1, col_offset=18, en"
                + "d_lineno=1, end_col_offset=19), Name(id='f', ctx=Load(), lineno=1, col_offset=23"
                + ", end_lineno=1, end_col_offset=24), Name(id='g', ctx=Load(), lineno=1, col_offse"
                + "t=28, end_lineno=1, end_col_offset=29)], lineno=1, col_offset=0, end_lineno=1, e"
                + "nd_col_offset=29), lineno=1, col_offset=0, end_lineno=1, end_col_offset=29), Exp"
                + "r(value=Compare(left=Name(id='a', ctx=Load(), lineno=2, col_offset=0, end_lineno"
                + "=2, end_col_offset=1), ops=[In(), NotIn(), Is(), IsNot()], comparators=[Name(id="
                + "'b', ctx=Load(), lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), Name(i"
                + "d='c', ctx=Load(), lineno=2, col_offset=14, end_lineno=2, end_col_offset=15), Na"
                + "me(id='d', ctx=Load(), lineno=2, col_offset=19, end_lineno=2, end_col_offset=20)"
                + ", Name(id='e', ctx=Load(), lineno=2, col_offset=28, end_lineno=2, end_col_offset"
                + "=29)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=29), lineno=2, col_o"
                + "ffset=0, end_lineno=2, end_col_offset=29)], type_ignores=[])");
    }

    @Test
    void conditional_expression() {
        check("a if b else c if d else e\n(a) if b else c\n",
                "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset"
                + "=5, end_lineno=1, end_col_offset=6), body=Name(id='a', ctx=Load(), lineno=1, col"
                + "_offset=0, end_lineno=1, end_col_offset=1), orelse=IfExp(test=Name(id='d', ctx=L"
                + "oad(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), body=Name(id='"
                + "c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), orels"
                + "e=Name(id='e', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset"
                + "=25), lineno=1, col_offset=12, end_lineno=1, end_col_offset=25), lineno=1, col_o"
                + "ffset=0, end_lineno=1, end_col_offset=25), lineno=1, col_offset=0, end_lineno=1,"
                + " end_col_offset=25), Expr(value=IfExp(test=Name(id='b', ctx=Load(), lineno=2, co"
                + "l_offset=7, end_lineno=2, end_col_offset=8), body=Name(id='a', ctx=Load(), linen"
                + "o=2, col_offset=1, end_lineno=2, end_col_offset=2), orelse=Name(id='c', ctx=Load"
                + "(), lineno=2, col_offset=14, end_lineno=2, end_col_offset=15), lineno=2, col_off"
                + "set=0, end_lineno=2, end_col_offset=15), lineno=2, col_offset=0, end_lineno=2, e"
                + "nd_col_offset=15)], type_ignores=[])");
    }

    @Test
    void lambda_forms() {
        check("lambda: 0\nlambda a, b=1, *c, d, e=2, **f: 0\nlambda a, /, b: 0\nlambda *, a: 0\nlambda a,: 0\n",
                "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyarg"
                + "s=[], kw_defaults=[], defaults=[]), body=Constant(value=0, lineno=1, col_offset="
                + "8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_co"
                + "l_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), Expr(value"
                + "=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=2, col_offset=7"
                + ", end_lineno=2, end_col_offset=8), arg(arg='b', lineno=2, col_offset=10, end_lin"
                + "eno=2, end_col_offset=11)], vararg=arg(arg='c', lineno=2, col_offset=16, end_lin"
                + "eno=2, end_col_offset=17), kwonlyargs=[arg(arg='d', lineno=2, col_offset=19, end"
                + "_lineno=2, end_col_offset=20), arg(arg='e', lineno=2, col_offset=22, end_lineno="
                + "2, end_col_offset=23)], kw_defaults=[None, Constant(value=2, lineno=2, col_offse"
                + "t=24, end_lineno=2, end_col_offset=25)], kwarg=arg(arg='f', lineno=2, col_offset"
                + "=29, end_lineno=2, end_col_offset=30), defaults=[Constant(value=1, lineno=2, col"
                + "_offset=12, end_lineno=2, end_col_offset=13)]), body=Constant(value=0, lineno=2,"
                + " col_offset=32, end_lineno=2, end_col_offset=33), lineno=2, col_offset=0, end_li"
                + "neno=2, end_col_offset=33), lineno=2, col_offset=0, end_lineno=2, end_col_offset"
                + "=33), Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a', lineno=3, col_o"
                + "ffset=7, end_lineno=3, end_col_offset=8)], args=[arg(arg='b', lineno=3, col_offs"
                + "et=13, end_lineno=3, end_col_offset=14)], kwonlyargs=[], kw_defaults=[], default"
                + "s=[]), body=Constant(value=0, lineno=3, col_offset=16, end_lineno=3, end_col_off"
                + "set=17), lineno=3, col_offset=0, end_lineno=3, end_col_offset=17), lineno=3, col"
                + "_offset=0, end_lineno=3, end_col_offset=17), Expr(value=Lambda(args=arguments(po"
                + "sonlyargs=[], args=[], kwonlyargs=[arg(arg='a', lineno=4, col_offset=10, end_lin"
                + "eno=4, end_col_offset=11)], kw_defaults=[None], defaults=[]), body=Constant(valu"
                + "e=0, lineno=4, col_offset=13, end_lineno=4, end_col_offset=14), lineno=4, col_of"
                + "fset=0, end_lineno=4, end_col_offset=14), lineno=4, col_offset=0, end_lineno=4, "
                + "end_col_offset=14), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(a"
                + "rg='a', lineno=5, col_offset=7, end_lineno=5, end_col_offset=8)], kwonlyargs=[],"
                + " kw_defaults=[], defaults=[]), body=Constant(value=0, lineno=5, col_offset=11, e"
                + "nd_lineno=5, end_col_offset=12), lineno=5, col_offset=0, end_lineno=5, end_col_o"
                + "ffset=12), lineno=5, col_offset=0, end_lineno=5, end_col_offset=12)], type_ignor"
                + "es=[])");
    }

    @Test
    void walrus() {
        check("(y := f(x))\nif (n := len(a)) > 10: pass\n[y for x in z if (y := x)]\nx[a:=1]\nf(a := 1)\n",
                "Module(body=[Expr(value=NamedExpr(target=Name(id='y', ctx=Store(), lineno=1, col"
                + "_offset=1, end_lineno=1, end_col_offset=2), value=Call(func=Name(id='f', ctx=Loa"
                + "d(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), args=[Name(id='x',"
                + " ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], keywords="
                + "[], lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), lineno=1, col_offs"
                + "et=1, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, en"
                + "d_col_offset=11), If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()"
                + ", lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), value=Call(func=Name("
                + "id='len', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=12), "
                + "args=[Name(id='a', ctx=Load(), lineno=2, col_offset=13, end_lineno=2, end_col_of"
                + "fset=14)], keywords=[], lineno=2, col_offset=9, end_lineno=2, end_col_offset=15)"
                + ", lineno=2, col_offset=4, end_lineno=2, end_col_offset=15), ops=[Gt()], comparat"
                + "ors=[Constant(value=10, lineno=2, col_offset=19, end_lineno=2, end_col_offset=21"
                + ")], lineno=2, col_offset=3, end_lineno=2, end_col_offset=21), body=[Pass(lineno="
                + "2, col_offset=23, end_lineno=2, end_col_offset=27)], orelse=[], lineno=2, col_of"
                + "fset=0, end_lineno=2, end_col_offset=27), Expr(value=ListComp(elt=Name(id='y', c"
                + "tx=Load(), lineno=3, col_offset=1, end_lineno=3, end_col_offset=2), generators=["
                + "comprehension(target=Name(id='x', ctx=Store(), lineno=3, col_offset=7, end_linen"
                + "o=3, end_col_offset=8), iter=Name(id='z', ctx=Load(), lineno=3, col_offset=12, e"
                + "nd_lineno=3, end_col_offset=13), ifs=[NamedExpr(target=Name(id='y', ctx=Store(),"
                + " lineno=3, col_offset=18, end_lineno=3, end_col_offset=19), value=Name(id='x', c"
                + "tx=Load(), lineno=3, col_offset=23, end_lineno=3, end_col_offset=24), lineno=3, "
                + "col_offset=18, end_lineno=3, end_col_offset=24)], is_async=0)], lineno=3, col_of"
                + "fset=0, end_lineno=3, end_col_offset=26), lineno=3, col_offset=0, end_lineno=3, "
                + "end_col_offset=26), Expr(value=Subscript(value=Name(id='x', ctx=Load(), lineno=4"
                + ", col_offset=0, end_lineno=4, end_col_offset=1), slice=NamedExpr(target=Name(id="
                + "'a', ctx=Store(), lineno=4, col_offset=2, end_lineno=4, end_col_offset=3), value"
                + "=Constant(value=1, lineno=4, col_offset=5, end_lineno=4, end_col_offset=6), line"
                + "no=4, col_offset=2, end_lineno=4, end_col_offset=6), ctx=Load(), lineno=4, col_o"
                + "ffset=0, end_lineno=4, end_col_offset=7), lineno=4, col_offset=0, end_lineno=4, "
                + "end_col_offset=7), Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=5, col_o"
                + "ffset=0, end_lineno=5, end_col_offset=1), args=[NamedExpr(target=Name(id='a', ct"
                + "x=Store(), lineno=5, col_offset=2, end_lineno=5, end_col_offset=3), value=Consta"
                + "nt(value=1, lineno=5, col_offset=7, end_lineno=5, end_col_offset=8), lineno=5, c"
                + "ol_offset=2, end_lineno=5, end_col_offset=8)], keywords=[], lineno=5, col_offset"
                + "=0, end_lineno=5, end_col_offset=9), lineno=5, col_offset=0, end_lineno=5, end_c"
                + "ol_offset=9)], type_ignores=[])");
    }

    @Test
    void calls() {
        check("f()\nf(a, *b, c=1, **d)\nf(*a, b, *c, d=1, **e, f=2)\nf(a,)\nf(x for x in y)\nf(a)(b)(c)\n",
                "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset="
                + "0, end_lineno=1, end_col_offset=1), args=[], keywords=[], lineno=1, col_offset=0"
                + ", end_lineno=1, end_col_offset=3), lineno=1, col_offset=0, end_lineno=1, end_col"
                + "_offset=3), Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=2, col_offset=0"
                + ", end_lineno=2, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=2, col_"
                + "offset=2, end_lineno=2, end_col_offset=3), Starred(value=Name(id='b', ctx=Load()"
                + ", lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), ctx=Load(), lineno=2,"
                + " col_offset=5, end_lineno=2, end_col_offset=7)], keywords=[keyword(arg='c', valu"
                + "e=Constant(value=1, lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), l"
                + "ineno=2, col_offset=9, end_lineno=2, end_col_offset=12), keyword(value=Name(id='"
                + "d', ctx=Load(), lineno=2, col_offset=16, end_lineno=2, end_col_offset=17), linen"
                + "o=2, col_offset=14, end_lineno=2, end_col_offset=17)], lineno=2, col_offset=0, e"
                + "nd_lineno=2, end_col_offset=18), lineno=2, col_offset=0, end_lineno=2, end_col_o"
                + "ffset=18), Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=3, col_offset=0,"
                + " end_lineno=3, end_col_offset=1), args=[Starred(value=Name(id='a', ctx=Load(), l"
                + "ineno=3, col_offset=3, end_lineno=3, end_col_offset=4), ctx=Load(), lineno=3, co"
                + "l_offset=2, end_lineno=3, end_col_offset=4), Name(id='b', ctx=Load(), lineno=3, "
                + "col_offset=6, end_lineno=3, end_col_offset=7), Starred(value=Name(id='c', ctx=Lo"
                + "ad(), lineno=3, col_offset=10, end_lineno=3, end_col_offset=11), ctx=Load(), lin"
                + "eno=3, col_offset=9, end_lineno=3, end_col_offset=11)], keywords=[keyword(arg='d"
                + "', value=Constant(value=1, lineno=3, col_offset=15, end_lineno=3, end_col_offset"
                + "=16), lineno=3, col_offset=13, end_lineno=3, end_col_offset=16), keyword(value=N"
                + "ame(id='e', ctx=Load(), lineno=3, col_offset=20, end_lineno=3, end_col_offset=21"
                + "), lineno=3, col_offset=18, end_lineno=3, end_col_offset=21), keyword(arg='f', v"
                + "alue=Constant(value=2, lineno=3, col_offset=25, end_lineno=3, end_col_offset=26)"
                + ", lineno=3, col_offset=23, end_lineno=3, end_col_offset=26)], lineno=3, col_offs"
                + "et=0, end_lineno=3, end_col_offset=27), lineno=3, col_offset=0, end_lineno=3, en"
                + "d_col_offset=27), Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=4, col_of"
                + "fset=0, end_lineno=4, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=4"
                + ", col_offset=2, end_lineno=4, end_col_offset=3)], keywords=[], lineno=4, col_off"
                + "set=0, end_lineno=4, end_col_offset=5), lineno=4, col_offset=0, end_lineno=4, en"
                + "d_col_offset=5), Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=5, col_off"
                + "set=0, end_lineno=5, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx="
                + "Load(), lineno=5, col_offset=2, end_lineno=5, end_col_offset=3), generators=[com"
                + "prehension(target=Name(id='x', ctx=Store(), lineno=5, col_offset=8, end_lineno=5"
                + ", end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=5, col_offset=13, end_"
                + "lineno=5, end_col_offset=14), ifs=[], is_async=0)], lineno=5, col_offset=1, end_"
                + "lineno=5, end_col_offset=15)], keywords=[], lineno=5, col_offset=0, end_lineno=5"
                + ", end_col_offset=15), lineno=5, col_offset=0, end_lineno=5, end_col_offset=15), "
                + "Expr(value=Call(func=Call(func=Call(func=Name(id='f', ctx=Load(), lineno=6, col_"
                + "offset=0, end_lineno=6, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno"
                + "=6, col_offset=2, end_lineno=6, end_col_offset=3)], keywords=[], lineno=6, col_o"
                + "ffset=0, end_lineno=6, end_col_offset=4), args=[Name(id='b', ctx=Load(), lineno="
                + "6, col_offset=5, end_lineno=6, end_col_offset=6)], keywords=[], lineno=6, col_of"
                + "fset=0, end_lineno=6, end_col_offset=7), args=[Name(id='c', ctx=Load(), lineno=6"
                + ", col_offset=8, end_lineno=6, end_col_offset=9)], keywords=[], lineno=6, col_off"
                + "set=0, end_lineno=6, end_col_offset=10), lineno=6, col_offset=0, end_lineno=6, e"
                + "nd_col_offset=10)], type_ignores=[])");
    }

    @Test
    void generator_argument_spans_call_parens() {
        check("f(x for x in y)\nf (\n  x for x in y\n)\n",
                "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset="
                + "0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load"
                + "(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[compreh"
                + "ension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, en"
                + "d_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_line"
                + "no=1, end_col_offset=14), ifs=[], is_async=0)], lineno=1, col_offset=1, end_line"
                + "no=1, end_col_offset=15)], keywords=[], lineno=1, col_offset=0, end_lineno=1, en"
                + "d_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Expr"
                + "(value=Call(func=Name(id='f', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, "
                + "end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=3, col"
                + "_offset=2, end_lineno=3, end_col_offset=3), generators=[comprehension(target=Nam"
                + "e(id='x', ctx=Store(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), "
                + "iter=Name(id='y', ctx=Load(), lineno=3, col_offset=13, end_lineno=3, end_col_off"
                + "set=14), ifs=[], is_async=0)], lineno=2, col_offset=2, end_lineno=4, end_col_off"
                + "set=1)], keywords=[], lineno=2, col_offset=0, end_lineno=4, end_col_offset=1), l"
                + "ineno=2, col_offset=0, end_lineno=4, end_col_offset=1)], type_ignores=[])");
    }

    @Test
    void attributes_and_subscripts() {
        check("a.b.c\na[1]\na[b][c]\na.b[c](d).e\n",
                "Module(body=[Expr(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load(),"
                + " lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Load(), "
                + "lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), attr='c', ctx=Load(), l"
                + "ineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, "
                + "end_lineno=1, end_col_offset=5), Expr(value=Subscript(value=Name(id='a', ctx=Loa"
                + "d(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), slice=Constant(val"
                + "ue=1, lineno=2, col_offset=2, end_lineno=2, end_col_offset=3), ctx=Load(), linen"
                + "o=2, col_offset=0, end_lineno=2, end_col_offset=4), lineno=2, col_offset=0, end_"
                + "lineno=2, end_col_offset=4), Expr(value=Subscript(value=Subscript(value=Name(id="
                + "'a', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), slice="
                + "Name(id='b', ctx=Load(), lineno=3, col_offset=2, end_lineno=3, end_col_offset=3)"
                + ", ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=4), slice=Nam"
                + "e(id='c', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), c"
                + "tx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=7), lineno=3, co"
                + "l_offset=0, end_lineno=3, end_col_offset=7), Expr(value=Attribute(value=Call(fun"
                + "c=Subscript(value=Attribute(value=Name(id='a', ctx=Load(), lineno=4, col_offset="
                + "0, end_lineno=4, end_col_offset=1), attr='b', ctx=Load(), lineno=4, col_offset=0"
                + ", end_lineno=4, end_col_offset=3), slice=Name(id='c', ctx=Load(), lineno=4, col_"
                + "offset=4, end_lineno=4, end_col_offset=5), ctx=Load(), lineno=4, col_offset=0, e"
                + "nd_lineno=4, end_col_offset=6), args=[Name(id='d', ctx=Load(), lineno=4, col_off"
                + "set=7, end_lineno=4, end_col_offset=8)], keywords=[], lineno=4, col_offset=0, en"
                + "d_lineno=4, end_col_offset=9), attr='e', ctx=Load(), lineno=4, col_offset=0, end"
                + "_lineno=4, end_col_offset=11), lineno=4, col_offset=0, end_lineno=4, end_col_off"
                + "set=11)], type_ignores=[])");
    }

    @Test
    void slices() {
        check("a[:]\na[1:]\na[:2]\na[::3]\na[1:2:3]\na[1:2, ::3]\na[1, 2]\na[1,]\na[*b]\na[*b, c]\n",
                "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_o"
                + "ffset=0, end_lineno=1, end_col_offset=1), slice=Slice(lineno=1, col_offset=2, en"
                + "d_lineno=1, end_col_offset=3), ctx=Load(), lineno=1, col_offset=0, end_lineno=1,"
                + " end_col_offset=4), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), Exp"
                + "r(value=Subscript(value=Name(id='a', ctx=Load(), lineno=2, col_offset=0, end_lin"
                + "eno=2, end_col_offset=1), slice=Slice(lower=Constant(value=1, lineno=2, col_offs"
                + "et=2, end_lineno=2, end_col_offset=3), lineno=2, col_offset=2, end_lineno=2, end"
                + "_col_offset=4), ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset"
                + "=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), Expr(value=Subscri"
                + "pt(value=Name(id='a', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_"
                + "offset=1), slice=Slice(upper=Constant(value=2, lineno=3, col_offset=3, end_linen"
                + "o=3, end_col_offset=4), lineno=3, col_offset=2, end_lineno=3, end_col_offset=4),"
                + " ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=5), lineno=3, "
                + "col_offset=0, end_lineno=3, end_col_offset=5), Expr(value=Subscript(value=Name(i"
                + "d='a', ctx=Load(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1), slic"
                + "e=Slice(step=Constant(value=3, lineno=4, col_offset=4, end_lineno=4, end_col_off"
                + "set=5), lineno=4, col_offset=2, end_lineno=4, end_col_offset=5), ctx=Load(), lin"
                + "eno=4, col_offset=0, end_lineno=4, end_col_offset=6), lineno=4, col_offset=0, en"
                + "d_lineno=4, end_col_offset=6), Expr(value=Subscript(value=Name(id='a', ctx=Load("
                + "), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1), slice=Slice(lower=Co"
                + "nstant(value=1, lineno=5, col_offset=2, end_lineno=5, end_col_offset=3), upper=C"
                + "onstant(value=2, lineno=5, col_offset=4, end_lineno=5, end_col_offset=5), step=C"
                + "onstant(value=3, lineno=5, col_offset=6, end_lineno=5, end_col_offset=7), lineno"
                + "=5, col_offset=2, end_lineno=5, end_col_offset=7), ctx=Load(), lineno=5, col_off"
                + "set=0, end_lineno=5, end_col_offset=8), lineno=5, col_offset=0, end_lineno=5, en"
                + "d_col_offset=8), Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=6, c"
                + "ol_offset=0, end_lineno=6, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Cons"
                + "tant(value=1, lineno=6, col_offset=2, end_lineno=6, end_col_offset=3), upper=Con"
                + "stant(value=2, lineno=6, col_offset=4, end_lineno=6, end_col_offset=5), lineno=6"
                + ", col_offset=2, end_lineno=6, end_col_offset=5), Slice(step=Constant(value=3, li"
                + "neno=6, col_offset=9, end_lineno=6, end_col_offset=10), lineno=6, col_offset=7, "
                + "end_lineno=6, end_col_offset=10)], ctx=Load(), lineno=6, col_offset=2, end_linen"
                + "o=6, end_col_offset=10), ctx=Load(), lineno=6, col_offset=0, end_lineno=6, end_c"
                + "ol_offset=11), lineno=6, col_offset=0, end_lineno=6, end_col_offset=11), Expr(va"
                + "lue=Subscript(value=Name(id='a', ctx=Load(), lineno=7, col_offset=0, end_lineno="
                + "7, end_col_offset=1), slice=Tuple(elts=[Constant(value=1, lineno=7, col_offset=2"
                + ", end_lineno=7, end_col_offset=3), Constant(value=2, lineno=7, col_offset=5, end"
                + "_lineno=7, end_col_offset=6)], ctx=Load(), lineno=7, col_offset=2, end_lineno=7,"
                + " end_col_offset=6), ctx=Load(), lineno=7, col_offset=0, end_lineno=7, end_col_of"
                + "fset=7), lineno=7, col_offset=0, end_lineno=7, end_col_offset=7), Expr(value=Sub"
                + "script(value=Name(id='a', ctx=Load(), lineno=8, col_offset=0, end_lineno=8, end_"
                + "col_offset=1), slice=Tuple(elts=[Constant(value=1, lineno=8, col_offset=2, end_l"
                + "ineno=8, end_col_offset=3)], ctx=Load(), lineno=8, col_offset=2, end_lineno=8, e"
                + "nd_col_offset=4), ctx=Load(), lineno=8, col_offset=0, end_lineno=8, end_col_offs"
                + "et=5), lineno=8, col_offset=0, end_lineno=8, end_col_offset=5), Expr(value=Subsc"
                + "ript(value=Name(id='a', ctx=Load(), lineno=9, col_offset=0, end_lineno=9, end_co"
                + "l_offset=1), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load(), lineno=9, "
                + "col_offset=3, end_lineno=9, end_col_offset=4), ctx=Load(), lineno=9, col_offset="
                + "2, end_lineno=9, end_col_offset=4)], ctx=Load(), lineno=9, col_offset=2, end_lin"
                + "eno=9, end_col_offset=4), ctx=Load(), lineno=9, col_offset=0, end_lineno=9, end_"
                + "col_offset=5), lineno=9, col_offset=0, end_lineno=9, end_col_offset=5), Expr(val"
                + "ue=Subscript(value=Name(id='a', ctx=Load(), lineno=10, col_offset=0, end_lineno="
                + "10, end_col_offset=1), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load(), "
                + "lineno=10, col_offset=3, end_lineno=10, end_col_offset=4), ctx=Load(), lineno=10"
                + ", col_offset=2, end_lineno=10, end_col_offset=4), Name(id='c', ctx=Load(), linen"
                + "o=10, col_offset=6, end_lineno=10, end_col_offset=7)], ctx=Load(), lineno=10, co"
                + "l_offset=2, end_lineno=10, end_col_offset=7), ctx=Load(), lineno=10, col_offset="
                + "0, end_lineno=10, end_col_offset=8), lineno=10, col_offset=0, end_lineno=10, end"
                + "_col_offset=8)], type_ignores=[])");
    }

    @Test
    void containers() {
        check("[]\n[a, *b]\n{}\n{a: b, **c}\n{**a}\n{a, *b}\n{a,}\n",
                "Module(body=[Expr(value=List(elts=[], ctx=Load(), lineno=1, col_offset=0, end_li"
                + "neno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset="
                + "2), Expr(value=List(elts=[Name(id='a', ctx=Load(), lineno=2, col_offset=1, end_l"
                + "ineno=2, end_col_offset=2), Starred(value=Name(id='b', ctx=Load(), lineno=2, col"
                + "_offset=5, end_lineno=2, end_col_offset=6), ctx=Load(), lineno=2, col_offset=4, "
                + "end_lineno=2, end_col_offset=6)], ctx=Load(), lineno=2, col_offset=0, end_lineno"
                + "=2, end_col_offset=7), lineno=2, col_offset=0, end_lineno=2, end_col_offset=7), "
                + "Expr(value=Dict(keys=[], values=[], lineno=3, col_offset=0, end_lineno=3, end_co"
                + "l_offset=2), lineno=3, col_offset=0, end_lineno=3, end_col_offset=2), Expr(value"
                + "=Dict(keys=[Name(id='a', ctx=Load(), lineno=4, col_offset=1, end_lineno=4, end_c"
                + "ol_offset=2), None], values=[Name(id='b', ctx=Load(), lineno=4, col_offset=4, en"
                + "d_lineno=4, end_col_offset=5), Name(id='c', ctx=Load(), lineno=4, col_offset=9, "
                + "end_lineno=4, end_col_offset=10)], lineno=4, col_offset=0, end_lineno=4, end_col"
                + "_offset=11), lineno=4, col_offset=0, end_lineno=4, end_col_offset=11), Expr(valu"
                + "e=Dict(keys=[None], values=[Name(id='a', ctx=Load(), lineno=5, col_offset=3, end"
                + "_lineno=5, end_col_offset=4)], lineno=5, col_offset=0, end_lineno=5, end_col_off"
                + "set=5), lineno=5, col_offset=0, end_lineno=5, end_col_offset=5), Expr(value=Set("
                + "elts=[Name(id='a', ctx=Load(), lineno=6, col_offset=1, end_lineno=6, end_col_off"
                + "set=2), Starred(value=Name(id='b', ctx=Load(), lineno=6, col_offset=5, end_linen"
                + "o=6, end_col_offset=6), ctx=Load(), lineno=6, col_offset=4, end_lineno=6, end_co"
                + "l_offset=6)], lineno=6, col_offset=0, end_lineno=6, end_col_offset=7), lineno=6,"
                + " col_offset=0, end_lineno=6, end_col_offset=7), Expr(value=Set(elts=[Name(id='a'"
                + ", ctx=Load(), lineno=7, col_offset=1, end_lineno=7, end_col_offset=2)], lineno=7"
                + ", col_offset=0, end_lineno=7, end_col_offset=4), lineno=7, col_offset=0, end_lin"
                + "eno=7, end_col_offset=4)], type_ignores=[])");
    }

    @Test
    void comprehensions() {
        check("[x for x in y]\n{x for x in y if a if b}\n{k: v for k, v in d.items()}\n(x for y in z for x in y)\n[x async for x in y]\n[(a, b) for a, b, in c]\n",
                "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offs"
                + "et=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id="
                + "'x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter="
                + "Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=1"
                + "3), ifs=[], is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=1"
                + "4), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), Expr(value=SetComp"
                + "(elt=Name(id='x', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offs"
                + "et=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=2, col_"
                + "offset=7, end_lineno=2, end_col_offset=8), iter=Name(id='y', ctx=Load(), lineno="
                + "2, col_offset=12, end_lineno=2, end_col_offset=13), ifs=[Name(id='a', ctx=Load()"
                + ", lineno=2, col_offset=17, end_lineno=2, end_col_offset=18), Name(id='b', ctx=Lo"
                + "ad(), lineno=2, col_offset=22, end_lineno=2, end_col_offset=23)], is_async=0)], "
                + "lineno=2, col_offset=0, end_lineno=2, end_col_offset=24), lineno=2, col_offset=0"
                + ", end_lineno=2, end_col_offset=24), Expr(value=DictComp(key=Name(id='k', ctx=Loa"
                + "d(), lineno=3, col_offset=1, end_lineno=3, end_col_offset=2), value=Name(id='v',"
                + " ctx=Load(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=5), generators"
                + "=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store(), lineno=3, col_offse"
                + "t=10, end_lineno=3, end_col_offset=11), Name(id='v', ctx=Store(), lineno=3, col_"
                + "offset=13, end_lineno=3, end_col_offset=14)], ctx=Store(), lineno=3, col_offset="
                + "10, end_lineno=3, end_col_offset=14), iter=Call(func=Attribute(value=Name(id='d'"
                + ", ctx=Load(), lineno=3, col_offset=18, end_lineno=3, end_col_offset=19), attr='i"
                + "tems', ctx=Load(), lineno=3, col_offset=18, end_lineno=3, end_col_offset=25), ar"
                + "gs=[], keywords=[], lineno=3, col_offset=18, end_lineno=3, end_col_offset=27), i"
                + "fs=[], is_async=0)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=28), l"
                + "ineno=3, col_offset=0, end_lineno=3, end_col_offset=28), Expr(value=GeneratorExp"
                + "(elt=Name(id='x', ctx=Load(), lineno=4, col_offset=1, end_lineno=4, end_col_offs"
                + "et=2), generators=[comprehension(target=Name(id='y', ctx=Store(), lineno=4, col_"
                + "offset=7, end_lineno=4, end_col_offset=8), iter=Name(id='z', ctx=Load(), lineno="
                + "4, col_offset=12, end_lineno=4, end_col_offset=13), ifs=[], is_async=0), compreh"
                + "ension(target=Name(id='x', ctx=Store(), lineno=4, col_offset=18, end_lineno=4, e"
                + "nd_col_offset=19), iter=Name(id='y', ctx=Load(), lineno=4, col_offset=23, end_li"
                + "neno=4, end_col_offset=24), ifs=[], is_async=0)], lineno=4, col_offset=0, end_li"
                + "neno=4, end_col_offset=25), lineno=4, col_offset=0, end_lineno=4, end_col_offset"
                + "=25), Expr(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=5, col_offset=1, e"
                + "nd_lineno=5, end_col_offset=2), generators=[comprehension(target=Name(id='x', ct"
                + "x=Store(), lineno=5, col_offset=13, end_lineno=5, end_col_offset=14), iter=Name("
                + "id='y', ctx=Load(), lineno=5, col_offset=18, end_lineno=5, end_col_offset=19), i"
                + "fs=[], is_async=1)], lineno=5, col_offset=0, end_lineno=5, end_col_offset=20), l"
                + "ineno=5, col_offset=0, end_lineno=5, end_col_offset=20), Expr(value=ListComp(elt"
                + "=Tuple(elts=[Name(id='a', ctx=Load(), lineno=6, col_offset=2, end_lineno=6, end_"
                + "col_offset=3), Name(id='b', ctx=Load(), lineno=6, col_offset=5, end_lineno=6, en"
                + "d_col_offset=6)], ctx=Load(), lineno=6, col_offset=1, end_lineno=6, end_col_offs"
                + "et=7), generators=[comprehension(target=Tuple(elts=[Name(id='a', ctx=Store(), li"
                + "neno=6, col_offset=12, end_lineno=6, end_col_offset=13), Name(id='b', ctx=Store("
                + "), lineno=6, col_offset=15, end_lineno=6, end_col_offset=16)], ctx=Store(), line"
                + "no=6, col_offset=12, end_lineno=6, end_col_offset=17), iter=Name(id='c', ctx=Loa"
                + "d(), lineno=6, col_offset=21, end_lineno=6, end_col_offset=22), ifs=[], is_async"
                + "=0)], lineno=6, col_offset=0, end_lineno=6, end_col_offset=23), lineno=6, col_of"
                + "fset=0, end_lineno=6, end_col_offset=23)], type_ignores=[])");
    }

    @Test
    void strings() {
        check("\"a\" \"b\"\nf\"x{y!r:>{w}}\"\nb\"a\" b\"b\"\nu\"x\"\n",
                "Module(body=[Expr(value=Constant(value='ab', lineno=1, col_offset=0, end_lineno="
                + "1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), E"
                + "xpr(value=JoinedStr(values=[Constant(value='x', lineno=2, col_offset=0, end_line"
                + "no=2, end_col_offset=14), FormattedValue(value=Name(id='y', ctx=Load(), lineno=2"
                + ", col_offset=4, end_lineno=2, end_col_offset=5), conversion=114, format_spec=Joi"
                + "nedStr(values=[Constant(value='>', lineno=2, col_offset=0, end_lineno=2, end_col"
                + "_offset=14), FormattedValue(value=Name(id='w', ctx=Load(), lineno=2, col_offset="
                + "10, end_lineno=2, end_col_offset=11), conversion=-1, lineno=2, col_offset=0, end"
                + "_lineno=2, end_col_offset=14)], lineno=2, col_offset=0, end_lineno=2, end_col_of"
                + "fset=14), lineno=2, col_offset=0, end_lineno=2, end_col_offset=14)], lineno=2, c"
                + "ol_offset=0, end_lineno=2, end_col_offset=14), lineno=2, col_offset=0, end_linen"
                + "o=2, end_col_offset=14), Expr(value=Constant(value=b'ab', lineno=3, col_offset=0"
                + ", end_lineno=3, end_col_offset=9), lineno=3, col_offset=0, end_lineno=3, end_col"
                + "_offset=9), Expr(value=Constant(value='x', kind='u', lineno=4, col_offset=0, end"
                + "_lineno=4, end_col_offset=4), lineno=4, col_offset=0, end_lineno=4, end_col_offs"
                + "et=4)], type_ignores=[])");
    }

    @Test
    void yield_forms() {
        check("def f():\n    yield\n    yield a\n    yield a, b\n    x = yield\n    y = yield from z\n    await w\n",
                "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonl"
                + "yargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield(lineno=2, col_off"
                + "set=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, en"
                + "d_col_offset=9), Expr(value=Yield(value=Name(id='a', ctx=Load(), lineno=3, col_o"
                + "ffset=10, end_lineno=3, end_col_offset=11), lineno=3, col_offset=4, end_lineno=3"
                + ", end_col_offset=11), lineno=3, col_offset=4, end_lineno=3, end_col_offset=11), "
                + "Expr(value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=4, col_offset"
                + "=10, end_lineno=4, end_col_offset=11), Name(id='b', ctx=Load(), lineno=4, col_of"
                + "fset=13, end_lineno=4, end_col_offset=14)], ctx=Load(), lineno=4, col_offset=10,"
                + " end_lineno=4, end_col_offset=14), lineno=4, col_offset=4, end_lineno=4, end_col"
                + "_offset=14), lineno=4, col_offset=4, end_lineno=4, end_col_offset=14), Assign(ta"
                + "rgets=[Name(id='x', ctx=Store(), lineno=5, col_offset=4, end_lineno=5, end_col_o"
                + "ffset=5)], value=Yield(lineno=5, col_offset=8, end_lineno=5, end_col_offset=13),"
                + " lineno=5, col_offset=4, end_lineno=5, end_col_offset=13), Assign(targets=[Name("
                + "id='y', ctx=Store(), lineno=6, col_offset=4, end_lineno=6, end_col_offset=5)], v"
                + "alue=YieldFrom(value=Name(id='z', ctx=Load(), lineno=6, col_offset=19, end_linen"
                + "o=6, end_col_offset=20), lineno=6, col_offset=8, end_lineno=6, end_col_offset=20"
                + "), lineno=6, col_offset=4, end_lineno=6, end_col_offset=20), Expr(value=Await(va"
                + "lue=Name(id='w', ctx=Load(), lineno=7, col_offset=10, end_lineno=7, end_col_offs"
                + "et=11), lineno=7, col_offset=4, end_lineno=7, end_col_offset=11), lineno=7, col_"
                + "offset=4, end_lineno=7, end_col_offset=11)], decorator_list=[], lineno=1, col_of"
                + "fset=0, end_lineno=7, end_col_offset=11)], type_ignores=[])");
    }

    @Test
    void starred_expressions() {
        check("*a, b = c\nx = *a, *b\nprint(*a)\nreturn_ = [*a, *b]\n",
                "Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store(),"
                + " lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), ctx=Store(), lineno=1,"
                + " col_offset=0, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Store(), lineno"
                + "=1, col_offset=4, end_lineno=1, end_col_offset=5)], ctx=Store(), lineno=1, col_o"
                + "ffset=0, end_lineno=1, end_col_offset=5)], value=Name(id='c', ctx=Load(), lineno"
                + "=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_l"
                + "ineno=1, end_col_offset=9), Assign(targets=[Name(id='x', ctx=Store(), lineno=2, "
                + "col_offset=0, end_lineno=2, end_col_offset=1)], value=Tuple(elts=[Starred(value="
                + "Name(id='a', ctx=Load(), lineno=2, col_offset=5, end_lineno=2, end_col_offset=6)"
                + ", ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=6), Starred(v"
                + "alue=Name(id='b', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offs"
                + "et=10), ctx=Load(), lineno=2, col_offset=8, end_lineno=2, end_col_offset=10)], c"
                + "tx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=10), lineno=2, c"
                + "ol_offset=0, end_lineno=2, end_col_offset=10), Expr(value=Call(func=Name(id='pri"
                + "nt', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=5), args=["
                + "Starred(value=Name(id='a', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end"
                + "_col_offset=8), ctx=Load(), lineno=3, col_offset=6, end_lineno=3, end_col_offset"
                + "=8)], keywords=[], lineno=3, col_offset=0, end_lineno=3, end_col_offset=9), line"
                + "no=3, col_offset=0, end_lineno=3, end_col_offset=9), Assign(targets=[Name(id='re"
                + "turn_', ctx=Store(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=7)], v"
                + "alue=List(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=4, col_offset=12, "
                + "end_lineno=4, end_col_offset=13), ctx=Load(), lineno=4, col_offset=11, end_linen"
                + "o=4, end_col_offset=13), Starred(value=Name(id='b', ctx=Load(), lineno=4, col_of"
                + "fset=16, end_lineno=4, end_col_offset=17), ctx=Load(), lineno=4, col_offset=15, "
                + "end_lineno=4, end_col_offset=17)], ctx=Load(), lineno=4, col_offset=10, end_line"
                + "no=4, end_col_offset=18), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1"
                + "8)], type_ignores=[])");
    }

    @Test
    void multiline_positions() {
        check("x = (\n    1 +\n    2\n)\nf(a,\n  b)\n",
                "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, e"
                + "nd_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=2, co"
                + "l_offset=4, end_lineno=2, end_col_offset=5), op=Add(), right=Constant(value=2, l"
                + "ineno=3, col_offset=4, end_lineno=3, end_col_offset=5), lineno=2, col_offset=4, "
                + "end_lineno=3, end_col_offset=5), lineno=1, col_offset=0, end_lineno=4, end_col_o"
                + "ffset=1), Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=5, col_offset=0, "
                + "end_lineno=5, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=5, col_of"
                + "fset=2, end_lineno=5, end_col_offset=3), Name(id='b', ctx=Load(), lineno=6, col_"
                + "offset=2, end_lineno=6, end_col_offset=3)], keywords=[], lineno=5, col_offset=0,"
                + " end_lineno=6, end_col_offset=4), lineno=5, col_offset=0, end_lineno=6, end_col_"
                + "offset=4)], type_ignores=[])");
    }

    @Test
    void non_ascii_columns() {
        check("\u00e9 = \"\u00fc\"; \u00fc.x\n\u03c0 + 1\n",
                "Module(body=[Assign(targets=[Name(id='\u00e9', ctx=Store(), lineno=1, col_offset=0, e"
                + "nd_lineno=1, end_col_offset=2)], value=Constant(value='\u00fc', lineno=1, col_offset="
                + "5, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_co"
                + "l_offset=9), Expr(value=Attribute(value=Name(id='\u00fc', ctx=Load(), lineno=1, col_o"
                + "ffset=11, end_lineno=1, end_col_offset=13), attr='x', ctx=Load(), lineno=1, col_"
                + "offset=11, end_lineno=1, end_col_offset=15), lineno=1, col_offset=11, end_lineno"
                + "=1, end_col_offset=15), Expr(value=BinOp(left=Name(id='\u03c0', ctx=Load(), lineno=2,"
                + " col_offset=0, end_lineno=2, end_col_offset=2), op=Add(), right=Constant(value=1"
                + ", lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), lineno=2, col_offset="
                + "0, end_lineno=2, end_col_offset=6), lineno=2, col_offset=0, end_lineno=2, end_co"
                + "l_offset=6)], type_ignores=[])");
    }

}
