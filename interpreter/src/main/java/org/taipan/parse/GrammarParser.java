package org.taipan.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.taipan.ast.Expr;
import org.taipan.ast.ListExpr;
import org.taipan.ast.Name;
import org.taipan.ast.Pattern;
import org.taipan.ast.GeneratorExp;
import org.taipan.ast.Starred;
import org.taipan.ast.TupleExpr;

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

    @Override
    void invalidNamedExpression() {
        int mark = ts.pos;
        if (!namedChecked.add(mark)) {
            return;
        }
        if (at(TokenType.NAME) && ts.peek(1).type == TokenType.COLONEQUAL) {
            // assignment_expression (NAME ':=' ~ expression) comes first and has a cut.
            return;
        }
        try {
            // a=expression ':=' expression
            Expr a = expression();
            if (a != null && accept(TokenType.COLONEQUAL)) {
                Expr b = expression();
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
                Expr b = bitwiseOr();
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
                Expr atom = atom();
                ts.pos = mark;
                if (atom instanceof ListExpr || atom instanceof TupleExpr
                        || atom instanceof GeneratorExp) {
                    return;
                }
            }
            Expr target = bitwiseOr();
            if (target != null && accept(TokenType.EQUAL)) {
                Expr b = bitwiseOr();
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

    /**
     * CPython's SOFT_KEYWORD test compares only the token's length of each soft keyword, so any
     * prefix of "match", "case" or "_" (such as "c") counts as one. Reproduced on purpose.
     */
    private static boolean isSoftKeyword(Token t) {
        return t.type == TokenType.NAME
                && ("match".startsWith(t.text) || "case".startsWith(t.text) || "_".equals(t.text));
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
                Expr a = disjunction();
                if (a != null) {
                    int afterA = ts.pos;
                    Expr b = expressionWithoutInvalid();
                    if (b != null && !isLegacyName(a) && levelAt(ts.pos - 1) > 0) {
                        throw errorAt("invalid syntax. Perhaps you forgot a comma?", a, b);
                    }
                    // a=disjunction 'if' b=disjunction !('else'|':')
                    ts.pos = afterA;
                    if (accept(TokenType.IF)) {
                        Expr test = disjunction();
                        if (test != null && !at(TokenType.ELSE) && !at(TokenType.COLON)) {
                            throw errorAt("expected 'else' after 'if' expression", a, test);
                        }
                    }
                }
                ts.pos = mark;
            }
            // invalid_legacy_expression: a=NAME !'(' b=star_expressions (CPython parses b,
            // with its own checks, before looking at the name)
            if (first.type == TokenType.NAME && ts.peek(1).type != TokenType.LPAR) {
                ts.pos++;
                Expr b = starExpressions();
                if (b != null && (first.text.equals("print") || first.text.equals("exec"))) {
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
    void invalidForTarget(int afterFor) {
        int mark = ts.pos;
        ts.pos = afterFor;
        Expr a = starExpressions();
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
        // CPython's invalid_parameters, invalid_default, invalid_star_etc and invalid_kwds
        // (and their lambda twins), checked in one walk over the parameter list.
        TokenType close = annotated ? TokenType.RPAR : TokenType.COLON;
        int mark = ts.pos;
        boolean sawDefault = false;
        boolean sawSlash = false;
        boolean sawStar = false;
        boolean sawKwargs = false;
        int count = 0;
        try {
            while (!at(close)) {
                Token t = ts.peek();
                if (t.type == TokenType.LPAR) {
                    // '(' param_no_default+ ','? ')'
                    int m = ts.pos;
                    ts.pos++;
                    boolean any = false;
                    while (accept(TokenType.NAME)) {
                        any = true;
                        if (annotated && at(TokenType.COLON)) {
                            break;
                        }
                        if (!accept(TokenType.COMMA)) {
                            break;
                        }
                    }
                    if (any && at(TokenType.RPAR)) {
                        throw errorAt("SyntaxError", annotated
                                ? "Function parameters cannot be parenthesized"
                                : "Lambda expression parameters cannot be parenthesized",
                                t, ts.peek());
                    }
                    ts.pos = m;
                    return;
                }
                if (t.type == TokenType.SLASH) {
                    if (count == 0 && ts.peek(1).type == TokenType.COMMA) {
                        throw errorAt("SyntaxError", "at least one argument must precede /", t, t);
                    }
                    if (sawKwargs) {
                        throw errorAt("SyntaxError", "arguments cannot follow var-keyword argument", t, t);
                    }
                    if (sawSlash) {
                        throw errorAt("SyntaxError", "/ may appear only once", t, t);
                    }
                    if (sawStar) {
                        throw errorAt("SyntaxError", "/ must be ahead of *", t, t);
                    }
                    ts.pos++;
                    sawSlash = true;
                    if (at(TokenType.STAR)) {
                        Token star = ts.peek();
                        throw errorAt("SyntaxError", "expected comma between / and *", star, star);
                    }
                } else if (t.type == TokenType.STAR) {
                    if (sawKwargs) {
                        throw errorAt("SyntaxError", "arguments cannot follow var-keyword argument", t, t);
                    }
                    ts.pos++;
                    TokenType n = ts.type();
                    if (sawStar && (n == TokenType.NAME || n == TokenType.COMMA)) {
                        throw errorAt("SyntaxError", "* argument may appear only once", t, t);
                    }
                    if (n == close || (n == TokenType.COMMA
                            && (ts.peek(1).type == close || ts.peek(1).type == TokenType.DOUBLESTAR))) {
                        if (!annotated) {
                            // The lambda rule raises at the last token it read: ':' or '**'.
                            Token last = n == close ? ts.peek() : ts.peek(1);
                            throw errorAt("SyntaxError", "named arguments must follow bare *",
                                    last, last);
                        }
                        throw errorAt("SyntaxError", "named arguments must follow bare *", t, t);
                    }
                    sawStar = true;
                    if (at(TokenType.NAME)) {
                        // invalid_star_etc's "'*' param '='" needs a plain annotation: with a
                        // starred one (*args: *Ts = 1) CPython falls back to "invalid syntax".
                        boolean starredAnnotation = annotated && ts.peek(1).type == TokenType.COLON
                                && ts.peek(2).type == TokenType.STAR;
                        if (!skipParam(annotated, true)) {
                            return;
                        }
                        if (!starredAnnotation && at(TokenType.EQUAL)) {
                            Token eq = ts.peek();
                            throw errorAt("SyntaxError",
                                    "var-positional argument cannot have default value", eq, eq);
                        }
                    }
                } else if (t.type == TokenType.DOUBLESTAR) {
                    if (sawKwargs) {
                        throw errorAt("SyntaxError", "arguments cannot follow var-keyword argument", t, t);
                    }
                    ts.pos++;
                    if (!skipParam(annotated, false)) {
                        return;
                    }
                    if (at(TokenType.EQUAL)) {
                        Token eq = ts.peek();
                        throw errorAt("SyntaxError",
                                "var-keyword argument cannot have default value", eq, eq);
                    }
                    sawKwargs = true;
                } else if (t.type == TokenType.NAME) {
                    int start = ts.pos;
                    if (!skipParam(annotated, false)) {
                        return;
                    }
                    Token end = ts.last();
                    if (sawKwargs) {
                        throw errorAt("SyntaxError", "arguments cannot follow var-keyword argument",
                                t, end);
                    }
                    if (at(TokenType.EQUAL)) {
                        Token eq = ts.next();
                        TokenType n = ts.type();
                        if (n == TokenType.COMMA || n == close) {
                            throw errorAt("SyntaxError", "expected default value expression", eq, eq);
                        }
                        if (expression() == null) {
                            return;
                        }
                        if (!sawStar) {
                            sawDefault = true;
                        }
                    } else if (sawDefault && !sawStar) {
                        throw errorAt("SyntaxError", "non-default argument follows default argument",
                                t, end);
                    }
                    count++;
                } else {
                    return;
                }
                if (!accept(TokenType.COMMA)) {
                    return;
                }
            }
        } finally {
            ts.pos = mark;
        }
    }

    /** NAME [':' annotation] of a parameter, without building it; false if malformed. */
    private boolean skipParam(boolean annotated, boolean star) {
        if (!accept(TokenType.NAME)) {
            return false;
        }
        if (annotated && accept(TokenType.COLON)) {
            Expr a = star ? starExpression() : expression();
            return a != null;
        }
        return true;
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
                    if (expression() == null) {
                        return;
                    }
                } else if (s.type == TokenType.DOUBLESTAR) {
                    ts.pos++;
                    if (expression() == null) {
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
                    if (expression() == null) {
                        return;
                    }
                    if (atCompFor()) {
                        throw errorAt("SyntaxError",
                                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                                s, eq);
                    }
                    sawKeyword = true;
                } else {
                    int itemStart = ts.pos;
                    Expr plain = expression();
                    if (plain != null && at(TokenType.EQUAL)) {
                        // invalid_kwarg: !(NAME '=') a=expression b='='
                        Token eq = ts.peek();
                        throw errorAt("SyntaxError",
                                "expression cannot contain assignment, perhaps you meant \"==\"?",
                                plain.lineno, plain.colOffset, eq.endLineno, eq.endColOffset);
                    }
                    ts.pos = itemStart;
                    Expr v = namedExpression();
                    if (v == null) {
                        return;
                    }
                    boolean genexp = false;
                    if (atCompFor()) {
                        List<org.taipan.ast.Comprehension> gens = forIfClauses();
                        if (gens != null) {
                            genexp = true;
                            Token e = ts.last();
                            if (count > 0 || at(TokenType.COMMA)) {
                                throw errorAt("SyntaxError",
                                        "Generator expression must be parenthesized",
                                        v.lineno, v.colOffset, e.endLineno, e.endColOffset);
                            }
                        }
                    }
                    if (!genexp && at(TokenType.EQUAL)) {
                        // args requires !'=' after a positional argument.
                        return;
                    }
                    if (!genexp && (sawKeyword || sawDoubleStar)) {
                        // CPython parses the rest as arguments and reports at the last token read.
                        while (accept(TokenType.COMMA) && skipArgument()) {
                            // keep reading
                        }
                        throw errorAtLastToken("SyntaxError", sawDoubleStar
                                ? "positional argument follows keyword argument unpacking"
                                : "positional argument follows keyword argument");
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

    /** One call argument of any kind, without building it; false if none parses. */
    private boolean skipArgument() {
        TokenType t = ts.type();
        if (t == TokenType.STAR || t == TokenType.DOUBLESTAR) {
            ts.pos++;
        } else if (t == TokenType.NAME && ts.peek(1).type == TokenType.EQUAL) {
            ts.pos += 2;
        }
        return namedExpression() != null;
    }

    @Override
    void invalidAsPattern(Pattern p) {
        Token t = ts.peek();
        if (t.type == TokenType.NAME && t.text.equals("_")) {
            throw errorAt("SyntaxError", "cannot use '_' as a target", t, t);
        }
        int mark = ts.pos;
        Expr e = expression();
        ts.pos = mark;
        if (e != null && !(e instanceof Name)) {
            throw errorAt("invalid pattern target", e);
        }
    }

    @Override
    void invalidClassPattern(List<Pattern> positionalAfterKeywords) {
        Pattern first = positionalAfterKeywords.get(0);
        Pattern last = positionalAfterKeywords.get(positionalAfterKeywords.size() - 1);
        throw raise("SyntaxError", "positional patterns follow keyword patterns", first.lineno,
                first.colOffset + 1, last.endLineno, last.endColOffset + 1);
    }

    @Override
    void invalidWithStatement(int afterWith) {
        // invalid_with_stmt: [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE, or the
        // same in parentheses followed by NEWLINE: "expected ':'".
        int mark = ts.pos;
        try {
            ts.pos = afterWith;
            boolean paren = false;
            int start = ts.pos;
            for (int attempt = 0; attempt < 2; attempt++) {
                ts.pos = start;
                paren = attempt == 0 && accept(TokenType.LPAR);
                if (attempt == 0 && !paren) {
                    continue;
                }
                boolean ok = true;
                while (true) {
                    if (expression() == null) {
                        ok = false;
                        break;
                    }
                    if (accept(TokenType.AS) && starTarget() == null) {
                        ok = false;
                        break;
                    }
                    if (!accept(TokenType.COMMA)) {
                        break;
                    }
                    if (paren && at(TokenType.RPAR)) {
                        break;
                    }
                }
                if (ok && (!paren || accept(TokenType.RPAR)) && at(TokenType.NEWLINE)) {
                    throw errorAtLastToken("SyntaxError", "expected ':'");
                }
            }
        } finally {
            ts.pos = mark;
        }
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
        throw errorAtLastToken("IndentationError", "expected an indented block after " + what
                + " on line " + owner.lineno);
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
                        && expression() != null) {
                    throw errorAt("only single target (not "
                            + (a instanceof ListExpr ? "list" : "tuple") + ") can be annotated", a);
                }
                ts.pos = mark;
            }
            // star_named_expression ',' star_named_expressions* ':' expression (parsed with
            // the named-expression checks, which may raise first)
            Expr first = starNamedExpression();
            if (first != null && accept(TokenType.COMMA)) {
                while (startsStarExpression(ts.type())) {
                    if (starNamedExpression() == null || !accept(TokenType.COMMA)) {
                        break;
                    }
                }
                if (accept(TokenType.COLON) && expression() != null) {
                    throw errorAt("only single target (not tuple) can be annotated", first);
                }
            }
            ts.pos = mark;
            // expression ':' expression
            Expr a = expression();
            if (a != null && accept(TokenType.COLON) && expression() != null) {
                throw errorAt("illegal target for annotation", a);
            }
            ts.pos = mark;
            // (star_targets '=')* (star_expressions | yield_expr) '='
            while (true) {
                int m = ts.pos;
                Expr t = starTargets();
                if (t != null && accept(TokenType.EQUAL)) {
                    continue;
                }
                ts.pos = m;
                break;
            }
            if (at(TokenType.YIELD)) {
                Expr y = yieldExpr();
                if (y != null && at(TokenType.EQUAL)) {
                    throw errorAt("assignment to yield expression not possible", y);
                }
            } else {
                Expr e = starExpressions();
                if (e != null && at(TokenType.EQUAL)) {
                    Expr bad = Targets.invalid(e, Targets.Kind.STAR);
                    if (bad != null) {
                        throw errorAt("cannot assign to " + Targets.describe(bad), bad);
                    }
                }
            }
            ts.pos = mark;
            // star_expressions augassign (yield_expr | star_expressions)
            Expr target = starExpressions();
            if (target != null && isAugmentedAssign(ts.type())) {
                ts.pos++;
                Expr value = at(TokenType.YIELD) ? yieldExpr()
                        : starExpressions();
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
        Expr a = atom();
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
        Expr a = starExpressions();
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
            throw errorAtLastToken("SyntaxError",
                    "trailing comma not allowed without surrounding parentheses");
        }
    }

    @Override
    void invalidWithItemTarget() {
        // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
        int mark = ts.pos;
        Expr a = expression();
        TokenType next = ts.type();
        ts.pos = mark;
        if (a != null && (next == TokenType.COMMA || next == TokenType.RPAR
                || next == TokenType.COLON)) {
            Expr bad = Targets.invalid(a, Targets.Kind.STAR);
            if (bad != null) {
                throw errorAt("cannot assign to " + Targets.describe(bad), bad);
            }
        }
    }

    @Override
    void invalidExceptTypes(Expr first) {
        // 'except' '*'? expression ',' expressions ['as' NAME] ':'
        int mark = ts.pos;
        ts.pos++;
        Expr rest = expressions();
        boolean matched = rest != null;
        if (matched && accept(TokenType.AS)) {
            matched = expect(TokenType.NAME) != null;
        }
        matched = matched && expect(TokenType.COLON) != null;
        ts.pos = mark;
        if (matched) {
            // CPython ends this error at the tokenizer's position (no +1): after the ':'.
            Token e = ts.lastFetched();
            throw raise("SyntaxError", "multiple exception types must be parenthesized",
                    first.lineno, first.colOffset + 1, e.endLineno, e.endColOffset);
        }
    }

    @Override
    void invalidComprehension(Expr first, Expr last) {
        // The message needs for_if_clauses to parse (its own checks may raise first).
        int mark = ts.pos;
        Token comma = ts.last();
        List<org.taipan.ast.Comprehension> gens = forIfClauses();
        ts.pos = mark;
        if (gens == null || gens.isEmpty()) {
            return;
        }
        if (first instanceof Starred && last == null) {
            throw errorAt("iterable unpacking cannot be used in comprehension", first);
        }
        String msg = "did you forget parentheses around the comprehension target?";
        if (last != null) {
            throw errorAt(msg, first, last);
        }
        throw errorAt("SyntaxError", msg, first.lineno, first.colOffset, comma.endLineno,
                comma.endColOffset);
    }

    @Override
    void invalidGroup(Expr inner, boolean doubleStarred) {
        throw errorAt(!doubleStarred ? "cannot use starred expression here"
                : "cannot use double starred expression here", inner);
    }

    @Override
    void invalidDictEntry(Expr key, int afterKey) {
        int mark = ts.pos;
        ts.pos = afterKey;
        try {
            if (!at(TokenType.COLON)) {
                // invalid_kvpair: a=expression !(':')
                throw raise("SyntaxError", "':' expected after dictionary key", key.lineno,
                        key.endColOffset, key.endLineno, 0);
            }
            Token colon = ts.next();
            TokenType t = ts.type();
            if (t == TokenType.RBRACE || t == TokenType.COMMA) {
                throw errorAt("SyntaxError", "expression expected after dictionary key and ':'",
                        colon, colon);
            }
            if (t == TokenType.STAR) {
                Token star = ts.next();
                if (bitwiseOr() != null) {
                    Token e = ts.last();
                    throw errorAt("SyntaxError",
                            "cannot use a starred expression in a dictionary value", star, e);
                }
            }
        } finally {
            ts.pos = mark;
        }
    }

    @Override
    void invalidMatchBlock(Token match) {
        // "match" subject_expr ':' NEWLINE !INDENT
        int mark = ts.pos;
        ts.pos++;
        Expr subject = starExpressions();
        if (subject != null && accept(TokenType.COLON) && accept(TokenType.NEWLINE)
                && !at(TokenType.INDENT)) {
            throw errorAtLastToken("IndentationError",
                    "expected an indented block after 'match' statement on line " + match.lineno);
        }
        ts.pos = mark;
    }
}
