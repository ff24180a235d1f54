package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taipan.ast.AstDump;
import org.taipan.ast.BytesLiteral;
import org.taipan.ast.Constant;
import org.taipan.ast.Expr;
import org.taipan.ast.FormattedValue;
import org.taipan.ast.JoinedStr;
import org.taipan.ast.Name;

/**
 * String literals against CPython 3.11.7: every expected text below was printed by python3
 * (ast.dump(..., include_attributes=True), the decoded values, and SyntaxError msg/lineno/offset/
 * end_lineno/end_offset of compile()). Replacement-field expressions are parsed by the stand-in in
 * {@link LiteralsTestSource}, which positions a node exactly as the real parser must.
 */
class LiteralsStringTest {
    @Test
    void decodesValues() {
        // Unicode 14.0 names (Python 3.11's database, newer than Java 17's) and algorithmic names
        value("x = \"\\N{MELTING FACE}\\N{melting face}\\N{ARABIC LETTER ALEF WITH ATTACHED FATHA}\\N{HANGUL SYLLABLE HIH}\\N{CJK UNIFIED IDEOGRAPH-3134A}\"", "\ud83e\udee0\ud83e\udee0\u0870\ud7a3\ud884\udf4a");
        value("x = \"abc\"", "abc");
        value("x = 'a\\\\b\\'c\\\"d\\a\\b\\f\\n\\r\\t\\v'", "a\\b'c\"d\007\010\014\n\015\t\013");
        value("x = \"line\\\ncontinued\"", "linecontinued");
        value("x = \"\\0\\7\\17\\177\\377\\400\\777\\1234\"", "\000\007\017\177\u00ff\u0100\u01ffS4");
        value("x = \"\\x41\\x7e\\xff\\u00e9\\u20ac\\U0001F600\\U00000041\"", "A~\u00ff\u00e9\u20ac\ud83d\ude00A");
        value("x = \"\\uD800 lone surrogate\"", "\ud800 lone surrogate");
        value("x = \"\\N{LATIN SMALL LETTER A}\\N{latin capital letter b}\\N{EURO SIGN}\\N{GRINNING FACE}\"", "aB\u20ac\ud83d\ude00");
        value("x = \"\\N{CJK UNIFIED IDEOGRAPH-8000}\\N{HANGUL SYLLABLE GAG}\\N{HANGUL SYLLABLE YI}\"", "\u8000\uac01\uc758");
        value("x = \"\\N{LINE FEED}\\N{LF}\\N{NBSP}\\N{BYTE ORDER MARK}\\N{LATIN CAPITAL LETTER GHA}\\N{NULL}\"", "\n\n\u00a0\ufeff\u01a2\000");
        value("x = \"\\8\\9\\q\\ \\\u00e9\\z\"", "\\8\\9\\q\\ \\\u00e9\\z");
        value("x = r\"\\n\\x4\\N{foo}\\\\\"", "\\n\\x4\\N{foo}\\\\");
        value("x = \"\"\"a\nb\\\nc\"\"\"", "a\nbc");
        value("x = \"\u00e9\ud83d\ude00\" 'x' \"\"\"y\"\"\" '''z'''", "\u00e9\ud83d\ude00xyz");
        bytesValue("x = b\"abc\\x41\\xff\\0\\377\\400\\n\\\\\\'\\q\\u1234\\N{x}\"", "61626341ff00ff000a5c275c715c75313233345c4e7b787d");
        bytesValue("x = rb\"\\x4\\n\" Br'\\q'", "5c78345c6e5c71");
        bytesValue("x = b\"a\" b'' b\"\"\"c\nd\"\"\"", "61630a64");
        value("x = R\"\\'\" u\"\\u00e9\" U\"\\t\"", "\\'\u00e9\t");
        value("x = \"a\\\n\u00e9\"", "a\u00e9");
        parts("x = f\"\\N{LATIN SMALL LETTER A}{{}}\\{{x}}\\\\{{\"", "a{}\\{x}\\{");
        parts("x = rf\"\\{{x}}\\n\\N\"", "\\{x}\\n\\N");
        bytesValue("x = b\"\\x0A\\x0a\"", "0a0a");
        parts("x = f\"{a}\\x41\\N{EURO SIGN}{{{b}}}\\{c}\" \"\\t\" f\"\" \"\" f\"\u00e9{d}\"", "{a}", "A\u20ac{", "{b}", "}\\", "{c}", "\t\u00e9", "{d}");
        parts("x = f\"\"\"a\n{b}\\\nc\"\"\"", "a\n", "{b}", "c");
    }

