package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.taipan.ast.AstDump;

/** Statements of every kind, with CPython's positions and contexts. Expected dumps are CPython 3.11's {@code ast.dump(ast.parse(src), include_attributes=True)}. */
class ParserStatementTest {
    private static void check(String source, String expected) {
        assertEquals(expected, AstDump.dump(Parser.parse(source, "<test>", "exec")));
    }

    @Test
    void assignments() {
        check("a = b = c\na, b = c\n[a, *b] = c\n(a) = 1\na.b = c[d] = 1\nx = yield\n",
                "Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, e"
                + "nd_lineno=1, end_col_offset=1), Name(id='b', ctx=Store(), lineno=1, col_offset=4"
                + ", end_lineno=1, end_col_offset=5)], value=Name(id='c', ctx=Load(), lineno=1, col"
                + "_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1"
                + ", end_col_offset=9), Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), linen"
                + "o=2, col_offset=0, end_lineno=2, end_col_offset=1), Name(id='b', ctx=Store(), li"
                + "neno=2, col_offset=3, end_lineno=2, end_col_offset=4)], ctx=Store(), lineno=2, c"
                + "ol_offset=0, end_lineno=2, end_col_offset=4)], value=Name(id='c', ctx=Load(), li"
                + "neno=2, col_offset=7, end_lineno=2, end_col_offset=8), lineno=2, col_offset=0, e"
                + "nd_lineno=2, end_col_offset=8), Assign(targets=[List(elts=[Name(id='a', ctx=Stor"
                + "e(), lineno=3, col_offset=1, end_lineno=3, end_col_offset=2), Starred(value=Name"
                + "(id='b', ctx=Store(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), c"
                + "tx=Store(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=6)], ctx=Store("
                + "), lineno=3, col_offset=0, end_lineno=3, end_col_offset=7)], value=Name(id='c', "
                + "ctx=Load(), lineno=3, col_offset=10, end_lineno=3, end_col_offset=11), lineno=3,"
                + " col_offset=0, end_lineno=3, end_col_offset=11), Assign(targets=[Name(id='a', ct"
                + "x=Store(), lineno=4, col_offset=1, end_lineno=4, end_col_offset=2)], value=Const"
                + "ant(value=1, lineno=4, col_offset=6, end_lineno=4, end_col_offset=7), lineno=4, "
                + "col_offset=0, end_lineno=4, end_col_offset=7), Assign(targets=[Attribute(value=N"
                + "ame(id='a', ctx=Load(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1),"
                + " attr='b', ctx=Store(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=3),"
                + " Subscript(value=Name(id='c', ctx=Load(), lineno=5, col_offset=6, end_lineno=5, "
                + "end_col_offset=7), slice=Name(id='d', ctx=Load(), lineno=5, col_offset=8, end_li"
                + "neno=5, end_col_offset=9), ctx=Store(), lineno=5, col_offset=6, end_lineno=5, en"
                + "d_col_offset=10)], value=Constant(value=1, lineno=5, col_offset=13, end_lineno=5"
                + ", end_col_offset=14), lineno=5, col_offset=0, end_lineno=5, end_col_offset=14), "
                + "Assign(targets=[Name(id='x', ctx=Store(), lineno=6, col_offset=0, end_lineno=6, "
                + "end_col_offset=1)], value=Yield(lineno=6, col_offset=4, end_lineno=6, end_col_of"
                + "fset=9), lineno=6, col_offset=0, end_lineno=6, end_col_offset=9)], type_ignores="
                + "[])");
    }

    @Test
    void annotated_assignment_simple_flag() {
        check("x: int\nx: int = 1\n(x): int\na.b: int = 2\na[1]: int\n",
                "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
                + "end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1,"
                + " col_offset=3, end_lineno=1, end_col_offset=6), simple=1, lineno=1, col_offset=0"
                + ", end_lineno=1, end_col_offset=6), AnnAssign(target=Name(id='x', ctx=Store(), li"
                + "neno=2, col_offset=0, end_lineno=2, end_col_offset=1), annotation=Name(id='int',"
                + " ctx=Load(), lineno=2, col_offset=3, end_lineno=2, end_col_offset=6), value=Cons"
                + "tant(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), simple=1"
                + ", lineno=2, col_offset=0, end_lineno=2, end_col_offset=10), AnnAssign(target=Nam"
                + "e(id='x', ctx=Store(), lineno=3, col_offset=1, end_lineno=3, end_col_offset=2), "
                + "annotation=Name(id='int', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_"
                + "col_offset=8), simple=0, lineno=3, col_offset=0, end_lineno=3, end_col_offset=8)"
                + ", AnnAssign(target=Attribute(value=Name(id='a', ctx=Load(), lineno=4, col_offset"
                + "=0, end_lineno=4, end_col_offset=1), attr='b', ctx=Store(), lineno=4, col_offset"
                + "=0, end_lineno=4, end_col_offset=3), annotation=Name(id='int', ctx=Load(), linen"
                + "o=4, col_offset=5, end_lineno=4, end_col_offset=8), value=Constant(value=2, line"
                + "no=4, col_offset=11, end_lineno=4, end_col_offset=12), simple=0, lineno=4, col_o"
                + "ffset=0, end_lineno=4, end_col_offset=12), AnnAssign(target=Subscript(value=Name"
                + "(id='a', ctx=Load(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1), sl"
                + "ice=Constant(value=1, lineno=5, col_offset=2, end_lineno=5, end_col_offset=3), c"
                + "tx=Store(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=4), annotation="
                + "Name(id='int', ctx=Load(), lineno=5, col_offset=6, end_lineno=5, end_col_offset="
                + "9), simple=0, lineno=5, col_offset=0, end_lineno=5, end_col_offset=9)], type_ign"
                + "ores=[])");
    }

