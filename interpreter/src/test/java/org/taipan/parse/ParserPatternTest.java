package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.taipan.ast.AstDump;

/** Match statements and every pattern kind. Expected dumps are CPython 3.11's {@code ast.dump(ast.parse(src), include_attributes=True)}. */
class ParserPatternTest {
    private static void check(String source, String expected) {
        assertEquals(expected, AstDump.dump(Parser.parse(source, "<test>", "exec")));
    }

    @Test
    void literal_patterns() {
        check("match x:\n    case 1: pass\n    case -1: pass\n    case 1+2j: pass\n    case -1-2j: pass\n    case \"a\" \"b\": pass\n    case b\"x\": pass\n    case None: pass\n    case True: pass\n    case False: pass\n",
                "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_"
                + "lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchValue(value=Constant"
                + "(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), lineno=2, co"
                + "l_offset=9, end_lineno=2, end_col_offset=10), body=[Pass(lineno=2, col_offset=12"
                + ", end_lineno=2, end_col_offset=16)]), match_case(pattern=MatchValue(value=UnaryO"
                + "p(op=USub(), operand=Constant(value=1, lineno=3, col_offset=10, end_lineno=3, en"
                + "d_col_offset=11), lineno=3, col_offset=9, end_lineno=3, end_col_offset=11), line"
                + "no=3, col_offset=9, end_lineno=3, end_col_offset=11), body=[Pass(lineno=3, col_o"
                + "ffset=13, end_lineno=3, end_col_offset=17)]), match_case(pattern=MatchValue(valu"
                + "e=BinOp(left=Constant(value=1, lineno=4, col_offset=9, end_lineno=4, end_col_off"
                + "set=10), op=Add(), right=Constant(value=2j, lineno=4, col_offset=11, end_lineno="
                + "4, end_col_offset=13), lineno=4, col_offset=9, end_lineno=4, end_col_offset=13),"
                + " lineno=4, col_offset=9, end_lineno=4, end_col_offset=13), body=[Pass(lineno=4, "
                + "col_offset=15, end_lineno=4, end_col_offset=19)]), match_case(pattern=MatchValue"
                + "(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1, lineno=5, col_off"
                + "set=10, end_lineno=5, end_col_offset=11), lineno=5, col_offset=9, end_lineno=5, "
                + "end_col_offset=11), op=Sub(), right=Constant(value=2j, lineno=5, col_offset=12, "
                + "end_lineno=5, end_col_offset=14), lineno=5, col_offset=9, end_lineno=5, end_col_"
                + "offset=14), lineno=5, col_offset=9, end_lineno=5, end_col_offset=14), body=[Pass"
                + "(lineno=5, col_offset=16, end_lineno=5, end_col_offset=20)]), match_case(pattern"
                + "=MatchValue(value=Constant(value='ab', lineno=6, col_offset=9, end_lineno=6, end"
                + "_col_offset=16), lineno=6, col_offset=9, end_lineno=6, end_col_offset=16), body="
                + "[Pass(lineno=6, col_offset=18, end_lineno=6, end_col_offset=22)]), match_case(pa"
                + "ttern=MatchValue(value=Constant(value=b'x', lineno=7, col_offset=9, end_lineno=7"
                + ", end_col_offset=13), lineno=7, col_offset=9, end_lineno=7, end_col_offset=13), "
                + "body=[Pass(lineno=7, col_offset=15, end_lineno=7, end_col_offset=19)]), match_ca"
                + "se(pattern=MatchSingleton(value=None, lineno=8, col_offset=9, end_lineno=8, end_"
                + "col_offset=13), body=[Pass(lineno=8, col_offset=15, end_lineno=8, end_col_offset"
                + "=19)]), match_case(pattern=MatchSingleton(value=True, lineno=9, col_offset=9, en"
                + "d_lineno=9, end_col_offset=13), body=[Pass(lineno=9, col_offset=15, end_lineno=9"
                + ", end_col_offset=19)]), match_case(pattern=MatchSingleton(value=False, lineno=10"
                + ", col_offset=9, end_lineno=10, end_col_offset=14), body=[Pass(lineno=10, col_off"
                + "set=16, end_lineno=10, end_col_offset=20)])], lineno=1, col_offset=0, end_lineno"
                + "=10, end_col_offset=20)], type_ignores=[])");
    }