    @Test
    void dumpsLikeCPython() {
        dump("x = \"abc\" + 1",
                "Constant(value='abc', lineno=1, col_offset=4, end_lineno=1, end_col_offset=9)");
        dump("x = u\"abc\"",
                "Constant(value='abc', kind='u', lineno=1, col_offset=4, end_lineno=1, end_col_offset=10)");
        dump("x = U\"abc\"",
                "Constant(value='abc', lineno=1, col_offset=4, end_lineno=1, end_col_offset=10)");
        dump("x = \"a\" u\"b\"",
                "Constant(value='ab', lineno=1, col_offset=4, end_lineno=1, end_col_offset=12)");
        dump("x = u\"a\" f\"{b}\" u\"c\"",
                "JoinedStr(values=[Constant(value='a', kind='u', lineno=1, col_offset=4, end_lineno=1, end_col_offset=20), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=20), Constant(value='c', kind='u', lineno=1, col_offset=4, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=20)");
        dump("x = (\"abc\"\n     'def') + 1",
                "Constant(value='abcdef', lineno=1, col_offset=5, end_lineno=2, end_col_offset=10)");
        dump("x = f\"{a}\"",
                "JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=10)");
        dump("x = f\"{a}{a}\"",
                "JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=13)");
        dump("x = f\"a{b!r}c{d!s:>10}e{f!a:{g}.{h}}\" + 1",
                "JoinedStr(values=[Constant(value='a', lineno=1, col_offset=4, end_lineno=1, end_col_offset=37), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=114, lineno=1, col_offset=4, end_lineno=1, end_col_offset=37), Constant(value='c', lineno=1, col_offset=4, end_lineno=1, end_col_offset=37), FormattedValue(value=Name(id='d', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=115, format_spec=JoinedStr(values=[Constant(value='>10', lineno=1, col_offset=4, end_lineno=1, end_col_offset=37)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=37), lineno=1, col_offset=4, end_lineno=1, end_col_offset=37), Constant(value='e', lineno=1, col_offset=4, end_lineno=1, end_col_offset=37), FormattedValue(value=Name(id='f', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), conversion=97, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='g', ctx=Load(), lineno=1, col_offset=29, end_lineno=1, end_col_offset=30), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=37), Constant(value='.', lineno=1, col_offset=4, end_lineno=1, end_col_offset=37), FormattedValue(value=Name(id='h', ctx=Load(), lineno=1, col_offset=33, end_lineno=1, end_col_offset=34), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=37)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=37), lineno=1, col_offset=4, end_lineno=1, end_col_offset=37)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=37)");
        dump("x = f\"{a=}\" f\"{ b = }\" f\"{c=!s}\" f\"{d=:x}\" f\"{e=!a:{w}}\"",
                "JoinedStr(values=[Constant(value='a=', lineno=1, col_offset=4, end_lineno=1, end_col_offset=56), FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=114, lineno=1, col_offset=4, end_lineno=1, end_col_offset=56), Constant(value=' b = ', lineno=1, col_offset=4, end_lineno=1, end_col_offset=56), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), conversion=114, lineno=1, col_offset=4, end_lineno=1, end_col_offset=56), Constant(value='c=', lineno=1, col_offset=4, end_lineno=1, end_col_offset=56), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=26, end_lineno=1, end_col_offset=27), conversion=115, lineno=1, col_offset=4, end_lineno=1, end_col_offset=56), Constant(value='d=', lineno=1, col_offset=4, end_lineno=1, end_col_offset=56), FormattedValue(value=Name(id='d', ctx=Load(), lineno=1, col_offset=36, end_lineno=1, end_col_offset=37), conversion=-1, format_spec=JoinedStr(values=[Constant(value='x', lineno=1, col_offset=33, end_lineno=1, end_col_offset=42)], lineno=1, col_offset=33, end_lineno=1, end_col_offset=42), lineno=1, col_offset=4, end_lineno=1, end_col_offset=56), Constant(value='e=', lineno=1, col_offset=4, end_lineno=1, end_col_offset=56), FormattedValue(value=Name(id='e', ctx=Load(), lineno=1, col_offset=46, end_lineno=1, end_col_offset=47), conversion=97, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=52, end_lineno=1, end_col_offset=53), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=56)], lineno=1, col_offset=43, end_lineno=1, end_col_offset=56), lineno=1, col_offset=4, end_lineno=1, end_col_offset=56)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=56)");
        dump("x = u\"a\" f\"{x:>{w}}\" \"c\"",
                "JoinedStr(values=[Constant(value='a', kind='u', lineno=1, col_offset=4, end_lineno=1, end_col_offset=24), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>', kind='u', lineno=1, col_offset=4, end_lineno=1, end_col_offset=24), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=9, end_lineno=1, end_col_offset=20), lineno=1, col_offset=4, end_lineno=1, end_col_offset=24), Constant(value='c', kind='u', lineno=1, col_offset=4, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=24)");
        dump("x = f\"{x:{y}}\" \"\" f\"\"",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=14), lineno=1, col_offset=4, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=21)");
        dump("x = \"\" f\"\"",
                "JoinedStr(values=[], lineno=1, col_offset=4, end_lineno=1, end_col_offset=10)");
        dump("x = f\"{x!r:}\"",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=114, format_spec=JoinedStr(values=[], lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), lineno=1, col_offset=4, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=13)");
        dump("x = f\"{x:}\"",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, format_spec=JoinedStr(values=[], lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=11)");
        dump("x = f\"{a:x{b=}}\"",
                "JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, format_spec=JoinedStr(values=[Constant(value='xb=', lineno=1, col_offset=4, end_lineno=1, end_col_offset=16), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), conversion=114, lineno=1, col_offset=4, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=16), lineno=1, col_offset=4, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=16)");
        dump("x = f\"{a:x{b}y}z\"",
                "JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, format_spec=JoinedStr(values=[Constant(value='x', lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), Constant(value='y', lineno=1, col_offset=4, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), Constant(value='z', lineno=1, col_offset=4, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=17)");
        dump("x = (f\"{a}\"\n   f\"{b}\")",
                "JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=5, end_lineno=2, end_col_offset=9), FormattedValue(value=Name(id='b', ctx=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), conversion=-1, lineno=1, col_offset=5, end_lineno=2, end_col_offset=9)], lineno=1, col_offset=5, end_lineno=2, end_col_offset=9)");
        dump("x = (f\"\"\"{a\n}x{b}y{\n c}\"\"\")",
                "JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=5, end_lineno=3, end_col_offset=6), Constant(value='x', lineno=1, col_offset=5, end_lineno=3, end_col_offset=6), FormattedValue(value=Name(id='b', ctx=Load(), lineno=2, col_offset=3, end_lineno=2, end_col_offset=4), conversion=-1, lineno=1, col_offset=5, end_lineno=3, end_col_offset=6), Constant(value='y', lineno=1, col_offset=5, end_lineno=3, end_col_offset=6), FormattedValue(value=Name(id='c', ctx=Load(), lineno=3, col_offset=1, end_lineno=3, end_col_offset=2), conversion=-1, lineno=1, col_offset=5, end_lineno=3, end_col_offset=6)], lineno=1, col_offset=5, end_lineno=3, end_col_offset=6)");
        dump("x = f\"\u00e9{a}\"",
                "JoinedStr(values=[Constant(value='\u00e9', lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=12)");
        dump("x = F\"{a}\" fr\"{b}\" Rf'{c}' f'''{d}'''",
                "JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=37), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=37), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=37), FormattedValue(value=Name(id='d', ctx=Load(), lineno=1, col_offset=32, end_lineno=1, end_col_offset=33), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=37)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=37)");
        dump("x = f\"{{a}}\" + 1",
                "JoinedStr(values=[Constant(value='{a}', lineno=1, col_offset=4, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=12)");
    }

