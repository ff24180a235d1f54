package org.taipan.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.taipan.ast.Constant;
import org.taipan.ast.Expr;
import org.taipan.ast.ListExpr;
import org.taipan.ast.Name;
import org.taipan.ast.Pattern;
import org.taipan.ast.GeneratorExp;
import org.taipan.ast.Starred;
import org.taipan.ast.TupleExpr;
import org.taipan.ast.Yield;
import org.taipan.ast.YieldFrom;

/**
 * The complete parser: the grammar of the classes it extends plus CPython's second-pass
 * {@code invalid_*} rules, which turn a failed parse into CPython's specific error messages.
 * Every method here only runs with {@link #invalidPass} set; each either throws the error CPython
 * reports or returns with the position unchanged.
 */
final class GrammarParser extends StatementParser {
    /** Positions where invalid_named_expression already failed to match (CPython memoizes it). */
    private final Set<Integer> namedChecked = new HashSet<>();

    GrammarParser(Tokenizer tokenizer, String filename, int lineOffset) {
        super(tokenizer, filename, lineOffset);
    }

    /** Runs {@code rule} with the second-pass checks off (CPython's *_without_invalid rules). */
    private Expr withoutChecks(java.util.function.Supplier<Expr> rule) {
        boolean saved = invalidPass;
        invalidPass = false;
        try {
            return rule.get();
        } finally {
            invalidPass = saved;
        }
    }

    @Override
    void invalidNamedExpression() {
        int mark = ts.pos;
        if (!namedChecked.add(mark)) {
            return;
        }
        try {
            // a=expression ':=' expression
            Expr a = withoutChecks(this::expression);
            if (a != null && accept(TokenType.COLONEQUAL)) {
                Expr b = withoutChecks(this::expression);
                if (b != null) {
                    throw errorAt("cannot use assignment expressions with "
                            + Targets.describe(a), a);
                }
            }
            ts.pos = mark;
            // a=NAME '=' b=bitwise_or !('='|':=')
            Token name = ts.peek();
            if (name.type == TokenType.NAME && ts.peek(1).type == TokenType.EQUAL) {
                ts.pos += 2;
                Expr b = withoutChecks(this::bitwiseOr);
                if (b != null && !at(TokenType.EQUAL) && !at(TokenType.COLONEQUAL)) {
                    throw errorAt("SyntaxError",
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            name.lineno, name.colOffset, b.endLineno, b.endColOffset);
                }
            }
            ts.pos = mark;
            // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or '=' bitwise_or !('='|':=')
            TokenType t = ts.type();
            if (t == TokenType.TRUE || t == TokenType.NONE || t == TokenType.FALSE) {
                return;
            }
            if (t == TokenType.LSQB || t == TokenType.LPAR) {
                Expr atom = withoutChecks(this::atom);
                ts.pos = mark;
                if (atom instanceof ListExpr || atom instanceof TupleExpr
                        || atom instanceof GeneratorExp) {
                    return;
                }
            }
            Expr target = withoutChecks(this::bitwiseOr);
            if (target != null && accept(TokenType.EQUAL)) {
                Expr b = withoutChecks(this::bitwiseOr);
                if (b != null && !at(TokenType.EQUAL) && !at(TokenType.COLONEQUAL)) {
                    throw errorAt("cannot assign to " + Targets.describe(target)
                            + " here. Maybe you meant '==' instead of '='?", target);
                }
            }
        } finally {
            ts.pos = mark;
        }
    }

    @Override
    void invalidExpressionAfterIf(Expr body, Expr test, int ifMark) {
        if (test != null && !at(TokenType.ELSE) && !at(TokenType.COLON)) {
            throw errorAt("expected 'else' after 'if' expression", body, test);
        }
    }

    @Override
    void invalidForTarget(int afterFor) {
        int mark = ts.pos;
        ts.pos = afterFor;
        Expr a = withoutChecks(this::starExpressions);
        ts.pos = mark;
        if (a != null) {
            Expr bad = Targets.invalid(a, Targets.Kind.FOR);
            if (bad != null) {
                throw errorAt("cannot assign to " + Targets.describe(bad), bad);
            }
        }
    }