    @Test
    void augmented_assignment() {
        check("a += 1\na -= 1\na *= 1\na /= 1\na //= 1\na %= 1\na **= 1\na >>= 1\na <<= 1\na &= 1\na ^= 1\na |= 1\na @= 1\na.b += 1\na[b] += 1\n",
                "Module(body=[AugAssign(target=Name(id='a', ctx=Store(), lineno=1, col_offset=0, "
                + "end_lineno=1, end_col_offset=1), op=Add(), value=Constant(value=1, lineno=1, col"
                + "_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1"
                + ", end_col_offset=6), AugAssign(target=Name(id='a', ctx=Store(), lineno=2, col_of"
                + "fset=0, end_lineno=2, end_col_offset=1), op=Sub(), value=Constant(value=1, linen"
                + "o=2, col_offset=5, end_lineno=2, end_col_offset=6), lineno=2, col_offset=0, end_"
                + "lineno=2, end_col_offset=6), AugAssign(target=Name(id='a', ctx=Store(), lineno=3"
                + ", col_offset=0, end_lineno=3, end_col_offset=1), op=Mult(), value=Constant(value"
                + "=1, lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), lineno=3, col_offse"
                + "t=0, end_lineno=3, end_col_offset=6), AugAssign(target=Name(id='a', ctx=Store(),"
                + " lineno=4, col_offset=0, end_lineno=4, end_col_offset=1), op=Div(), value=Consta"
                + "nt(value=1, lineno=4, col_offset=5, end_lineno=4, end_col_offset=6), lineno=4, c"
                + "ol_offset=0, end_lineno=4, end_col_offset=6), AugAssign(target=Name(id='a', ctx="
                + "Store(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1), op=FloorDiv(),"
                + " value=Constant(value=1, lineno=5, col_offset=6, end_lineno=5, end_col_offset=7)"
                + ", lineno=5, col_offset=0, end_lineno=5, end_col_offset=7), AugAssign(target=Name"
                + "(id='a', ctx=Store(), lineno=6, col_offset=0, end_lineno=6, end_col_offset=1), o"
                + "p=Mod(), value=Constant(value=1, lineno=6, col_offset=5, end_lineno=6, end_col_o"
                + "ffset=6), lineno=6, col_offset=0, end_lineno=6, end_col_offset=6), AugAssign(tar"
                + "get=Name(id='a', ctx=Store(), lineno=7, col_offset=0, end_lineno=7, end_col_offs"
                + "et=1), op=Pow(), value=Constant(value=1, lineno=7, col_offset=6, end_lineno=7, e"
                + "nd_col_offset=7), lineno=7, col_offset=0, end_lineno=7, end_col_offset=7), AugAs"
                + "sign(target=Name(id='a', ctx=Store(), lineno=8, col_offset=0, end_lineno=8, end_"
                + "col_offset=1), op=RShift(), value=Constant(value=1, lineno=8, col_offset=6, end_"
                + "lineno=8, end_col_offset=7), lineno=8, col_offset=0, end_lineno=8, end_col_offse"
                + "t=7), AugAssign(target=Name(id='a', ctx=Store(), lineno=9, col_offset=0, end_lin"
                + "eno=9, end_col_offset=1), op=LShift(), value=Constant(value=1, lineno=9, col_off"
                + "set=6, end_lineno=9, end_col_offset=7), lineno=9, col_offset=0, end_lineno=9, en"
                + "d_col_offset=7), AugAssign(target=Name(id='a', ctx=Store(), lineno=10, col_offse"
                + "t=0, end_lineno=10, end_col_offset=1), op=BitAnd(), value=Constant(value=1, line"
                + "no=10, col_offset=5, end_lineno=10, end_col_offset=6), lineno=10, col_offset=0, "
                + "end_lineno=10, end_col_offset=6), AugAssign(target=Name(id='a', ctx=Store(), lin"
                + "eno=11, col_offset=0, end_lineno=11, end_col_offset=1), op=BitXor(), value=Const"
                + "ant(value=1, lineno=11, col_offset=5, end_lineno=11, end_col_offset=6), lineno=1"
                + "1, col_offset=0, end_lineno=11, end_col_offset=6), AugAssign(target=Name(id='a',"
                + " ctx=Store(), lineno=12, col_offset=0, end_lineno=12, end_col_offset=1), op=BitO"
                + "r(), value=Constant(value=1, lineno=12, col_offset=5, end_lineno=12, end_col_off"
                + "set=6), lineno=12, col_offset=0, end_lineno=12, end_col_offset=6), AugAssign(tar"
                + "get=Name(id='a', ctx=Store(), lineno=13, col_offset=0, end_lineno=13, end_col_of"
                + "fset=1), op=MatMult(), value=Constant(value=1, lineno=13, col_offset=5, end_line"
                + "no=13, end_col_offset=6), lineno=13, col_offset=0, end_lineno=13, end_col_offset"
                + "=6), AugAssign(target=Attribute(value=Name(id='a', ctx=Load(), lineno=14, col_of"
                + "fset=0, end_lineno=14, end_col_offset=1), attr='b', ctx=Store(), lineno=14, col_"
                + "offset=0, end_lineno=14, end_col_offset=3), op=Add(), value=Constant(value=1, li"
                + "neno=14, col_offset=7, end_lineno=14, end_col_offset=8), lineno=14, col_offset=0"
                + ", end_lineno=14, end_col_offset=8), AugAssign(target=Subscript(value=Name(id='a'"
                + ", ctx=Load(), lineno=15, col_offset=0, end_lineno=15, end_col_offset=1), slice=N"
                + "ame(id='b', ctx=Load(), lineno=15, col_offset=2, end_lineno=15, end_col_offset=3"
                + "), ctx=Store(), lineno=15, col_offset=0, end_lineno=15, end_col_offset=4), op=Ad"
                + "d(), value=Constant(value=1, lineno=15, col_offset=8, end_lineno=15, end_col_off"
                + "set=9), lineno=15, col_offset=0, end_lineno=15, end_col_offset=9)], type_ignores"
                + "=[])");
    }