    @Test
    void capture_wildcard_value() {
        check("match x:\n    case a: pass\n    case _: pass\n    case a.b: pass\n    case a.b.c: pass\n",
                "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_"
                + "lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchAs(name='a', lineno="
                + "2, col_offset=9, end_lineno=2, end_col_offset=10), body=[Pass(lineno=2, col_offs"
                + "et=12, end_lineno=2, end_col_offset=16)]), match_case(pattern=MatchAs(lineno=3, "
                + "col_offset=9, end_lineno=3, end_col_offset=10), body=[Pass(lineno=3, col_offset="
                + "12, end_lineno=3, end_col_offset=16)]), match_case(pattern=MatchValue(value=Attr"
                + "ibute(value=Name(id='a', ctx=Load(), lineno=4, col_offset=9, end_lineno=4, end_c"
                + "ol_offset=10), attr='b', ctx=Load(), lineno=4, col_offset=9, end_lineno=4, end_c"
                + "ol_offset=12), lineno=4, col_offset=9, end_lineno=4, end_col_offset=12), body=[P"
                + "ass(lineno=4, col_offset=14, end_lineno=4, end_col_offset=18)]), match_case(patt"
                + "ern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), li"
                + "neno=5, col_offset=9, end_lineno=5, end_col_offset=10), attr='b', ctx=Load(), li"
                + "neno=5, col_offset=9, end_lineno=5, end_col_offset=12), attr='c', ctx=Load(), li"
                + "neno=5, col_offset=9, end_lineno=5, end_col_offset=14), lineno=5, col_offset=9, "
                + "end_lineno=5, end_col_offset=14), body=[Pass(lineno=5, col_offset=16, end_lineno"
                + "=5, end_col_offset=20)])], lineno=1, col_offset=0, end_lineno=5, end_col_offset="
                + "20)], type_ignores=[])");
    }

    @Test
    void sequence_patterns() {
        check("match x:\n    case [a, *rest]: pass\n    case (a, b): pass\n    case a, *_: pass\n    case []: pass\n    case (): pass\n    case (a): pass\n    case [a,]: pass\n",
                "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_"
                + "lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchSequence(patterns=[M"
                + "atchAs(name='a', lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), Matc"
                + "hStar(name='rest', lineno=2, col_offset=13, end_lineno=2, end_col_offset=18)], l"
                + "ineno=2, col_offset=9, end_lineno=2, end_col_offset=19), body=[Pass(lineno=2, co"
                + "l_offset=21, end_lineno=2, end_col_offset=25)]), match_case(pattern=MatchSequenc"
                + "e(patterns=[MatchAs(name='a', lineno=3, col_offset=10, end_lineno=3, end_col_off"
                + "set=11), MatchAs(name='b', lineno=3, col_offset=13, end_lineno=3, end_col_offset"
                + "=14)], lineno=3, col_offset=9, end_lineno=3, end_col_offset=15), body=[Pass(line"
                + "no=3, col_offset=17, end_lineno=3, end_col_offset=21)]), match_case(pattern=Matc"
                + "hSequence(patterns=[MatchAs(name='a', lineno=4, col_offset=9, end_lineno=4, end_"
                + "col_offset=10), MatchStar(lineno=4, col_offset=12, end_lineno=4, end_col_offset="
                + "14)], lineno=4, col_offset=9, end_lineno=4, end_col_offset=14), body=[Pass(linen"
                + "o=4, col_offset=16, end_lineno=4, end_col_offset=20)]), match_case(pattern=Match"
                + "Sequence(patterns=[], lineno=5, col_offset=9, end_lineno=5, end_col_offset=11), "
                + "body=[Pass(lineno=5, col_offset=13, end_lineno=5, end_col_offset=17)]), match_ca"
                + "se(pattern=MatchSequence(patterns=[], lineno=6, col_offset=9, end_lineno=6, end_"
                + "col_offset=11), body=[Pass(lineno=6, col_offset=13, end_lineno=6, end_col_offset"
                + "=17)]), match_case(pattern=MatchAs(name='a', lineno=7, col_offset=10, end_lineno"
                + "=7, end_col_offset=11), body=[Pass(lineno=7, col_offset=14, end_lineno=7, end_co"
                + "l_offset=18)]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a', lin"
                + "eno=8, col_offset=10, end_lineno=8, end_col_offset=11)], lineno=8, col_offset=9,"
                + " end_lineno=8, end_col_offset=13), body=[Pass(lineno=8, col_offset=15, end_linen"
                + "o=8, end_col_offset=19)])], lineno=1, col_offset=0, end_lineno=8, end_col_offset"
                + "=19)], type_ignores=[])");
    }