    @Override
    void invalidParameterList(int failedAt) {
        // Report "non-default argument follows default argument" as CPython does, at the
        // first parameter without a default after one with a default.
        int mark = ts.pos;
        boolean sawDefault = false;
        try {
            while (true) {
                TokenType t = ts.type();
                if (t == TokenType.STAR || t == TokenType.DOUBLESTAR || t == TokenType.RPAR
                        || t == TokenType.COLON) {
                    return;
                }
                if (t == TokenType.SLASH) {
                    ts.pos++;
                } else {
                    Token name = expect(TokenType.NAME);
                    if (name == null) {
                        return;
                    }
                    if (at(TokenType.COLON) && ts.peek(1).type != TokenType.NEWLINE) {
                        int m = ts.pos;
                        ts.pos++;
                        if (withoutChecks(this::expression) == null) {
                            ts.pos = m;
                            return;
                        }
                    }
                    if (accept(TokenType.EQUAL)) {
                        if (withoutChecks(this::expression) == null) {
                            return;
                        }
                        sawDefault = true;
                    } else if (sawDefault) {
                        Token e = ts.last();
                        throw errorAt("SyntaxError",
                                "non-default argument follows default argument", name, e);
                    }
                }
                if (!accept(TokenType.COMMA)) {
                    return;
                }
            }
        } finally {
            ts.pos = mark;
        }
    }

    @Override
    void invalidArguments() {
        int mark = ts.pos;
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        int count = 0;
        try {
            while (!at(TokenType.RPAR)) {
                Token s = ts.peek();
                if (s.type == TokenType.STAR) {
                    if (sawDoubleStar) {
                        throw errorAt("SyntaxError",
                                "iterable argument unpacking follows keyword argument unpacking",
                                s, s);
                    }
                    ts.pos++;
                    if (withoutChecks(this::expression) == null) {
                        return;
                    }
                } else if (s.type == TokenType.DOUBLESTAR) {
                    ts.pos++;
                    if (withoutChecks(this::expression) == null) {
                        return;
                    }
                    sawDoubleStar = true;
                } else if ((s.type == TokenType.TRUE || s.type == TokenType.FALSE
                        || s.type == TokenType.NONE) && ts.peek(1).type == TokenType.EQUAL) {
                    throw errorAt("SyntaxError", "cannot assign to " + s.type.text, s,
                            ts.peek(1));
                } else if (s.type == TokenType.NAME && ts.peek(1).type == TokenType.EQUAL) {
                    ts.pos += 2;
                    if (withoutChecks(this::expression) == null) {
                        return;
                    }
                    if (atCompFor()) {
                        Token eq = ts.get(ts.pos);
                        throw errorAt("SyntaxError",
                                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                                s, s);
                    }
                    sawKeyword = true;
                } else {
                    Expr v = withoutChecks(this::namedExpression);
                    if (v == null) {
                        return;
                    }
                    if (atCompFor()) {
                        List<org.taipan.ast.Comprehension> gens = forIfClausesUnchecked();
                        if (gens == null) {
                            return;
                        }
                        Token e = ts.last();
                        if (count > 0 || at(TokenType.COMMA)) {
                            throw errorAt("SyntaxError", "Generator expression must be parenthesized",
                                    v.lineno, v.colOffset, e.endLineno, e.endColOffset);
                        }
                    } else if (at(TokenType.EQUAL)) {
                        Token eq = ts.peek();
                        throw errorAt("SyntaxError",
                                "expression cannot contain assignment, perhaps you meant \"==\"?",
                                v.lineno, v.colOffset, eq.endLineno, eq.endColOffset);
                    } else if (sawKeyword || sawDoubleStar) {
                        // CPython reports these at the furthest token it read.
                        ts.pos = mark;
                        skipToCloser();
                        Token t = ts.lastFetched();
                        throw errorAt("SyntaxError", sawDoubleStar
                                ? "positional argument follows keyword argument unpacking"
                                : "positional argument follows keyword argument", t, t);
                    }
                }
                count++;
                if (!accept(TokenType.COMMA)) {
                    return;
                }
            }
        } finally {
            ts.pos = mark;
        }
    }

    private List<org.taipan.ast.Comprehension> forIfClausesUnchecked() {
        boolean saved = invalidPass;
        invalidPass = false;
        try {
            return forIfClauses();
        } finally {
            invalidPass = saved;
        }
    }

    /** Fetches tokens up to the ')' closing the current argument list (for the error location). */
    private void skipToCloser() {
        int depth = 0;
        while (true) {
            TokenType t = ts.type();
            if (t == TokenType.ENDMARKER) {
                return;
            }
            if (t == TokenType.LPAR || t == TokenType.LSQB || t == TokenType.LBRACE) {
                depth++;
            } else if (t == TokenType.RPAR || t == TokenType.RSQB || t == TokenType.RBRACE) {
                if (depth == 0) {
                    return;
                }
                depth--;
            }
            ts.pos++;
        }
    }