    @Test
    void del_targets() {
        check("del a\ndel a, b,\ndel (a, b), [c], d.e, f[g]\n",
                "Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=4, end"
                + "_lineno=1, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=1, end_col_off"
                + "set=5), Delete(targets=[Name(id='a', ctx=Del(), lineno=2, col_offset=4, end_line"
                + "no=2, end_col_offset=5), Name(id='b', ctx=Del(), lineno=2, col_offset=7, end_lin"
                + "eno=2, end_col_offset=8)], lineno=2, col_offset=0, end_lineno=2, end_col_offset="
                + "9), Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del(), lineno=3, col_offset=5, "
                + "end_lineno=3, end_col_offset=6), Name(id='b', ctx=Del(), lineno=3, col_offset=8,"
                + " end_lineno=3, end_col_offset=9)], ctx=Del(), lineno=3, col_offset=4, end_lineno"
                + "=3, end_col_offset=10), List(elts=[Name(id='c', ctx=Del(), lineno=3, col_offset="
                + "13, end_lineno=3, end_col_offset=14)], ctx=Del(), lineno=3, col_offset=12, end_l"
                + "ineno=3, end_col_offset=15), Attribute(value=Name(id='d', ctx=Load(), lineno=3, "
                + "col_offset=17, end_lineno=3, end_col_offset=18), attr='e', ctx=Del(), lineno=3, "
                + "col_offset=17, end_lineno=3, end_col_offset=20), Subscript(value=Name(id='f', ct"
                + "x=Load(), lineno=3, col_offset=22, end_lineno=3, end_col_offset=23), slice=Name("
                + "id='g', ctx=Load(), lineno=3, col_offset=24, end_lineno=3, end_col_offset=25), c"
                + "tx=Del(), lineno=3, col_offset=22, end_lineno=3, end_col_offset=26)], lineno=3, "
                + "col_offset=0, end_lineno=3, end_col_offset=26)], type_ignores=[])");
    }

    @Test
    void imports() {
        check("import a\nimport a.b.c as d, e\nfrom a import b\nfrom . import c\nfrom .. a import (b as c, d,)\nfrom ... import e\nfrom .... a import *\n",
                "Module(body=[Import(names=[alias(name='a', lineno=1, col_offset=7, end_lineno=1,"
                + " end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Im"
                + "port(names=[alias(name='a.b.c', asname='d', lineno=2, col_offset=7, end_lineno=2"
                + ", end_col_offset=17), alias(name='e', lineno=2, col_offset=19, end_lineno=2, end"
                + "_col_offset=20)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=20), Impo"
                + "rtFrom(module='a', names=[alias(name='b', lineno=3, col_offset=14, end_lineno=3,"
                + " end_col_offset=15)], level=0, lineno=3, col_offset=0, end_lineno=3, end_col_off"
                + "set=15), ImportFrom(names=[alias(name='c', lineno=4, col_offset=14, end_lineno=4"
                + ", end_col_offset=15)], level=1, lineno=4, col_offset=0, end_lineno=4, end_col_of"
                + "fset=15), ImportFrom(module='a', names=[alias(name='b', asname='c', lineno=5, co"
                + "l_offset=18, end_lineno=5, end_col_offset=24), alias(name='d', lineno=5, col_off"
                + "set=26, end_lineno=5, end_col_offset=27)], level=2, lineno=5, col_offset=0, end_"
                + "lineno=5, end_col_offset=29), ImportFrom(names=[alias(name='e', lineno=6, col_of"
                + "fset=16, end_lineno=6, end_col_offset=17)], level=3, lineno=6, col_offset=0, end"
                + "_lineno=6, end_col_offset=17), ImportFrom(module='a', names=[alias(name='*', lin"
                + "eno=7, col_offset=19, end_lineno=7, end_col_offset=20)], level=4, lineno=7, col_"
                + "offset=0, end_lineno=7, end_col_offset=20)], type_ignores=[])");
    }

