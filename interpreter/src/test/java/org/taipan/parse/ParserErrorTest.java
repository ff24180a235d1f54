package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Syntax errors: CPython's message, type and location. Expectations are what CPython 3.11's {@code compile()} raises. */
class ParserErrorTest {
    private static void check(String source, String type, String msg, int lineno, int offset,
                              int endLineno, int endOffset) {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> Parser.parse(source, "<test>", "exec"));
        assertEquals(type + ": " + msg + " @" + lineno + ":" + offset + "-" + endLineno + ":" + endOffset,
                e.pythonType + ": " + e.msg + " @" + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset);
    }

    @Test
    void generic_invalid_syntax() {
        check("a b\n", "SyntaxError",
                "invalid syntax", 1, 3, 1, 4);
    }

    @Test
    void invalid_syntax_at_keyword() {
        check("if x:\n  pass\n  else: 1\n", "SyntaxError",
                "invalid syntax", 3, 3, 3, 7);
    }

    @Test
    void expected_colon_forced_def() {
        check("def f() pass\n", "SyntaxError",
                "expected ':'", 1, 9, 1, 13);
    }

    @Test
    void expected_colon_at_newline() {
        check("if x\n  pass\n", "SyntaxError",
                "expected ':'", 1, 5, 1, 5);
    }

    @Test
    void expected_colon_class() {
        check("class A\n  pass\n", "SyntaxError",
                "expected ':'", 1, 8, 1, 8);
    }

    @Test
    void expected_colon_while() {
        check("while x\n  pass\n", "SyntaxError",
                "expected ':'", 1, 8, 1, 8);
    }

    @Test
    void expected_colon_for() {
        check("for x in y\n  pass\n", "SyntaxError",
                "expected ':'", 1, 11, 1, 11);
    }

    @Test
    void expected_colon_try_forced() {
        check("try\n  pass\n", "SyntaxError",
                "expected ':'", 1, 4, 1, 4);
    }

    @Test
    void forgot_comma_in_parens() {
        check("x = (a b c)\n", "SyntaxError",
                "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9);
    }

    @Test
    void forgot_comma_in_call() {
        check("f(a, b c)\n", "SyntaxError",
                "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9);
    }

    @Test
    void forgot_comma_in_list() {
        check("[a, b c]\n", "SyntaxError",
                "invalid syntax. Perhaps you forgot a comma?", 1, 5, 1, 8);
    }

    @Test
    void cannot_assign_to_call_here() {
        check("f() = 1\n", "SyntaxError",
                "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4);
    }

    @Test
    void cannot_assign_to_literal_here() {
        check("1 = x\n", "SyntaxError",
                "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2);
    }

    @Test
    void cannot_assign_chained() {
        check("x = f() = 1\n", "SyntaxError",
                "cannot assign to function call", 1, 5, 1, 8);
    }

    @Test
    void cannot_assign_to_true() {
        check("True = 1\n", "SyntaxError",
                "cannot assign to True", 1, 1, 1, 5);
    }

    @Test
    void cannot_assign_to_yield() {
        check("x = yield = 1\n", "SyntaxError",
                "assignment to yield expression not possible", 1, 5, 1, 10);
    }

    @Test
    void cannot_assign_for_target() {
        check("for f() in x: pass\n", "SyntaxError",
                "cannot assign to function call", 1, 5, 1, 8);
    }

    @Test
    void cannot_assign_with_target() {
        check("with a as f(): pass\n", "SyntaxError",
                "cannot assign to function call", 1, 11, 1, 14);
    }

    @Test
    void cannot_assign_comprehension_target() {
        check("[x for 1 in y]\n", "SyntaxError",
                "cannot assign to literal", 1, 8, 1, 9);
    }

    @Test
    void cannot_delete_call() {
        check("del f()\n", "SyntaxError",
                "cannot delete function call", 1, 5, 1, 8);
    }

    @Test
    void cannot_delete_literal() {
        check("del a, 1\n", "SyntaxError",
                "cannot delete literal", 1, 8, 1, 9);
    }

    @Test
    void maybe_meant_equality_in_if() {
        check("if x = 1: pass\n", "SyntaxError",
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9);
    }

    @Test
    void maybe_meant_equality_in_while() {
        check("while x = 1: pass\n", "SyntaxError",
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 1, 12);
    }

    @Test
    void walrus_with_attribute() {
        check("(a.b := 1)\n", "SyntaxError",
                "cannot use assignment expressions with attribute", 1, 2, 1, 5);
    }

    @Test
    void annotated_tuple() {
        check("(a, b): int\n", "SyntaxError",
                "only single target (not tuple) can be annotated", 1, 1, 1, 7);
    }

    @Test
    void annotated_open_tuple() {
        check("a, b: int\n", "SyntaxError",
                "only single target (not tuple) can be annotated", 1, 1, 1, 2);
    }

    @Test
    void annotated_list() {
        check("[a, b]: int\n", "SyntaxError",
                "only single target (not list) can be annotated", 1, 1, 1, 7);
    }

    @Test
    void illegal_annotation_target() {
        check("f(): int\n", "SyntaxError",
                "illegal target for annotation", 1, 1, 1, 4);
    }

    @Test
    void illegal_augmented_target() {
        check("a + 1 += 1\n", "SyntaxError",
                "'expression' is an illegal expression for augmented assignment", 1, 1, 1, 6);
    }

    @Test
    void augmented_tuple() {
        check("a, b += 1\n", "SyntaxError",
                "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5);
    }

    @Test
    void indented_block_if() {
        check("if x:\npass\n", "IndentationError",
                "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5);
    }

    @Test
    void indented_block_elif() {
        check("if x:\n  pass\nelif y:\npass\n", "IndentationError",
                "expected an indented block after 'elif' statement on line 3", 4, 1, 4, 5);
    }

    @Test
    void indented_block_else() {
        check("if x:\n  pass\nelse:\npass\n", "IndentationError",
                "expected an indented block after 'else' statement on line 3", 4, 1, 4, 5);
    }

    @Test
    void indented_block_def() {
        check("def f():\npass\n", "IndentationError",
                "expected an indented block after function definition on line 1", 2, 1, 2, 5);
    }

    @Test
    void indented_block_async_def() {
        check("async def f():\npass\n", "IndentationError",
                "expected an indented block after function definition on line 1", 2, 1, 2, 5);
    }

    @Test
    void indented_block_class() {
        check("class A:\npass\n", "IndentationError",
                "expected an indented block after class definition on line 1", 2, 1, 2, 5);
    }

    @Test
    void indented_block_for() {
        check("for x in y:\npass\n", "IndentationError",
                "expected an indented block after 'for' statement on line 1", 2, 1, 2, 5);
    }

    @Test
    void indented_block_while() {
        check("while x:\npass\n", "IndentationError",
                "expected an indented block after 'while' statement on line 1", 2, 1, 2, 5);
    }

    @Test
    void indented_block_with() {
        check("with x:\npass\n", "IndentationError",
                "expected an indented block after 'with' statement on line 1", 2, 1, 2, 5);
    }

    @Test
    void indented_block_try() {
        check("try:\npass\n", "IndentationError",
                "expected an indented block after 'try' statement on line 1", 2, 1, 2, 5);
    }

    @Test
    void indented_block_except() {
        check("try:\n  pass\nexcept:\npass\n", "IndentationError",
                "expected an indented block after 'except' statement on line 3", 4, 1, 4, 5);
    }

    @Test
    void indented_block_except_star() {
        check("try:\n  pass\nexcept* A:\npass\n", "IndentationError",
                "expected an indented block after 'except*' statement on line 3", 4, 1, 4, 5);
    }

    @Test
    void indented_block_finally() {
        check("try:\n  pass\nfinally:\npass\n", "IndentationError",
                "expected an indented block after 'finally' statement on line 3", 4, 1, 4, 5);
    }

    @Test
    void indented_block_match() {
        check("match x:\ncase 1: pass\n", "IndentationError",
                "expected an indented block after 'match' statement on line 1", 2, 1, 2, 5);
    }

    @Test
    void indented_block_case() {
        check("match x:\n  case 1:\n  pass\n", "IndentationError",
                "expected an indented block after 'case' statement on line 2", 3, 3, 3, 7);
    }

    @Test
    void unexpected_indent() {
        check("x = 1\n  y = 2\n", "IndentationError",
                "unexpected indent", 2, 2, 2, -1);
    }

    @Test
    void expected_except_or_finally() {
        check("try:\n  pass\nx = 1\n", "SyntaxError",
                "expected 'except' or 'finally' block", 3, 1, 3, 2);
    }

    @Test
    void positional_follows_keyword() {
        check("f(a=1, b)\n", "SyntaxError",
                "positional argument follows keyword argument", 1, 9, 1, 10);
    }

    @Test
    void positional_follows_unpacking() {
        check("f(**a, b)\n", "SyntaxError",
                "positional argument follows keyword argument unpacking", 1, 9, 1, 10);
    }

    @Test
    void iterable_unpacking_follows_keyword_unpacking() {
        check("f(**a, *b)\n", "SyntaxError",
                "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9);
    }

    @Test
    void generator_not_parenthesized() {
        check("f(x for x in y, 1)\n", "SyntaxError",
                "Generator expression must be parenthesized", 1, 3, 1, 15);
    }

    @Test
    void generator_not_parenthesized_later() {
        check("f(1, x for x in y)\n", "SyntaxError",
                "Generator expression must be parenthesized", 1, 6, 1, 18);
    }

    @Test
    void keyword_expression() {
        check("f(a.b=1)\n", "SyntaxError",
                "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7);
    }

    @Test
    void keyword_true() {
        check("f(True=1)\n", "SyntaxError",
                "cannot assign to True", 1, 3, 1, 8);
    }

    @Test
    void multiple_exception_types() {
        check("try:\n  x\nexcept A, B:\n  pass\n", "SyntaxError",
                "multiple exception types must be parenthesized", 3, 8, 3, 12);
    }

    @Test
    void expected_else_in_conditional() {
        check("x = 1 if y\n", "SyntaxError",
                "expected 'else' after 'if' expression", 1, 5, 1, 11);
    }

    @Test
    void non_default_after_default() {
        check("def f(a=1, b): pass\n", "SyntaxError",
                "non-default argument follows default argument", 1, 12, 1, 13);
    }

    @Test
    void non_default_after_default_lambda() {
        check("lambda x=1, y: 0\n", "SyntaxError",
                "non-default argument follows default argument", 1, 13, 1, 14);
    }

    @Test
    void missing_parentheses_print() {
        check("print \"hello\"\n", "SyntaxError",
                "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 14);
    }

    @Test
    void missing_parentheses_exec() {
        check("exec \"x\" in d\n", "SyntaxError",
                "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 1, 14);
    }

    @Test
    void unclosed_at_eof() {
        check("x = [1,\n", "SyntaxError",
                "'[' was never closed", 1, 5, 1, 0);
    }

    @Test
    void error_at_endmarker() {
        check("@foo\n", "SyntaxError",
                "invalid syntax", 1, 0, 1, 0);
    }

    @Test
    void both_except_kinds() {
        check("try:\n  pass\nexcept A:\n  pass\nexcept* B:\n  pass\n", "SyntaxError",
                "cannot have both 'except' and 'except*' on the same 'try'", 5, 1, 5, 8);
    }

    @Test
    void trailing_comma_import() {
        check("from a import b,\n", "SyntaxError",
                "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17);
    }

    @Test
    void both_except_kinds_star_later() {
        check("try:\n  pass\nexcept A:\n  pass\nexcept *B:\n  pass\n", "SyntaxError",
                "cannot have both 'except' and 'except*' on the same 'try'", 5, 1, 5, 9);
    }

    @Test
    void except_star_without_type() {
        check("try:\n  pass\nexcept*:\n  pass\n", "SyntaxError",
                "expected one or more exception types", 3, 8, 3, 9);
    }

    @Test
    void invalid_statement_in_match() {
        check("match x:\n  case 1:\n    pass\n  x = 1\n", "SyntaxError",
                "invalid syntax", 4, 3, 4, 4);
    }

    @Test
    void iterable_unpacking_in_comprehension() {
        check("[*a for a in b]\n", "SyntaxError",
                "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4);
    }

    @Test
    void dict_unpacking_in_comprehension() {
        check("{**a for a in b}\n", "SyntaxError",
                "dict unpacking cannot be used in dict comprehension", 1, 2, 1, 4);
    }

    @Test
    void comprehension_target_parentheses() {
        check("[a, b for a in c]\n", "SyntaxError",
                "did you forget parentheses around the comprehension target?", 1, 2, 1, 6);
    }

    @Test
    void comprehension_target_trailing_comma() {
        check("[a, for a in c]\n", "SyntaxError",
                "did you forget parentheses around the comprehension target?", 1, 2, 1, 4);
    }

    @Test
    void with_expected_colon() {
        check("with a as b\n  pass\n", "SyntaxError",
                "expected ':'", 1, 12, 1, 12);
    }

    @Test
    void parenthesized_with_expected_colon() {
        check("with (a as b, c)\n  pass\n", "SyntaxError",
                "expected ':'", 1, 17, 1, 17);
    }

    @Test
    void match_expected_colon() {
        check("match x\n  case 1: pass\n", "SyntaxError",
                "expected ':'", 1, 8, 1, 8);
    }

    @Test
    void positional_patterns_after_keyword() {
        check("match x:\n  case P(a=1, b, c, d=2): pass\n", "SyntaxError",
                "positional patterns follow keyword patterns", 2, 15, 2, 19);
    }

    @Test
    void lambda_bare_star() {
        check("lambda *, **k: 0\n", "SyntaxError",
                "named arguments must follow bare *", 1, 11, 1, 13);
    }

    @Test
    void def_bare_star() {
        check("def f(*):\n    pass\n", "SyntaxError",
                "named arguments must follow bare *", 1, 7, 1, 8);
    }

    @Test
    void duplicate_star() {
        check("def f(*, *a):\n    pass\n", "SyntaxError",
                "* argument may appear only once", 1, 10, 1, 11);
    }

    @Test
    void var_positional_default() {
        check("def f(*a=1): pass\n", "SyntaxError",
                "var-positional argument cannot have default value", 1, 9, 1, 10);
    }

    @Test
    void var_keyword_default() {
        check("def f(**a=1): pass\n", "SyntaxError",
                "var-keyword argument cannot have default value", 1, 10, 1, 11);
    }

    @Test
    void argument_after_var_keyword() {
        check("def f(**a, b): pass\n", "SyntaxError",
                "arguments cannot follow var-keyword argument", 1, 12, 1, 13);
    }

    @Test
    void slash_twice() {
        check("def f(a, /, /): pass\n", "SyntaxError",
                "/ may appear only once", 1, 13, 1, 14);
    }

    @Test
    void slash_first() {
        check("def f(/, a): pass\n", "SyntaxError",
                "at least one argument must precede /", 1, 7, 1, 8);
    }

    @Test
    void slash_after_star() {
        check("def f(*, a, /): pass\n", "SyntaxError",
                "/ must be ahead of *", 1, 13, 1, 14);
    }

    @Test
    void missing_default() {
        check("def f(a=): pass\n", "SyntaxError",
                "expected default value expression", 1, 8, 1, 9);
    }

    @Test
    void dict_missing_value() {
        check("d = {1: }\n", "SyntaxError",
                "expression expected after dictionary key and ':'", 1, 7, 1, 8);
    }

    @Test
    void dict_missing_colon() {
        check("x = {**a, 1}\n", "SyntaxError",
                "':' expected after dictionary key", 1, 11, 1, 0);
    }

    @Test
    void starred_group() {
        check("x = (*a)\n", "SyntaxError",
                "cannot use starred expression here", 1, 6, 1, 8);
    }

    @Test
    void unclosed_bracket_before_error_line() {
        check("x = (1,\n\ny = 2\n", "SyntaxError",
                "'(' was never closed", 1, 5, 1, 0);
    }

    @Test
    void unclosed_bracket_same_line_is_generic() {
        check("class A(:\n  pass\n", "SyntaxError",
                "invalid syntax", 1, 9, 1, 10);
    }

    @Test
    void non_ascii_offsets_are_characters_for_str() {
        check("x = \"\u00e9\u00e9\u00e9\" 1 2\n", "SyntaxError",
                "invalid syntax", 1, 11, 1, 12);
    }

    @Test
    void soft_keyword_prefix_is_not_a_forgotten_comma() {
        check("(c b)\n", "SyntaxError",
                "invalid syntax", 1, 4, 1, 5);
    }

    @Test
    void forgotten_comma_other_names() {
        check("(cases x)\n", "SyntaxError",
                "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 9);
    }

    @Test
    void walrus_statement_is_generic() {
        check("a := f(x)\n", "SyntaxError",
                "invalid syntax", 1, 3, 1, 5);
    }

    @Test
    void keyword_argument_expression_in_class() {
        check("class A(a.b = c): pass\n", "SyntaxError",
                "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 9, 1, 14);
    }

    @Test
    void positional_after_keyword_in_class() {
        check("class A(a = b, c): pass\n", "SyntaxError",
                "positional argument follows keyword argument", 1, 17, 1, 18);
    }

    @Test
    void positional_after_keyword_stops_at_bad_token() {
        check("f(a=1, b; c)\n", "SyntaxError",
                "positional argument follows keyword argument", 1, 9, 1, 10);
    }

    @Test
    void walrus_then_equal_in_call_is_generic() {
        check("f(a=1, b := c=d)\n", "SyntaxError",
                "invalid syntax", 1, 10, 1, 12);
    }

    @Test
    void legacy_check_parses_rest_first() {
        check("x{a = 1\n\n}\n", "SyntaxError",
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3, 1, 8);
    }

    @Test
    void for_target_checked_expression() {
        check("{k: v for k, v n d}\n", "SyntaxError",
                "invalid syntax. Perhaps you forgot a comma?", 1, 14, 1, 17);
    }

    @Test
    void del_conditional_without_else() {
        check("del a if b\n", "SyntaxError",
                "expected 'else' after 'if' expression", 1, 5, 1, 11);
    }

    @Test
    void annotated_tuple_with_named_check() {
        check("1, r2 = f(\n  x)\n", "SyntaxError",
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 2, 5);
    }

    @Test
    void comprehension_target_literal() {
        check("[a, b, for \"x\" in y]\n", "SyntaxError",
                "cannot assign to literal", 1, 12, 1, 15);
    }

    @Test
    void tokenizer_error_later_wins() {
        check("f() = 1\nx = \"abc\n", "SyntaxError",
                "unterminated string literal (detected at line 2)", 2, 5, 2, 5);
    }

    @Test
    void unclosed_bracket_wins_when_error_read_further() {
        check("x = [a b\n\nc = 1\n", "SyntaxError",
                "'[' was never closed", 1, 5, 1, 0);
    }

    @Test
    void def_missing_paren() {
        check("def f x: pass\n", "SyntaxError",
                "expected '('", 1, 7, 1, 8);
    }

    @Test
    void annotated_assignment_bad_value_is_generic() {
        check("wrong: int = is\n", "SyntaxError",
                "invalid syntax", 1, 14, 1, 16);
    }

    @Test
    void return_annotation_missing_is_expected_colon() {
        check("def f(x) -> := None:\n    pass\n", "SyntaxError",
                "expected ':'", 1, 10, 1, 12);
    }

    @Test
    void with_target_followed_by_as_is_generic() {
        check("with a as n(b) as f:\n    pass\n", "SyntaxError",
                "invalid syntax", 1, 16, 1, 18);
    }

    @Test
    void parenthesized_parameters() {
        check("def f((a, b)):\n    pass\n", "SyntaxError",
                "Function parameters cannot be parenthesized", 1, 7, 1, 13);
    }

    @Test
    void parenthesized_lambda_parameters() {
        check("lambda (a, b): 0\n", "SyntaxError",
                "Lambda expression parameters cannot be parenthesized", 1, 8, 1, 14);
    }

    @Test
    void memoized_expression_keeps_unchecked_result() {
        check("for a, b i{n c(d):\n    pass\n", "SyntaxError",
                "invalid syntax", 1, 10, 1, 11);
    }

    @Test
    void dict_later_key_without_colon() {
        check("{1: 2, a b}\n", "SyntaxError",
                "':' expected after dictionary key", 1, 8, 1, 0);
    }

    @Test
    void dict_later_key_legacy_print() {
        check("d = {'a': 1, print 'b': 2}\n", "SyntaxError",
                "':' expected after dictionary key", 1, 18, 1, 0);
    }

    @Test
    void dict_first_key_legacy_print() {
        check("{print 'b': 2}\n", "SyntaxError",
                "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 2, 1, 11);
    }

    @Test
    void dict_later_key_nested_comma_error() {
        check("{1: 2, (a b): 3}\n", "SyntaxError",
                "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12);
    }

    @Test
    void dict_value_comma_error() {
        check("{1: 2, a: b c}\n", "SyntaxError",
                "invalid syntax. Perhaps you forgot a comma?", 1, 11, 1, 14);
    }

    @Test
    void nesting_too_deep_for_tokenizer() {
        check("x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\n", "SyntaxError",
                "too many nested parentheses", 1, 205, 1, 205);
    }

}