    @Override
    void invalidAsPattern(Pattern p) {
        Token t = ts.peek();
        if (t.type == TokenType.NAME && t.text.equals("_")) {
            throw errorAt("SyntaxError", "cannot use '_' as a target", t, t);
        }
        int mark = ts.pos;
        Expr e = withoutChecks(this::expression);
        ts.pos = mark;
        if (e != null && !(e instanceof Name)) {
            throw errorAt("invalid pattern target", e);
        }
    }

    @Override
    void invalidClassPattern(int mark, List<Pattern> keywordPatterns) {
        // CPython reports the positional patterns after the first keyword pattern.
    }

    @Override
    void invalidAfterSimpleStatement() {
    }

    @Override
    void invalidBlock(Token owner) {
        String what;
        switch (owner.type) {
            case DEF: what = "function definition"; break;
            case CLASS: what = "class definition"; break;
            case EXCEPT: {
                Token next = null;
                for (int i = 0; i < ts.fill(); i++) {
                    if (ts.get(i) == owner) {
                        next = ts.get(i + 1);
                        break;
                    }
                }
                what = next != null && next.type == TokenType.STAR ? "'except*' statement"
                        : "'except' statement";
                break;
            }
            default:
                what = "'" + owner.text + "' statement";
        }
        Token t = ts.lastFetched();
        throw errorAt("IndentationError", "expected an indented block after " + what
                + " on line " + owner.lineno, t, t);
    }

    @Override
    void invalidAssignmentStart() {
        // invalid_assignment's `star_named_expression ...` alternative runs the
        // invalid_named_expression checks at the start of the statement.
        if (!at(TokenType.STAR) && !at(TokenType.YIELD)) {
            invalidNamedExpression();
        }
    }

    @Override
    void invalidAssignmentTarget(Expr target) {
        if (target instanceof Yield || target instanceof YieldFrom) {
            throw errorAt("assignment to yield expression not possible", target);
        }
        Expr bad = Targets.invalid(target, Targets.Kind.STAR);
        if (bad != null) {
            throw errorAt("cannot assign to " + Targets.describe(bad), bad);
        }
    }

    @Override
    void invalidAnnotationTarget(Expr target) {
        if (target instanceof TupleExpr) {
            throw errorAt("only single target (not tuple) can be annotated", target);
        }
        if (target instanceof ListExpr) {
            throw errorAt("only single target (not list) can be annotated", target);
        }
        throw errorAt("illegal target for annotation", target);
    }

    @Override
    void invalidAugmentedTarget(Expr target) {
        throw errorAt("'" + Targets.describe(target)
                + "' is an illegal expression for augmented assignment", target);
    }

    @Override
    void invalidDelTargets() {
        int mark = ts.pos;
        Expr a = withoutChecks(this::starExpressions);
        ts.pos = mark;
        if (a != null) {
            Expr bad = a instanceof TupleExpr && ((TupleExpr) a).lineno == ts.peek().lineno
                    && ((TupleExpr) a).colOffset == ts.peek().colOffset && ts.peek().type != TokenType.LPAR
                    ? Targets.invalid(a, Targets.Kind.DEL) : Targets.invalid(a, Targets.Kind.DEL);
            if (bad != null) {
                throw errorAt("cannot delete " + Targets.describe(bad), bad);
            }
        }
    }

    @Override
    void invalidImportFromTargets() {
        Token t = ts.last();
        if (t.type == TokenType.COMMA && at(TokenType.NEWLINE)) {
            throw errorAt("SyntaxError",
                    "trailing comma not allowed without surrounding parentheses", t, t);
        }
    }

    @Override
    void invalidWithItemTarget() {
        int mark = ts.pos;
        Expr a = withoutChecks(this::expression);
        ts.pos = mark;
        if (a != null) {
            Expr bad = Targets.invalid(a, Targets.Kind.STAR);
            if (bad != null) {
                throw errorAt("cannot assign to " + Targets.describe(bad), bad);
            }
        }
    }

    @Override
    void invalidExceptTypes(Expr first) {
        int mark = ts.pos;
        Expr rest = withoutChecks(this::expressions);
        ts.pos = mark;
        if (rest != null) {
            Token e = ts.peek();
            throw errorAt("SyntaxError", "multiple exception types must be parenthesized",
                    first.lineno, first.colOffset, first.endLineno, first.endColOffset);
        }
    }

    @Override
    void invalidMatchBlock(Token match) {
    }
}