    @Test
    void global_nonlocal_pass_break_continue() {
        check("def f():\n    global a, b\n    nonlocal c\n    pass\n    while 1:\n        break\n        continue\n",
                "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonl"
                + "yargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['a', 'b'], lineno=2,"
                + " col_offset=4, end_lineno=2, end_col_offset=15), Nonlocal(names=['c'], lineno=3,"
                + " col_offset=4, end_lineno=3, end_col_offset=14), Pass(lineno=4, col_offset=4, en"
                + "d_lineno=4, end_col_offset=8), While(test=Constant(value=1, lineno=5, col_offset"
                + "=10, end_lineno=5, end_col_offset=11), body=[Break(lineno=6, col_offset=8, end_l"
                + "ineno=6, end_col_offset=13), Continue(lineno=7, col_offset=8, end_lineno=7, end_"
                + "col_offset=16)], orelse=[], lineno=5, col_offset=4, end_lineno=7, end_col_offset"
                + "=16)], decorator_list=[], lineno=1, col_offset=0, end_lineno=7, end_col_offset=1"
                + "6)], type_ignores=[])");
    }

    @Test
    void assert_raise_return() {
        check("def f():\n    assert a\n    assert a, b\n    raise\n    raise E\n    raise E from c\n    return\n    return a, b\n",
                "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonl"
                + "yargs=[], kw_defaults=[], defaults=[]), body=[Assert(test=Name(id='a', ctx=Load("
                + "), lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), lineno=2, col_offs"
                + "et=4, end_lineno=2, end_col_offset=12), Assert(test=Name(id='a', ctx=Load(), lin"
                + "eno=3, col_offset=11, end_lineno=3, end_col_offset=12), msg=Name(id='b', ctx=Loa"
                + "d(), lineno=3, col_offset=14, end_lineno=3, end_col_offset=15), lineno=3, col_of"
                + "fset=4, end_lineno=3, end_col_offset=15), Raise(lineno=4, col_offset=4, end_line"
                + "no=4, end_col_offset=9), Raise(exc=Name(id='E', ctx=Load(), lineno=5, col_offset"
                + "=10, end_lineno=5, end_col_offset=11), lineno=5, col_offset=4, end_lineno=5, end"
                + "_col_offset=11), Raise(exc=Name(id='E', ctx=Load(), lineno=6, col_offset=10, end"
                + "_lineno=6, end_col_offset=11), cause=Name(id='c', ctx=Load(), lineno=6, col_offs"
                + "et=17, end_lineno=6, end_col_offset=18), lineno=6, col_offset=4, end_lineno=6, e"
                + "nd_col_offset=18), Return(lineno=7, col_offset=4, end_lineno=7, end_col_offset=1"
                + "0), Return(value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=8, col_offset=11, e"
                + "nd_lineno=8, end_col_offset=12), Name(id='b', ctx=Load(), lineno=8, col_offset=1"
                + "4, end_lineno=8, end_col_offset=15)], ctx=Load(), lineno=8, col_offset=11, end_l"
                + "ineno=8, end_col_offset=15), lineno=8, col_offset=4, end_lineno=8, end_col_offse"
                + "t=15)], decorator_list=[], lineno=1, col_offset=0, end_lineno=8, end_col_offset="
                + "15)], type_ignores=[])");
    }

    @Test
    void if_elif_else() {
        check("if a:\n    pass\nelif b:\n    pass\nelif c: pass\nelse:\n    x = 1\n",
                "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno"
                + "=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_"
                + "offset=8)], orelse=[If(test=Name(id='b', ctx=Load(), lineno=3, col_offset=5, end"
                + "_lineno=3, end_col_offset=6), body=[Pass(lineno=4, col_offset=4, end_lineno=4, e"
                + "nd_col_offset=8)], orelse=[If(test=Name(id='c', ctx=Load(), lineno=5, col_offset"
                + "=5, end_lineno=5, end_col_offset=6), body=[Pass(lineno=5, col_offset=8, end_line"
                + "no=5, end_col_offset=12)], orelse=[Assign(targets=[Name(id='x', ctx=Store(), lin"
                + "eno=7, col_offset=4, end_lineno=7, end_col_offset=5)], value=Constant(value=1, l"
                + "ineno=7, col_offset=8, end_lineno=7, end_col_offset=9), lineno=7, col_offset=4, "
                + "end_lineno=7, end_col_offset=9)], lineno=5, col_offset=0, end_lineno=7, end_col_"
                + "offset=9)], lineno=3, col_offset=0, end_lineno=7, end_col_offset=9)], lineno=1, "
                + "col_offset=0, end_lineno=7, end_col_offset=9)], type_ignores=[])");
    }