    @Test
    void shiftsReplacementFieldExpressionsLikeCPython() {
        positions("x = (f\"\"\"{\na}\"\"\")", "2:0-2:1");
        positions("x = (f\"\"\"{  \n  a\n  + b}\"\"\")", "2:2-3:5");
        positions("x = (f\"\"\"ab\n{ a +\n b}\"\"\")", "2:2-3:2");
        positions("x = (f\"\"\"ab\n  cd {a} {b\n} \u00e9 {c}\"\"\")", "2:6-2:7 2:10-2:11 3:6-3:7");
        positions("x = f\"\u00e9{a}\u00fc{b:{c}}\" f\"{d}\"", "1:9-1:10 1:14-1:15 1:17-1:18 1:25-1:26");
        positions("x = f\"{ a }\" + 1", "1:8-1:9");
        positions("x = f\"abc\\\n{a}\"", "2:1-2:2");
        positions("x = f\"{a!=b}{c==d}{e<f}{g>=h}\"", "1:7-1:11 1:13-1:17 1:19-1:22 1:24-1:28");
        positions("x = f\"{a[':']}{b('}')}{c['=']}{ {d:1}[d] }\"", "1:7-1:13 1:15-1:21 1:23-1:29 1:32-1:40");
        positions("x = f\"{a if b else c}\"", "1:7-1:20");
        positions("x = f'''{\"\"\"a\"\"\"}{'b'}'''", "1:9-1:16 1:18-1:21");
        positions("x = (1,\n     f\"{a}\")", "2:8-2:9");
        positions("x = (f\"{a}\"\n         f\"\"\"{b}\n{c}\"\"\")", "1:8-1:9 2:14-2:15 3:1-3:2");
        positions("x = (f\"{a}\" \"\u00e9\\n\"\n f\"{b}\")", "1:8-1:9 2:4-2:5");
        positions("x = (f\"\"\"{a}\n{b:{c}}\n\"\"\" f\"\"\"\u00e9\n  {d}\"\"\")", "1:10-1:11 2:1-2:2 2:4-2:5 4:3-4:4");
    }