    @Test
    void mapping_patterns() {
        check("match x:\n    case {}: pass\n    case {\"a\": 1, b.c: d, **rest}: pass\n    case {1: _, -2: x,}: pass\n    case {None: a, True: b}: pass\n",
                "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_"
                + "lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchMapping(keys=[], pat"
                + "terns=[], lineno=2, col_offset=9, end_lineno=2, end_col_offset=11), body=[Pass(l"
                + "ineno=2, col_offset=13, end_lineno=2, end_col_offset=17)]), match_case(pattern=M"
                + "atchMapping(keys=[Constant(value='a', lineno=3, col_offset=10, end_lineno=3, end"
                + "_col_offset=13), Attribute(value=Name(id='b', ctx=Load(), lineno=3, col_offset=1"
                + "8, end_lineno=3, end_col_offset=19), attr='c', ctx=Load(), lineno=3, col_offset="
                + "18, end_lineno=3, end_col_offset=21)], patterns=[MatchValue(value=Constant(value"
                + "=1, lineno=3, col_offset=15, end_lineno=3, end_col_offset=16), lineno=3, col_off"
                + "set=15, end_lineno=3, end_col_offset=16), MatchAs(name='d', lineno=3, col_offset"
                + "=23, end_lineno=3, end_col_offset=24)], rest='rest', lineno=3, col_offset=9, end"
                + "_lineno=3, end_col_offset=33), body=[Pass(lineno=3, col_offset=35, end_lineno=3,"
                + " end_col_offset=39)]), match_case(pattern=MatchMapping(keys=[Constant(value=1, l"
                + "ineno=4, col_offset=10, end_lineno=4, end_col_offset=11), UnaryOp(op=USub(), ope"
                + "rand=Constant(value=2, lineno=4, col_offset=17, end_lineno=4, end_col_offset=18)"
                + ", lineno=4, col_offset=16, end_lineno=4, end_col_offset=18)], patterns=[MatchAs("
                + "lineno=4, col_offset=13, end_lineno=4, end_col_offset=14), MatchAs(name='x', lin"
                + "eno=4, col_offset=20, end_lineno=4, end_col_offset=21)], lineno=4, col_offset=9,"
                + " end_lineno=4, end_col_offset=23), body=[Pass(lineno=4, col_offset=25, end_linen"
                + "o=4, end_col_offset=29)]), match_case(pattern=MatchMapping(keys=[Constant(value="
                + "None, lineno=5, col_offset=10, end_lineno=5, end_col_offset=14), Constant(value="
                + "True, lineno=5, col_offset=19, end_lineno=5, end_col_offset=23)], patterns=[Matc"
                + "hAs(name='a', lineno=5, col_offset=16, end_lineno=5, end_col_offset=17), MatchAs"
                + "(name='b', lineno=5, col_offset=25, end_lineno=5, end_col_offset=26)], lineno=5,"
                + " col_offset=9, end_lineno=5, end_col_offset=27), body=[Pass(lineno=5, col_offset"
                + "=29, end_lineno=5, end_col_offset=33)])], lineno=1, col_offset=0, end_lineno=5, "
                + "end_col_offset=33)], type_ignores=[])");
    }