    @Test
    void loops() {
        check("for a, b in c:\n    pass\nelse:\n    pass\nwhile x:\n    pass\nelse:\n    y\nfor x, in y: pass\n",
                "Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offs"
                + "et=4, end_lineno=1, end_col_offset=5), Name(id='b', ctx=Store(), lineno=1, col_o"
                + "ffset=7, end_lineno=1, end_col_offset=8)], ctx=Store(), lineno=1, col_offset=4, "
                + "end_lineno=1, end_col_offset=8), iter=Name(id='c', ctx=Load(), lineno=1, col_off"
                + "set=12, end_lineno=1, end_col_offset=13), body=[Pass(lineno=2, col_offset=4, end"
                + "_lineno=2, end_col_offset=8)], orelse=[Pass(lineno=4, col_offset=4, end_lineno=4"
                + ", end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8), W"
                + "hile(test=Name(id='x', ctx=Load(), lineno=5, col_offset=6, end_lineno=5, end_col"
                + "_offset=7), body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)],"
                + " orelse=[Expr(value=Name(id='y', ctx=Load(), lineno=8, col_offset=4, end_lineno="
                + "8, end_col_offset=5), lineno=8, col_offset=4, end_lineno=8, end_col_offset=5)], "
                + "lineno=5, col_offset=0, end_lineno=8, end_col_offset=5), For(target=Tuple(elts=["
                + "Name(id='x', ctx=Store(), lineno=9, col_offset=4, end_lineno=9, end_col_offset=5"
                + ")], ctx=Store(), lineno=9, col_offset=4, end_lineno=9, end_col_offset=6), iter=N"
                + "ame(id='y', ctx=Load(), lineno=9, col_offset=10, end_lineno=9, end_col_offset=11"
                + "), body=[Pass(lineno=9, col_offset=13, end_lineno=9, end_col_offset=17)], orelse"
                + "=[], lineno=9, col_offset=0, end_lineno=9, end_col_offset=17)], type_ignores=[])");
    }

    @Test
    void with_forms() {
        check("with a: pass\nwith a as b, c as (d, e): pass\nwith (a as b, c): pass\nwith (a, b): pass\nwith (a, b) as c: pass\nwith (\n    a as b,\n    c,\n): pass\n",
                "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1"
                + ", col_offset=5, end_lineno=1, end_col_offset=6))], body=[Pass(lineno=1, col_offs"
                + "et=8, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, e"
                + "nd_col_offset=12), With(items=[withitem(context_expr=Name(id='a', ctx=Load(), li"
                + "neno=2, col_offset=5, end_lineno=2, end_col_offset=6), optional_vars=Name(id='b'"
                + ", ctx=Store(), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11)), withi"
                + "tem(context_expr=Name(id='c', ctx=Load(), lineno=2, col_offset=13, end_lineno=2,"
                + " end_col_offset=14), optional_vars=Tuple(elts=[Name(id='d', ctx=Store(), lineno="
                + "2, col_offset=19, end_lineno=2, end_col_offset=20), Name(id='e', ctx=Store(), li"
                + "neno=2, col_offset=22, end_lineno=2, end_col_offset=23)], ctx=Store(), lineno=2,"
                + " col_offset=18, end_lineno=2, end_col_offset=24))], body=[Pass(lineno=2, col_off"
                + "set=26, end_lineno=2, end_col_offset=30)], lineno=2, col_offset=0, end_lineno=2,"
                + " end_col_offset=30), With(items=[withitem(context_expr=Name(id='a', ctx=Load(), "
                + "lineno=3, col_offset=6, end_lineno=3, end_col_offset=7), optional_vars=Name(id='"
                + "b', ctx=Store(), lineno=3, col_offset=11, end_lineno=3, end_col_offset=12)), wit"
                + "hitem(context_expr=Name(id='c', ctx=Load(), lineno=3, col_offset=14, end_lineno="
                + "3, end_col_offset=15))], body=[Pass(lineno=3, col_offset=18, end_lineno=3, end_c"
                + "ol_offset=22)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=22), With(i"
                + "tems=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=4, col_offset=6, end"
                + "_lineno=4, end_col_offset=7)), withitem(context_expr=Name(id='b', ctx=Load(), li"
                + "neno=4, col_offset=9, end_lineno=4, end_col_offset=10))], body=[Pass(lineno=4, c"
                + "ol_offset=13, end_lineno=4, end_col_offset=17)], lineno=4, col_offset=0, end_lin"
                + "eno=4, end_col_offset=17), With(items=[withitem(context_expr=Tuple(elts=[Name(id"
                + "='a', ctx=Load(), lineno=5, col_offset=6, end_lineno=5, end_col_offset=7), Name("
                + "id='b', ctx=Load(), lineno=5, col_offset=9, end_lineno=5, end_col_offset=10)], c"
                + "tx=Load(), lineno=5, col_offset=5, end_lineno=5, end_col_offset=11), optional_va"
                + "rs=Name(id='c', ctx=Store(), lineno=5, col_offset=15, end_lineno=5, end_col_offs"
                + "et=16))], body=[Pass(lineno=5, col_offset=18, end_lineno=5, end_col_offset=22)],"
                + " lineno=5, col_offset=0, end_lineno=5, end_col_offset=22), With(items=[withitem("
                + "context_expr=Name(id='a', ctx=Load(), lineno=7, col_offset=4, end_lineno=7, end_"
                + "col_offset=5), optional_vars=Name(id='b', ctx=Store(), lineno=7, col_offset=9, e"
                + "nd_lineno=7, end_col_offset=10)), withitem(context_expr=Name(id='c', ctx=Load(),"
                + " lineno=8, col_offset=4, end_lineno=8, end_col_offset=5))], body=[Pass(lineno=9,"
                + " col_offset=3, end_lineno=9, end_col_offset=7)], lineno=6, col_offset=0, end_lin"
                + "eno=9, end_col_offset=7)], type_ignores=[])");
    }