    @Test
    void raisesCPythonErrors() {
        error("f\"{}\"",
                "f-string: empty expression not allowed", 1, 6, 1, 6);
        error("f\"{}\" + 1",
                "f-string: empty expression not allowed", 1, 7, 1, 8);
        error("(f\"{}\"\n)",
                "f-string: empty expression not allowed", 2, 1, 2, 2);
        error("f\"{a\"",
                "f-string: expecting '}'", 1, 6, 1, 6);
        error("f\"}\" + 2",
                "f-string: single '}' is not allowed", 1, 6, 1, 7);
        error("f\"{a!x}\"",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9);
        error("f\"{a!}\"",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 1, 8);
        error("f\"{a(}\"",
                "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 8, 1, 8);
        error("f\"{a)}\"",
                "f-string: unmatched ')'", 1, 8, 1, 8);
        error("f\"{\\n}\"",
                "f-string expression part cannot include a backslash", 1, 8, 1, 8);
        error("f\"{a#}\"",
                "f-string expression part cannot include '#'", 1, 8, 1, 8);
        error("f\"{a!r=}\"",
                "f-string: expecting '}'", 1, 10, 1, 10);
        error("x = f\"{a:{b}.{c!r:{d}}}\"",
                "f-string: expressions nested too deeply", 1, 25, 1, 25);
        error("x = \"\\x4\" + 1",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 11, 1, 12);
        error("x = (\"abc\"\n  \"\\N{foo}\" + 1)",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 2, 13, 2, 14);
        error("x = \"\\u12\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 11, 1, 11);
        error("x = \"\\U1234\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\UXXXXXXXX escape", 1, 13, 1, 13);
        error("x = \"\\U00110000\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 17, 1, 17);
        error("x = \"\\N\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 9, 1, 9);
        error("x = \"\\N{\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 1, 10, 1, 10);
        error("x = \"\\N{LATIN\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: malformed \\N character escape", 1, 15, 1, 15);
        error("x = \"ab\\Nx\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: malformed \\N character escape", 1, 12, 1, 12);
        error("x = b\"\\x4\"",
                "(value error) invalid \\x escape at position 0", 1, 11, 1, 11);
        error("x = b\"\\x\"",
                "(value error) invalid \\x escape at position 0", 1, 10, 1, 10);
        error("x = \"abc\\x\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 3-4: truncated \\xXX escape", 1, 12, 1, 12);
        error("x = \"\u00e9\\x4\" + 1",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape", 1, 12, 1, 13);
        error("x = \"\"\"abc\ndef\\x4\n\"\"\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 7-9: truncated \\xXX escape", 3, 4, 3, 4);
        error("x = \"abc\" f\"\u00e9{a}\\x4\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 21, 1, 21);
        error("x = \"abc\" f\"\u00e9{a}\" \"a\\x4\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: truncated \\xXX escape", 1, 25, 1, 25);
        error("x = \"\\N{LATIN SMALL LETTER X WITH NOTHING}\" + 1",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-36: unknown Unicode character name", 1, 45, 1, 46);
        error("x = \"\\N{}\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 1, 11, 1, 11);
        error("x = \"a\\N{}b\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: malformed \\N character escape", 1, 13, 1, 13);
        error("x = \"\u00e9\\N{foo}\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-16: unknown Unicode character name", 1, 15, 1, 15);
        error("x = \"\ud83d\ude00\\x4\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape", 1, 11, 1, 11);
        error("x = \"\\\u00e9\\x4\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 16-18: truncated \\xXX escape", 1, 12, 1, 12);
        error("x = \"\\\\\u00e9\\x4\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 12-14: truncated \\xXX escape", 1, 13, 1, 13);
        error("x = \"\\N{ LATIN SMALL LETTER A}\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name", 1, 32, 1, 32);
        error("x = \"\\N{LINE FEED (LF)}\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-17: unknown Unicode character name", 1, 25, 1, 25);
        error("x = \"\\N{CJK UNIFIED IDEOGRAPHS 8000}\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-30: unknown Unicode character name", 1, 38, 1, 38);
        error("x = \"\\N{cjk unified ideograph-8000}\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name", 1, 37, 1, 37);
        error("x = \"\\N{KEYCAP NUMBER SIGN}\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name", 1, 29, 1, 29);
        error("x = b\"\u00e9\" + 1",
                "bytes can only contain ASCII literal characters", 1, 5, 1, 9);
        error("x = (b\"a\"\n \"b\" + 1)",
                "cannot mix bytes and nonbytes literals", 2, 6, 2, 7);
        error("x = (\"a\"\n b\"b\" + 1)",
                "cannot mix bytes and nonbytes literals", 2, 7, 2, 8);
        error("x = (\"a\" f\"{b}\"\n b\"b\" + 1)",
                "cannot mix bytes and nonbytes literals", 2, 7, 2, 8);
        error("x = (b\"a\" \"\\x4\" + 1)",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 17, 1, 18);
        error("x = \u00e9 + f\"{a}}\"",
                "f-string: single '}' is not allowed", 1, 16, 1, 16);
        error("x = f\"{a}{\"",
                "f-string: expecting '}'", 1, 12, 1, 12);
        error("x = f\"{\"",
                "f-string: expecting '}'", 1, 9, 1, 9);
        error("x = f\"{a:{b:{c}}}\"",
                "f-string: expressions nested too deeply", 1, 19, 1, 19);
        error("x = f\"{a:{b}}}\"",
                "f-string: single '}' is not allowed", 1, 16, 1, 16);
        error("x = f\"{a!r\"",
                "f-string: expecting '}'", 1, 12, 1, 12);
        error("x = f\"{a='\"",
                "f-string: expecting '}'", 1, 12, 1, 12);
        error("x = f\"{a[}\"",
                "f-string: closing parenthesis '}' does not match opening parenthesis '['", 1, 12, 1, 12);
        error("x = f\"{ !r}\"",
                "f-string: expression required before '!'", 1, 13, 1, 13);
        error("x = f\"{!r}\"",
                "f-string: expression required before '!'", 1, 12, 1, 12);
        error("x = f\"{ :x}\"",
                "f-string: expression required before ':'", 1, 13, 1, 13);
        error("x = f\"{=}\"",
                "f-string: expression required before '='", 1, 11, 1, 11);
        error("x = f\"\"\"{\n}\"\"\"",
                "f-string: empty expression not allowed", 2, 5, 2, 5);
        error("x = f\"{a!r}\" f\"{  !s}\"",
                "f-string: expression required before '!'", 1, 23, 1, 23);
        error("x = f\"{a:{ }}\"",
                "f-string: empty expression not allowed", 1, 15, 1, 15);
        error("x = f\"{a:{!r}}\"",
                "f-string: expression required before '!'", 1, 16, 1, 16);
        error("x = f\"{a:x{b!r=}}\"",
                "f-string: expecting '}'", 1, 19, 1, 19);
        error("x = f\"{a:x{b!r:{c}}}\"",
                "f-string: expressions nested too deeply", 1, 22, 1, 22);
        error("x = f\"{'a}\"",
                "f-string: unterminated string", 1, 12, 1, 12);
        error("x = f\"{a['b]}\"",
                "f-string: unterminated string", 1, 15, 1, 15);
        error("x = f\"{a[}]}\"",
                "f-string: closing parenthesis '}' does not match opening parenthesis '['", 1, 14, 1, 14);
        error("x = f\"{a}\" f\"{b\" + 1",
                "f-string: expecting '}'", 1, 18, 1, 19);
        error("x = f\"{a]}\"",
                "f-string: unmatched ']'", 1, 12, 1, 12);
        error("x = f\"{a ! r}\"",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 15, 1, 15);
        error("x = f\"{a!rr}\"",
                "f-string: expecting '}'", 1, 14, 1, 14);
        error("x = f\"{a:\"",
                "f-string: expecting '}'", 1, 11, 1, 11);
        error("x = f\"{a=!x}\"",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 14, 1, 14);
        error("x = f\"a\\}\"",
                "f-string: single '}' is not allowed", 1, 11, 1, 11);
        error("x = f\"{{}\"",
                "f-string: single '}' is not allowed", 1, 11, 1, 11);
        error("x = f\"\\N{foo}{a}\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 18, 1, 18);
        error("x = f\"{a}\\N}\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 14, 1, 14);
        error("x = f\"{a:{b}\\x4}\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 18, 1, 18);
        error("x = b\"\\x4\" \"\u00e9\"",
                "(value error) invalid \\x escape at position 0", 1, 15, 1, 15);
    }

    @Test
    void charOffsetCountsCodePointsOfUtf8Prefix() {
        // CPython: offset 5 and end offset 9 for b"é" at byte columns 4..9 of 'x = b"é" + 1'.
        assertEquals(5, LiteralErrorSite.charOffset("x = b\"\u00e9\" + 1\n", 5));
        assertEquals(9, LiteralErrorSite.charOffset("x = b\"\u00e9\" + 1\n", 10));
    }

    private static void value(String source, String expected) {
        Expr e = new LiteralsTestSource(source).parse();
        assertEquals(expected, ((Constant) e).value, source);
    }

    private static void bytesValue(String source, String expectedHex) {
        Expr e = new LiteralsTestSource(source).parse();
        assertArrayEquals(HexFormat.of().parseHex(expectedHex), ((BytesLiteral) ((Constant) e).value).bytes(), source);
    }

    private static void parts(String source, String... expected) {
        JoinedStr j = (JoinedStr) new LiteralsTestSource(source).parse();
        List<String> actual = new ArrayList<>();
        for (Expr part : j.values) {
            actual.add(part instanceof Constant ? (String) ((Constant) part).value
                    : "{" + ((Name) ((FormattedValue) part).value).id + "}");
        }
        assertEquals(List.of(expected), actual, source);
    }

    private static void dump(String source, String expected) {
        assertEquals(expected, AstDump.dump(new LiteralsTestSource(source).parse()), source);
    }

    private static void positions(String source, String expected) {
        List<String> actual = new ArrayList<>();
        collectPositions(new LiteralsTestSource(source).parse(), actual);
        assertEquals(expected, String.join(" ", actual), source);
    }

    private static void collectPositions(Expr e, List<String> out) {
        if (e instanceof FormattedValue) {
            FormattedValue f = (FormattedValue) e;
            out.add(f.value.lineno + ":" + f.value.colOffset + "-" + f.value.endLineno + ":" + f.value.endColOffset);
            if (f.formatSpec != null) {
                collectPositions(f.formatSpec, out);
            }
        } else if (e instanceof JoinedStr) {
            for (Expr part : ((JoinedStr) e).values) {
                collectPositions(part, out);
            }
        }
    }

    private static void error(String source, String msg, int lineno, int offset, int endLineno, int endOffset) {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> new LiteralsTestSource(source).parse(), source);
        assertEquals(msg + " " + lineno + " " + offset + " " + endLineno + " " + endOffset,
                e.msg + " " + e.lineno + " " + e.offset + " " + e.endLineno + " " + e.endOffset, source);
    }
}