    @Test
    void class_patterns() {
        check("match x:\n    case Point(): pass\n    case Point(1, y=2): pass\n    case a.B(x=[1, 2], y={}): pass\n    case P(a, b,): pass\n",
                "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_"
                + "lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchClass(cls=Name(id='P"
                + "oint', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=14), pat"
                + "terns=[], kwd_attrs=[], kwd_patterns=[], lineno=2, col_offset=9, end_lineno=2, e"
                + "nd_col_offset=16), body=[Pass(lineno=2, col_offset=18, end_lineno=2, end_col_off"
                + "set=22)]), match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load(), lineno"
                + "=3, col_offset=9, end_lineno=3, end_col_offset=14), patterns=[MatchValue(value=C"
                + "onstant(value=1, lineno=3, col_offset=15, end_lineno=3, end_col_offset=16), line"
                + "no=3, col_offset=15, end_lineno=3, end_col_offset=16)], kwd_attrs=['y'], kwd_pat"
                + "terns=[MatchValue(value=Constant(value=2, lineno=3, col_offset=20, end_lineno=3,"
                + " end_col_offset=21), lineno=3, col_offset=20, end_lineno=3, end_col_offset=21)],"
                + " lineno=3, col_offset=9, end_lineno=3, end_col_offset=22), body=[Pass(lineno=3, "
                + "col_offset=24, end_lineno=3, end_col_offset=28)]), match_case(pattern=MatchClass"
                + "(cls=Attribute(value=Name(id='a', ctx=Load(), lineno=4, col_offset=9, end_lineno"
                + "=4, end_col_offset=10), attr='B', ctx=Load(), lineno=4, col_offset=9, end_lineno"
                + "=4, end_col_offset=12), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchSe"
                + "quence(patterns=[MatchValue(value=Constant(value=1, lineno=4, col_offset=16, end"
                + "_lineno=4, end_col_offset=17), lineno=4, col_offset=16, end_lineno=4, end_col_of"
                + "fset=17), MatchValue(value=Constant(value=2, lineno=4, col_offset=19, end_lineno"
                + "=4, end_col_offset=20), lineno=4, col_offset=19, end_lineno=4, end_col_offset=20"
                + ")], lineno=4, col_offset=15, end_lineno=4, end_col_offset=21), MatchMapping(keys"
                + "=[], patterns=[], lineno=4, col_offset=25, end_lineno=4, end_col_offset=27)], li"
                + "neno=4, col_offset=9, end_lineno=4, end_col_offset=28), body=[Pass(lineno=4, col"
                + "_offset=30, end_lineno=4, end_col_offset=34)]), match_case(pattern=MatchClass(cl"
                + "s=Name(id='P', ctx=Load(), lineno=5, col_offset=9, end_lineno=5, end_col_offset="
                + "10), patterns=[MatchAs(name='a', lineno=5, col_offset=11, end_lineno=5, end_col_"
                + "offset=12), MatchAs(name='b', lineno=5, col_offset=14, end_lineno=5, end_col_off"
                + "set=15)], kwd_attrs=[], kwd_patterns=[], lineno=5, col_offset=9, end_lineno=5, e"
                + "nd_col_offset=17), body=[Pass(lineno=5, col_offset=19, end_lineno=5, end_col_off"
                + "set=23)])], lineno=1, col_offset=0, end_lineno=5, end_col_offset=23)], type_igno"
                + "res=[])");
    }