    @Test
    void try_forms() {
        check("try:\n    pass\nexcept A:\n    pass\nexcept (B, C) as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\ntry:\n    pass\nfinally:\n    pass\n",
                "Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset"
                + "=8)], handlers=[ExceptHandler(type=Name(id='A', ctx=Load(), lineno=3, col_offset"
                + "=7, end_lineno=3, end_col_offset=8), body=[Pass(lineno=4, col_offset=4, end_line"
                + "no=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8"
                + "), ExceptHandler(type=Tuple(elts=[Name(id='B', ctx=Load(), lineno=5, col_offset="
                + "8, end_lineno=5, end_col_offset=9), Name(id='C', ctx=Load(), lineno=5, col_offse"
                + "t=11, end_lineno=5, end_col_offset=12)], ctx=Load(), lineno=5, col_offset=7, end"
                + "_lineno=5, end_col_offset=13), name='e', body=[Pass(lineno=6, col_offset=4, end_"
                + "lineno=6, end_col_offset=8)], lineno=5, col_offset=0, end_lineno=6, end_col_offs"
                + "et=8), ExceptHandler(body=[Pass(lineno=8, col_offset=4, end_lineno=8, end_col_of"
                + "fset=8)], lineno=7, col_offset=0, end_lineno=8, end_col_offset=8)], orelse=[Pass"
                + "(lineno=10, col_offset=4, end_lineno=10, end_col_offset=8)], finalbody=[Pass(lin"
                + "eno=12, col_offset=4, end_lineno=12, end_col_offset=8)], lineno=1, col_offset=0,"
                + " end_lineno=12, end_col_offset=8), Try(body=[Pass(lineno=14, col_offset=4, end_l"
                + "ineno=14, end_col_offset=8)], handlers=[], orelse=[], finalbody=[Pass(lineno=16,"
                + " col_offset=4, end_lineno=16, end_col_offset=8)], lineno=13, col_offset=0, end_l"
                + "ineno=16, end_col_offset=8)], type_ignores=[])");
    }

    @Test
    void try_star() {
        check("try:\n    pass\nexcept* A:\n    pass\nexcept* B as e:\n    pass\n",
                "Module(body=[TryStar(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_of"
                + "fset=8)], handlers=[ExceptHandler(type=Name(id='A', ctx=Load(), lineno=3, col_of"
                + "fset=8, end_lineno=3, end_col_offset=9), body=[Pass(lineno=4, col_offset=4, end_"
                + "lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offs"
                + "et=8), ExceptHandler(type=Name(id='B', ctx=Load(), lineno=5, col_offset=8, end_l"
                + "ineno=5, end_col_offset=9), name='e', body=[Pass(lineno=6, col_offset=4, end_lin"
                + "eno=6, end_col_offset=8)], lineno=5, col_offset=0, end_lineno=6, end_col_offset="
                + "8)], orelse=[], finalbody=[], lineno=1, col_offset=0, end_lineno=6, end_col_offs"
                + "et=8)], type_ignores=[])");
    }

    @Test
    void function_definitions() {
        check("@d\n@e.f(g)\ndef f(a, /, b: int = 1, *args: str, c, d=2, **kw) -> int:\n    \"\"\"doc\"\"\"\n    return a\n",
                "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', line"
                + "no=3, col_offset=6, end_lineno=3, end_col_offset=7)], args=[arg(arg='b', annotat"
                + "ion=Name(id='int', ctx=Load(), lineno=3, col_offset=15, end_lineno=3, end_col_of"
                + "fset=18), lineno=3, col_offset=12, end_lineno=3, end_col_offset=18)], vararg=arg"
                + "(arg='args', annotation=Name(id='str', ctx=Load(), lineno=3, col_offset=31, end_"
                + "lineno=3, end_col_offset=34), lineno=3, col_offset=25, end_lineno=3, end_col_off"
                + "set=34), kwonlyargs=[arg(arg='c', lineno=3, col_offset=36, end_lineno=3, end_col"
                + "_offset=37), arg(arg='d', lineno=3, col_offset=39, end_lineno=3, end_col_offset="
                + "40)], kw_defaults=[None, Constant(value=2, lineno=3, col_offset=41, end_lineno=3"
                + ", end_col_offset=42)], kwarg=arg(arg='kw', lineno=3, col_offset=46, end_lineno=3"
                + ", end_col_offset=48), defaults=[Constant(value=1, lineno=3, col_offset=21, end_l"
                + "ineno=3, end_col_offset=22)]), body=[Expr(value=Constant(value='doc', lineno=4, "
                + "col_offset=4, end_lineno=4, end_col_offset=13), lineno=4, col_offset=4, end_line"
                + "no=4, end_col_offset=13), Return(value=Name(id='a', ctx=Load(), lineno=5, col_of"
                + "fset=11, end_lineno=5, end_col_offset=12), lineno=5, col_offset=4, end_lineno=5,"
                + " end_col_offset=12)], decorator_list=[Name(id='d', ctx=Load(), lineno=1, col_off"
                + "set=1, end_lineno=1, end_col_offset=2), Call(func=Attribute(value=Name(id='e', c"
                + "tx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), attr='f', ct"
                + "x=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=4), args=[Name(id"
                + "='g', ctx=Load(), lineno=2, col_offset=5, end_lineno=2, end_col_offset=6)], keyw"
                + "ords=[], lineno=2, col_offset=1, end_lineno=2, end_col_offset=7)], returns=Name("
                + "id='int', ctx=Load(), lineno=3, col_offset=53, end_lineno=3, end_col_offset=56),"
                + " lineno=3, col_offset=0, end_lineno=5, end_col_offset=12)], type_ignores=[])");
    }

