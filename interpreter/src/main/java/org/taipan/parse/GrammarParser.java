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

    /** Bracket nesting level after each fetched token, as CPython's tokens record it. */
    private int[] levels = new int[0];
    private int levelsComputed;

    private int levelAt(int index) {
        if (index >= levelsComputed) {
            int fill = ts.fill();
            if (levels.length < fill) {
                levels = java.util.Arrays.copyOf(levels, Math.max(fill, levels.length * 2));
            }
            int level = levelsComputed == 0 ? 0 : levels[levelsComputed - 1];
            for (int i = levelsComputed; i < fill; i++) {
                switch (ts.get(i).type) {
                    case LPAR: case LSQB: case LBRACE: level++; break;
                    case RPAR: case RSQB: case RBRACE: level--; break;
                    default: break;
                }
                levels[i] = level;
            }
            levelsComputed = fill;
        }
        return levels[index];
    }

    /** print and exec: CPython suggests adding parentheses to these Python 2 statements. */
    private static boolean isLegacyName(Expr e) {
        return e instanceof Name && (((Name) e).id.equals("print") || ((Name) e).id.equals("exec"));
    }

    private static boolean isSoftKeyword(Token t) {
        return t.type == TokenType.NAME
                && (t.text.equals("match") || t.text.equals("case") || t.text.equals("_"));
    }

    @Override
    void invalidExpression() {
        int mark = ts.pos;
        try {
            Token first = ts.peek();
            boolean nameString = first.type == TokenType.NAME
                    && ts.peek(1).type == TokenType.STRING;
            // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
            if (!nameString && !isSoftKeyword(first)) {
                Expr a = withoutChecks(this::disjunction);
                if (a != null) {
                    int afterA = ts.pos;
                    Expr b = withoutChecks(this::expression);
                    if (b != null && !isLegacyName(a) && levelAt(ts.pos - 1) > 0) {
                        throw errorAt("invalid syntax. Perhaps you forgot a comma?", a, b);
                    }
                    // a=disjunction 'if' b=disjunction !('else'|':')
                    ts.pos = afterA;
                    if (accept(TokenType.IF)) {
                        Expr test = withoutChecks(this::disjunction);
                        if (test != null && !at(TokenType.ELSE) && !at(TokenType.COLON)) {
                            throw errorAt("expected 'else' after 'if' expression", a, test);
                        }
                    }
                }
                ts.pos = mark;
            }
            // invalid_legacy_expression: a=NAME !'(' b=star_expressions
            if (first.type == TokenType.NAME
                    && (first.text.equals("print") || first.text.equals("exec"))
                    && ts.peek(1).type != TokenType.LPAR) {
                ts.pos++;
                Expr b = withoutChecks(this::starExpressions);
                if (b != null) {
                    throw errorAt("SyntaxError", "Missing parentheses in call to '" + first.text
                            + "'. Did you mean " + first.text + "(...)?", first.lineno,
                            first.colOffset, b.endLineno, b.endColOffset);
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
    void invalidParameterList(int failedAt, boolean annotated) {
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
                    if (annotated && at(TokenType.COLON)) {
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
                    Token eq = ts.peek(1);
                    ts.pos += 2;
                    if (withoutChecks(this::expression) == null) {
                        return;
                    }
                    if (atCompFor()) {
                        throw errorAt("SyntaxError",
                                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                                s, eq);
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
    void invalidAssignment() {
        int mark = ts.pos;
        try {
            Token s = ts.peek();
            // invalid_ann_assign_target ':' expression
            if (s.type == TokenType.LPAR || s.type == TokenType.LSQB) {
                Expr a = annAssignTargetAtom();
                if (a != null && accept(TokenType.COLON)
                        && withoutChecks(this::expression) != null) {
                    throw errorAt("only single target (not "
                            + (a instanceof ListExpr ? "list" : "tuple") + ") can be annotated", a);
                }
                ts.pos = mark;
            }
            // star_named_expression ',' star_named_expressions* ':' expression
            if (s.type != TokenType.STAR) {
                invalidNamedExpression();
            }
            Expr first = withoutChecks(this::starNamedExpression);
            if (first != null && at(TokenType.COMMA)) {
                Expr all = null;
                ts.pos = mark;
                all = withoutChecks(this::starExpressions);
                if (all != null && accept(TokenType.COLON)
                        && withoutChecks(this::expression) != null) {
                    throw errorAt("only single target (not tuple) can be annotated", first);
                }
            }
            ts.pos = mark;
            // expression ':' expression
            Expr a = withoutChecks(this::expression);
            if (a != null && accept(TokenType.COLON) && withoutChecks(this::expression) != null) {
                throw errorAt("illegal target for annotation", a);
            }
            ts.pos = mark;
            // (star_targets '=')* (star_expressions | yield_expr) '='
            while (true) {
                int m = ts.pos;
                Expr t = withoutChecks(this::starTargets);
                if (t != null && accept(TokenType.EQUAL)) {
                    continue;
                }
                ts.pos = m;
                break;
            }
            if (at(TokenType.YIELD)) {
                Expr y = withoutChecks(this::yieldExpr);
                if (y != null && at(TokenType.EQUAL)) {
                    throw errorAt("assignment to yield expression not possible", y);
                }
            } else {
                Expr e = withoutChecks(this::starExpressions);
                if (e != null && at(TokenType.EQUAL)) {
                    Expr bad = Targets.invalid(e, Targets.Kind.STAR);
                    if (bad != null) {
                        throw errorAt("cannot assign to " + Targets.describe(bad), bad);
                    }
                }
            }
            ts.pos = mark;
            // star_expressions augassign (yield_expr | star_expressions)
            Expr target = withoutChecks(this::starExpressions);
            if (target != null && isAugmentedAssign(ts.type())) {
                ts.pos++;
                Expr value = at(TokenType.YIELD) ? withoutChecks(this::yieldExpr)
                        : withoutChecks(this::starExpressions);
                if (value != null) {
                    throw errorAt("'" + Targets.describe(target)
                            + "' is an illegal expression for augmented assignment", target);
                }
            }
        } finally {
            ts.pos = mark;
        }
    }

    /** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'. */
    private Expr annAssignTargetAtom() {
        int mark = ts.pos;
        if (at(TokenType.LPAR)) {
            ts.pos++;
            Expr inner = at(TokenType.LPAR) || at(TokenType.LSQB) ? annAssignTargetAtom() : null;
            if (inner != null && accept(TokenType.RPAR)) {
                return inner;
            }
            ts.pos = mark;
        }
        Expr a = withoutChecks(this::atom);
        if (a instanceof ListExpr || a instanceof TupleExpr) {
            return a;
        }
        ts.pos = mark;
        return null;
    }

    private static boolean isAugmentedAssign(TokenType t) {
        switch (t) {
            case PLUSEQUAL: case MINEQUAL: case STAREQUAL: case ATEQUAL: case SLASHEQUAL:
            case PERCENTEQUAL: case AMPEREQUAL: case VBAREQUAL: case CIRCUMFLEXEQUAL:
            case LEFTSHIFTEQUAL: case RIGHTSHIFTEQUAL: case DOUBLESTAREQUAL:
            case DOUBLESLASHEQUAL:
                return true;
            default:
                return false;
        }
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
        ts.pos++;
        Expr rest = withoutChecks(this::expressions);
        Token e = ts.last();
        ts.pos = mark;
        if (rest != null) {
            throw errorAt("SyntaxError", "multiple exception types must be parenthesized",
                    first.lineno, first.colOffset, e.endLineno, e.endColOffset);
        }
    }

    @Override
    void invalidMatchBlock(Token match) {
    }
}