    @Test
    void or_and_as_patterns() {
        check("match x:\n    case 1 | 2 | 3: pass\n    case (1 | 2) as z: pass\n    case [a] | (a, ) as y: pass\n",
                "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_"
                + "lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchVa"
                + "lue(value=Constant(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset"
                + "=10), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), MatchValue(value"
                + "=Constant(value=2, lineno=2, col_offset=13, end_lineno=2, end_col_offset=14), li"
                + "neno=2, col_offset=13, end_lineno=2, end_col_offset=14), MatchValue(value=Consta"
                + "nt(value=3, lineno=2, col_offset=17, end_lineno=2, end_col_offset=18), lineno=2,"
                + " col_offset=17, end_lineno=2, end_col_offset=18)], lineno=2, col_offset=9, end_l"
                + "ineno=2, end_col_offset=18), body=[Pass(lineno=2, col_offset=20, end_lineno=2, e"
                + "nd_col_offset=24)]), match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchV"
                + "alue(value=Constant(value=1, lineno=3, col_offset=10, end_lineno=3, end_col_offs"
                + "et=11), lineno=3, col_offset=10, end_lineno=3, end_col_offset=11), MatchValue(va"
                + "lue=Constant(value=2, lineno=3, col_offset=14, end_lineno=3, end_col_offset=15),"
                + " lineno=3, col_offset=14, end_lineno=3, end_col_offset=15)], lineno=3, col_offse"
                + "t=10, end_lineno=3, end_col_offset=15), name='z', lineno=3, col_offset=9, end_li"
                + "neno=3, end_col_offset=21), body=[Pass(lineno=3, col_offset=23, end_lineno=3, en"
                + "d_col_offset=27)]), match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchSe"
                + "quence(patterns=[MatchAs(name='a', lineno=4, col_offset=10, end_lineno=4, end_co"
                + "l_offset=11)], lineno=4, col_offset=9, end_lineno=4, end_col_offset=12), MatchSe"
                + "quence(patterns=[MatchAs(name='a', lineno=4, col_offset=16, end_lineno=4, end_co"
                + "l_offset=17)], lineno=4, col_offset=15, end_lineno=4, end_col_offset=20)], linen"
                + "o=4, col_offset=9, end_lineno=4, end_col_offset=20), name='y', lineno=4, col_off"
                + "set=9, end_lineno=4, end_col_offset=25), body=[Pass(lineno=4, col_offset=27, end"
                + "_lineno=4, end_col_offset=31)])], lineno=1, col_offset=0, end_lineno=4, end_col_"
                + "offset=31)], type_ignores=[])");
    }

    @Test
    void guards_and_subjects() {
        check("match a, *b:\n    case [x, *y] if x > 0: pass\nmatch (yield_ := 1):\n    case _: pass\nmatch -x:\n    case _:\n        pass\n",
                "Module(body=[Match(subject=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_of"
                + "fset=6, end_lineno=1, end_col_offset=7), Starred(value=Name(id='b', ctx=Load(), "
                + "lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1,"
                + " col_offset=9, end_lineno=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offs"
                + "et=6, end_lineno=1, end_col_offset=11), cases=[match_case(pattern=MatchSequence("
                + "patterns=[MatchAs(name='x', lineno=2, col_offset=10, end_lineno=2, end_col_offse"
                + "t=11), MatchStar(name='y', lineno=2, col_offset=13, end_lineno=2, end_col_offset"
                + "=15)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=16), guard=Compare(l"
                + "eft=Name(id='x', ctx=Load(), lineno=2, col_offset=20, end_lineno=2, end_col_offs"
                + "et=21), ops=[Gt()], comparators=[Constant(value=0, lineno=2, col_offset=24, end_"
                + "lineno=2, end_col_offset=25)], lineno=2, col_offset=20, end_lineno=2, end_col_of"
                + "fset=25), body=[Pass(lineno=2, col_offset=27, end_lineno=2, end_col_offset=31)])"
                + "], lineno=1, col_offset=0, end_lineno=2, end_col_offset=31), Match(subject=Named"
                + "Expr(target=Name(id='yield_', ctx=Store(), lineno=3, col_offset=7, end_lineno=3,"
                + " end_col_offset=13), value=Constant(value=1, lineno=3, col_offset=17, end_lineno"
                + "=3, end_col_offset=18), lineno=3, col_offset=7, end_lineno=3, end_col_offset=18)"
                + ", cases=[match_case(pattern=MatchAs(lineno=4, col_offset=9, end_lineno=4, end_co"
                + "l_offset=10), body=[Pass(lineno=4, col_offset=12, end_lineno=4, end_col_offset=1"
                + "6)])], lineno=3, col_offset=0, end_lineno=4, end_col_offset=16), Match(subject=U"
                + "naryOp(op=USub(), operand=Name(id='x', ctx=Load(), lineno=5, col_offset=7, end_l"
                + "ineno=5, end_col_offset=8), lineno=5, col_offset=6, end_lineno=5, end_col_offset"
                + "=8), cases=[match_case(pattern=MatchAs(lineno=6, col_offset=9, end_lineno=6, end"
                + "_col_offset=10), body=[Pass(lineno=7, col_offset=8, end_lineno=7, end_col_offset"
                + "=12)])], lineno=5, col_offset=0, end_lineno=7, end_col_offset=12)], type_ignores"
                + "=[])");
    }

}