    @Test
    void star_annotation() {
        check("def f(*args: *Ts): pass\n",
                "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], varar"
                + "g=arg(arg='args', annotation=Starred(value=Name(id='Ts', ctx=Load(), lineno=1, c"
                + "ol_offset=14, end_lineno=1, end_col_offset=16), ctx=Load(), lineno=1, col_offset"
                + "=13, end_lineno=1, end_col_offset=16), lineno=1, col_offset=7, end_lineno=1, end"
                + "_col_offset=16), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(lineno="
                + "1, col_offset=19, end_lineno=1, end_col_offset=23)], decorator_list=[], lineno=1"
                + ", col_offset=0, end_lineno=1, end_col_offset=23)], type_ignores=[])");
    }

    @Test
    void async_statements() {
        check("async def f():\n    async with a as b:\n        pass\n    async for x in y:\n        await z\n    return [i async for i in x]\n",
                "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
                + "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncWith(items=[withitem(con"
                + "text_expr=Name(id='a', ctx=Load(), lineno=2, col_offset=15, end_lineno=2, end_co"
                + "l_offset=16), optional_vars=Name(id='b', ctx=Store(), lineno=2, col_offset=20, e"
                + "nd_lineno=2, end_col_offset=21))], body=[Pass(lineno=3, col_offset=8, end_lineno"
                + "=3, end_col_offset=12)], lineno=2, col_offset=4, end_lineno=3, end_col_offset=12"
                + "), AsyncFor(target=Name(id='x', ctx=Store(), lineno=4, col_offset=14, end_lineno"
                + "=4, end_col_offset=15), iter=Name(id='y', ctx=Load(), lineno=4, col_offset=19, e"
                + "nd_lineno=4, end_col_offset=20), body=[Expr(value=Await(value=Name(id='z', ctx=L"
                + "oad(), lineno=5, col_offset=14, end_lineno=5, end_col_offset=15), lineno=5, col_"
                + "offset=8, end_lineno=5, end_col_offset=15), lineno=5, col_offset=8, end_lineno=5"
                + ", end_col_offset=15)], orelse=[], lineno=4, col_offset=4, end_lineno=5, end_col_"
                + "offset=15), Return(value=ListComp(elt=Name(id='i', ctx=Load(), lineno=6, col_off"
                + "set=12, end_lineno=6, end_col_offset=13), generators=[comprehension(target=Name("
                + "id='i', ctx=Store(), lineno=6, col_offset=24, end_lineno=6, end_col_offset=25), "
                + "iter=Name(id='x', ctx=Load(), lineno=6, col_offset=29, end_lineno=6, end_col_off"
                + "set=30), ifs=[], is_async=1)], lineno=6, col_offset=11, end_lineno=6, end_col_of"
                + "fset=31), lineno=6, col_offset=4, end_lineno=6, end_col_offset=31)], decorator_l"
                + "ist=[], lineno=1, col_offset=0, end_lineno=6, end_col_offset=31)], type_ignores="
                + "[])");
    }

    @Test
    void class_definitions() {
        check("@dec\nclass A(B, C, metaclass=M, **kw):\n    x = 1\n\n    def m(self):\n        pass\nclass D: pass\nclass E(): pass\n",
                "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=2, col_of"
                + "fset=8, end_lineno=2, end_col_offset=9), Name(id='C', ctx=Load(), lineno=2, col_"
                + "offset=11, end_lineno=2, end_col_offset=12)], keywords=[keyword(arg='metaclass',"
                + " value=Name(id='M', ctx=Load(), lineno=2, col_offset=24, end_lineno=2, end_col_o"
                + "ffset=25), lineno=2, col_offset=14, end_lineno=2, end_col_offset=25), keyword(va"
                + "lue=Name(id='kw', ctx=Load(), lineno=2, col_offset=29, end_lineno=2, end_col_off"
                + "set=31), lineno=2, col_offset=27, end_lineno=2, end_col_offset=31)], body=[Assig"
                + "n(targets=[Name(id='x', ctx=Store(), lineno=3, col_offset=4, end_lineno=3, end_c"
                + "ol_offset=5)], value=Constant(value=1, lineno=3, col_offset=8, end_lineno=3, end"
                + "_col_offset=9), lineno=3, col_offset=4, end_lineno=3, end_col_offset=9), Functio"
                + "nDef(name='m', args=arguments(posonlyargs=[], args=[arg(arg='self', lineno=5, co"
                + "l_offset=10, end_lineno=5, end_col_offset=14)], kwonlyargs=[], kw_defaults=[], d"
                + "efaults=[]), body=[Pass(lineno=6, col_offset=8, end_lineno=6, end_col_offset=12)"
                + "], decorator_list=[], lineno=5, col_offset=4, end_lineno=6, end_col_offset=12)],"
                + " decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1"
                + ", end_col_offset=4)], lineno=2, col_offset=0, end_lineno=6, end_col_offset=12), "
                + "ClassDef(name='D', bases=[], keywords=[], body=[Pass(lineno=7, col_offset=9, end"
                + "_lineno=7, end_col_offset=13)], decorator_list=[], lineno=7, col_offset=0, end_l"
                + "ineno=7, end_col_offset=13), ClassDef(name='E', bases=[], keywords=[], body=[Pas"
                + "s(lineno=8, col_offset=11, end_lineno=8, end_col_offset=15)], decorator_list=[],"
                + " lineno=8, col_offset=0, end_lineno=8, end_col_offset=15)], type_ignores=[])");
    }

    @Test
    void semicolons_and_expression_statements() {
        check("a; b; c;\nf(x)\n",
                "Module(body=[Expr(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lin"
                + "eno=1, end_col_offset=1), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1"
                + "), Expr(value=Name(id='b', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end"
                + "_col_offset=4), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), Expr(va"
                + "lue=Name(id='c', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offse"
                + "t=7), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Expr(value=Call(f"
                + "unc=Name(id='f', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offse"
                + "t=1), args=[Name(id='x', ctx=Load(), lineno=2, col_offset=2, end_lineno=2, end_c"
                + "ol_offset=3)], keywords=[], lineno=2, col_offset=0, end_lineno=2, end_col_offset"
                + "=4), lineno=2, col_offset=0, end_lineno=2, end_col_offset=4)], type_ignores=[])");
    }

    @Test
    void soft_keywords_as_names() {
        check("match = 1\ncase = 2\n_ = 3\nmatch(x)\nmatch[1]\nprint(match, case)\n",
                "Module(body=[Assign(targets=[Name(id='match', ctx=Store(), lineno=1, col_offset="
                + "0, end_lineno=1, end_col_offset=5)], value=Constant(value=1, lineno=1, col_offse"
                + "t=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_"
                + "col_offset=9), Assign(targets=[Name(id='case', ctx=Store(), lineno=2, col_offset"
                + "=0, end_lineno=2, end_col_offset=4)], value=Constant(value=2, lineno=2, col_offs"
                + "et=7, end_lineno=2, end_col_offset=8), lineno=2, col_offset=0, end_lineno=2, end"
                + "_col_offset=8), Assign(targets=[Name(id='_', ctx=Store(), lineno=3, col_offset=0"
                + ", end_lineno=3, end_col_offset=1)], value=Constant(value=3, lineno=3, col_offset"
                + "=4, end_lineno=3, end_col_offset=5), lineno=3, col_offset=0, end_lineno=3, end_c"
                + "ol_offset=5), Expr(value=Call(func=Name(id='match', ctx=Load(), lineno=4, col_of"
                + "fset=0, end_lineno=4, end_col_offset=5), args=[Name(id='x', ctx=Load(), lineno=4"
                + ", col_offset=6, end_lineno=4, end_col_offset=7)], keywords=[], lineno=4, col_off"
                + "set=0, end_lineno=4, end_col_offset=8), lineno=4, col_offset=0, end_lineno=4, en"
                + "d_col_offset=8), Expr(value=Subscript(value=Name(id='match', ctx=Load(), lineno="
                + "5, col_offset=0, end_lineno=5, end_col_offset=5), slice=Constant(value=1, lineno"
                + "=5, col_offset=6, end_lineno=5, end_col_offset=7), ctx=Load(), lineno=5, col_off"
                + "set=0, end_lineno=5, end_col_offset=8), lineno=5, col_offset=0, end_lineno=5, en"
                + "d_col_offset=8), Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=6, col"
                + "_offset=0, end_lineno=6, end_col_offset=5), args=[Name(id='match', ctx=Load(), l"
                + "ineno=6, col_offset=6, end_lineno=6, end_col_offset=11), Name(id='case', ctx=Loa"
                + "d(), lineno=6, col_offset=13, end_lineno=6, end_col_offset=17)], keywords=[], li"
                + "neno=6, col_offset=0, end_lineno=6, end_col_offset=18), lineno=6, col_offset=0, "
                + "end_lineno=6, end_col_offset=18)], type_ignores=[])");
    }

    @Test
    void nested_blocks_end_at_last_statement() {
        check("def f():\n    if a:\n        for x in y:\n            pass\n\n# comment\n",
                "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonl"
                + "yargs=[], kw_defaults=[], defaults=[]), body=[If(test=Name(id='a', ctx=Load(), l"
                + "ineno=2, col_offset=7, end_lineno=2, end_col_offset=8), body=[For(target=Name(id"
                + "='x', ctx=Store(), lineno=3, col_offset=12, end_lineno=3, end_col_offset=13), it"
                + "er=Name(id='y', ctx=Load(), lineno=3, col_offset=17, end_lineno=3, end_col_offse"
                + "t=18), body=[Pass(lineno=4, col_offset=12, end_lineno=4, end_col_offset=16)], or"
                + "else=[], lineno=3, col_offset=8, end_lineno=4, end_col_offset=16)], orelse=[], l"
                + "ineno=2, col_offset=4, end_lineno=4, end_col_offset=16)], decorator_list=[], lin"
                + "eno=1, col_offset=0, end_lineno=4, end_col_offset=16)], type_ignores=[])");
    }

}
