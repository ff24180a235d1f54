package org.taipan.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.taipan.ast.Attribute;
import org.taipan.ast.Await;
import org.taipan.ast.BinOp;
import org.taipan.ast.BinaryOperator;
import org.taipan.ast.BoolOp;
import org.taipan.ast.BooleanOperator;
import org.taipan.ast.Call;
import org.taipan.ast.Compare;
import org.taipan.ast.ComparisonOperator;
import org.taipan.ast.Comprehension;
import org.taipan.ast.Constant;
import org.taipan.ast.DictComp;
import org.taipan.ast.DictExpr;
import org.taipan.ast.EllipsisLiteral;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.GeneratorExp;
import org.taipan.ast.IfExp;
import org.taipan.ast.ListComp;
import org.taipan.ast.ListExpr;
import org.taipan.ast.Name;
import org.taipan.ast.NamedExpr;
import org.taipan.ast.SetComp;
import org.taipan.ast.SetExpr;
import org.taipan.ast.Starred;
import org.taipan.ast.Subscript;
import org.taipan.ast.TupleExpr;
import org.taipan.ast.UnaryOp;
import org.taipan.ast.UnaryOperator;
import org.taipan.ast.Yield;
import org.taipan.ast.YieldFrom;

/**
 * Expressions: expression lists, the precedence ladder from conditional expressions down to
 * primaries, atoms and displays (tuples, lists, dicts, sets and their comprehensions), yield.
 * The list-like parts (arguments, parameters, slices, comprehension clauses, targets) are in
 * {@link ArgumentParser}.
 *
 * <p>Each rule method follows the PEG's contract: it returns the node, or null having restored
 * the position where it started. Rules that CPython writes left-recursively are loops here, and
 * node positions always run from the rule's first token to its last consumed token, as CPython's
 * {@code EXTRA} does (so {@code (a) + b} starts at the parenthesis).
 */
abstract class ExpressionParser extends ParserBase {
    private static final boolean[] STARTS_EXPRESSION = new boolean[TokenType.values().length];

    static {
        for (TokenType t : new TokenType[] {TokenType.NAME, TokenType.NUMBER, TokenType.STRING,
                TokenType.LPAR, TokenType.LSQB, TokenType.LBRACE, TokenType.MINUS, TokenType.PLUS,
                TokenType.TILDE, TokenType.NOT, TokenType.LAMBDA, TokenType.AWAIT, TokenType.TRUE,
                TokenType.FALSE, TokenType.NONE, TokenType.ELLIPSIS}) {
            STARTS_EXPRESSION[t.ordinal()] = true;
        }
    }

    ExpressionParser(Tokenizer tokenizer, String filename, int lineOffset) {
        super(tokenizer, filename, lineOffset);
    }

    static boolean startsExpression(TokenType t) {
        return STARTS_EXPRESSION[t.ordinal()];
    }

    static boolean startsStarExpression(TokenType t) {
        return t == TokenType.STAR || STARTS_EXPRESSION[t.ordinal()];
    }

    final boolean atCompFor() {
        TokenType t = ts.type();
        return t == TokenType.FOR || (t == TokenType.ASYNC && ts.peek(1).type == TokenType.FOR);
    }

    final <T> T fail(int mark) {
        ts.pos = mark;
        return null;
    }

    // ---- expression lists ------------------------------------------------------------------

    /** star_expressions: a single star_expression, or a Tuple if there is a comma. */
    final Expr starExpressions() {
        Token s = ts.peek();
        int mark = ts.pos;
        Expr first = starExpression();
        if (first == null) {
            return null;
        }
        if (!at(TokenType.COMMA)) {
            return first;
        }
        Expr tuple = tupleAfterFirst(s, first, STAR_EXPRESSION);
        return tuple != null ? tuple : fail(mark);
    }

    /** Element kinds of {@link #tupleAfterFirst}. */
    static final int EXPRESSION = 0;
    static final int STAR_EXPRESSION = 1;
    static final int STAR_NAMED_EXPRESSION = 2;

    /**
     * An unparenthesized tuple whose first element is parsed and a comma is next: the rest of
     * (',' element)* [','], elements of the given kind; the Tuple spans from {@code s}. Null if an
     * element after a comma fails (the caller resets).
     */
    final Expr tupleAfterFirst(Token s, Expr first, int kind) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenType.COMMA)) {
            TokenType t = ts.type();
            if (kind == EXPRESSION ? !startsExpression(t) : !startsStarExpression(t)) {
                break;
            }
            Expr e;
            if (kind == EXPRESSION) {
                e = expression();
            } else if (kind == STAR_EXPRESSION) {
                e = starExpression();
            } else {
                e = starNamedExpression();
            }
            if (e == null) {
                return null;
            }
            elts.add(e);
        }
        Token e = ts.last();
        return new TupleExpr(elts, ExprContext.Load, s.lineno, s.colOffset, e.endLineno,
                e.endColOffset);
    }

    /** star_expression: '*' bitwise_or | expression. */
    final Expr starExpression() {
        if (at(TokenType.STAR)) {
            int mark = ts.pos;
            Token s = ts.next();
            Expr v = bitwiseOr();
            if (v == null) {
                return fail(mark);
            }
            Token e = ts.last();
            return new Starred(v, ExprContext.Load, s.lineno, s.colOffset, e.endLineno,
                    e.endColOffset);
        }
        return expression();
    }

    /** star_named_expression: '*' bitwise_or | named_expression. */
    final Expr starNamedExpression() {
        if (at(TokenType.STAR)) {
            return starExpression();
        }
        return namedExpression();
    }

    /** expressions: expression (',' expression)* [','] (eval input). */
    final Expr expressions() {
        Token s = ts.peek();
        int mark = ts.pos;
        Expr first = expression();
        if (first == null) {
            return null;
        }
        if (!at(TokenType.COMMA)) {
            return first;
        }
        Expr tuple = tupleAfterFirst(s, first, EXPRESSION);
        return tuple != null ? tuple : fail(mark);
    }

    /** named_expression: NAME ':=' expression | expression !':='. */
    final Expr namedExpression() {
        return namedExpression(true);
    }

    /** named_expression; {@code check} false skips invalid_named_expression (CPython's args rule). */
    final Expr namedExpression(boolean check) {
        if (invalidPass && check) {
            invalidNamedExpression();
        }
        Token s = ts.peek();
        int mark = ts.pos;
        if (s.type == TokenType.NAME && ts.peek(1).type == TokenType.COLONEQUAL) {
            ts.pos += 2;
            Expr v = expression();
            if (v == null) {
                return fail(mark);
            }
            Token e = ts.last();
            Name target = new Name(s.text, ExprContext.Store, s.lineno, s.colOffset, s.endLineno,
                    s.endColOffset);
            return new NamedExpr(target, v, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
        }
        Expr v = expression();
        if (v == null) {
            return null;
        }
        if (at(TokenType.COLONEQUAL)) {
            return fail(mark);
        }
        return v;
    }

    /** Hook for the second pass: CPython's invalid_named_expression checks. */
    abstract void invalidNamedExpression();

    // ---- the precedence ladder ---------------------------------------------------------------

    /** expression: disjunction ['if' disjunction 'else' expression] | lambdef. */
    final Expr expression() {
        if (secondPass) {
            return expressionSecondPass();
        }
        return expressionRule();
    }

    /**
     * In the second pass {@code expression} is memoized per position as in CPython, whose memo
     * ignores whether the invalid_* rules were on: a position first
     * parsed with them off (inside {@code expression_without_invalid}) keeps that result, so
     * later parses there report no specific error. Reproduced so errors match; the memo also
     * keeps the second pass linear.
     */
    private Expr expressionSecondPass() {
        int start = ts.pos;
        Object[] memo = expressionMemo.get(start);
        if (memo != null) {
            ts.pos = (Integer) memo[1];
            return (Expr) memo[0];
        }
        Expr e = expressionRule();
        expressionMemo.put(start, new Object[] {e, e == null ? start : ts.pos});
        return e;
    }

    private final java.util.HashMap<Integer, Object[]> expressionMemo = new java.util.HashMap<>();

    /** expression_without_invalid: not memoized as expression, checks off. */
    final Expr expressionWithoutInvalid() {
        boolean saved = invalidPass;
        invalidPass = false;
        try {
            return expressionRule();
        } finally {
            invalidPass = saved;
        }
    }

    /** A position where the second pass skips invalid_expression (see dictTail). */
    private int skipExpressionChecksAt = -1;

    private Expr expressionRule() {
        if (invalidPass && ts.pos != skipExpressionChecksAt) {
            invalidExpression();
        }
        if (at(TokenType.LAMBDA)) {
            return lambdef();
        }
        Token s = ts.peek();
        Expr body = disjunction();
        if (body == null) {
            return null;
        }
        if (!at(TokenType.IF)) {
            return body;
        }
        int mark = ts.pos;
        ts.pos++;
        Expr test = disjunction();
        if (test == null || !accept(TokenType.ELSE)) {
            ts.pos = mark;
            return body;
        }
        enter(1);
        Expr orelse = expression();
        leave(1);
        if (orelse == null) {
            ts.pos = mark;
            return body;
        }
        Token e = ts.last();
        return new IfExp(test, body, orelse, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    /** Hook for the second pass: invalid_expression and invalid_legacy_expression. */
    abstract void invalidExpression();


    final Expr disjunction() {
        Token s = ts.peek();
        Expr first = conjunction();
        if (first == null || !at(TokenType.OR)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (at(TokenType.OR)) {
            int mark = ts.pos;
            ts.pos++;
            Expr v = conjunction();
            if (v == null) {
                ts.pos = mark;
                break;
            }
            values.add(v);
        }
        Token e = ts.last();
        return new BoolOp(BooleanOperator.Or, values, s.lineno, s.colOffset, e.endLineno,
                e.endColOffset);
    }

    final Expr conjunction() {
        Token s = ts.peek();
        Expr first = inversion();
        if (first == null || !at(TokenType.AND)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (at(TokenType.AND)) {
            int mark = ts.pos;
            ts.pos++;
            Expr v = inversion();
            if (v == null) {
                ts.pos = mark;
                break;
            }
            values.add(v);
        }
        Token e = ts.last();
        return new BoolOp(BooleanOperator.And, values, s.lineno, s.colOffset, e.endLineno,
                e.endColOffset);
    }

    final Expr inversion() {
        if (at(TokenType.NOT)) {
            int mark = ts.pos;
            Token s = ts.next();
            enter(1);
            Expr v = inversion();
            leave(1);
            if (v == null) {
                return fail(mark);
            }
            Token e = ts.last();
            return new UnaryOp(UnaryOperator.Not, v, s.lineno, s.colOffset, e.endLineno,
                    e.endColOffset);
        }
        return comparison();
    }

    final Expr comparison() {
        Token s = ts.peek();
        Expr left = bitwiseOr();
        if (left == null) {
            return null;
        }
        List<ComparisonOperator> ops = null;
        List<Expr> comparators = null;
        while (true) {
            int mark = ts.pos;
            ComparisonOperator op = compareOp();
            if (op == null) {
                break;
            }
            Expr right = bitwiseOr();
            if (right == null) {
                ts.pos = mark;
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>(2);
                comparators = new ArrayList<>(2);
            }
            ops.add(op);
            comparators.add(right);
        }
        if (ops == null) {
            return left;
        }
        Token e = ts.last();
        return new Compare(left, ops, comparators, s.lineno, s.colOffset, e.endLineno,
                e.endColOffset);
    }

    /** Consumes a comparison operator (one or two tokens) and returns it, or null. */
    private ComparisonOperator compareOp() {
        Token t = ts.peek();
        switch (t.type) {
            case EQEQUAL: ts.pos++; return ComparisonOperator.Eq;
            case NOTEQUAL:
                // '<>' is only valid under "from __future__ import barry_as_FLUFL".
                if (!t.text.equals("!=")) {
                    return null;
                }
                ts.pos++;
                return ComparisonOperator.NotEq;
            case LESSEQUAL: ts.pos++; return ComparisonOperator.LtE;
            case LESS: ts.pos++; return ComparisonOperator.Lt;
            case GREATEREQUAL: ts.pos++; return ComparisonOperator.GtE;
            case GREATER: ts.pos++; return ComparisonOperator.Gt;
            case IN: ts.pos++; return ComparisonOperator.In;
            case NOT:
                if (ts.peek(1).type == TokenType.IN) {
                    ts.pos += 2;
                    return ComparisonOperator.NotIn;
                }
                return null;
            case IS:
                if (ts.peek(1).type == TokenType.NOT) {
                    ts.pos += 2;
                    return ComparisonOperator.IsNot;
                }
                ts.pos++;
                return ComparisonOperator.Is;
            default:
                return null;
        }
    }

    /**
     * The left-associative binary operator levels, loosest first ('|', '^', '&', shifts, '+'/'-',
     * '*'-like): each row maps a token type's ordinal to the operator it spells at that level, or
     * null. One table instead of six copies of the same loop; the level after the last is factor.
     */
    private static final BinaryOperator[][] BINARY_LEVELS = binaryLevels();

    private static BinaryOperator[][] binaryLevels() {
        BinaryOperator[][] levels = new BinaryOperator[6][TokenType.values().length];
        levels[0][TokenType.VBAR.ordinal()] = BinaryOperator.BitOr;
        levels[1][TokenType.CIRCUMFLEX.ordinal()] = BinaryOperator.BitXor;
        levels[2][TokenType.AMPER.ordinal()] = BinaryOperator.BitAnd;
        levels[3][TokenType.LEFTSHIFT.ordinal()] = BinaryOperator.LShift;
        levels[3][TokenType.RIGHTSHIFT.ordinal()] = BinaryOperator.RShift;
        levels[4][TokenType.PLUS.ordinal()] = BinaryOperator.Add;
        levels[4][TokenType.MINUS.ordinal()] = BinaryOperator.Sub;
        levels[5][TokenType.STAR.ordinal()] = BinaryOperator.Mult;
        levels[5][TokenType.SLASH.ordinal()] = BinaryOperator.Div;
        levels[5][TokenType.DOUBLESLASH.ordinal()] = BinaryOperator.FloorDiv;
        levels[5][TokenType.PERCENT.ordinal()] = BinaryOperator.Mod;
        levels[5][TokenType.AT.ordinal()] = BinaryOperator.MatMult;
        return levels;
    }

    final Expr bitwiseOr() {
        return binaryLevel(0);
    }

    /** One level of {@link #BINARY_LEVELS}: operands from the next tighter level, folded leftwards. */
    private Expr binaryLevel(int level) {
        Token s = ts.peek();
        Expr left = operandBelow(level);
        if (left == null) {
            return null;
        }
        BinaryOperator[] ops = BINARY_LEVELS[level];
        while (true) {
            BinaryOperator op = ops[ts.type().ordinal()];
            if (op == null) {
                return left;
            }
            int mark = ts.pos;
            ts.pos++;
            Expr right = operandBelow(level);
            if (right == null) {
                ts.pos = mark;
                return left;
            }
            left = binOp(s, left, op, right);
        }
    }

    private Expr operandBelow(int level) {
        return level + 1 < BINARY_LEVELS.length ? binaryLevel(level + 1) : factor();
    }

    private Expr binOp(Token s, Expr left, BinaryOperator op, Expr right) {
        Token e = ts.last();
        return new BinOp(left, op, right, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    final Expr factor() {
        UnaryOperator op;
        switch (ts.type()) {
            case PLUS: op = UnaryOperator.UAdd; break;
            case MINUS: op = UnaryOperator.USub; break;
            case TILDE: op = UnaryOperator.Invert; break;
            default: return power();
        }
        int mark = ts.pos;
        Token s = ts.next();
        enter(1);
        Expr v = factor();
        leave(1);
        if (v == null) {
            return fail(mark);
        }
        Token e = ts.last();
        return new UnaryOp(op, v, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    final Expr power() {
        Token s = ts.peek();
        Expr left = awaitPrimary();
        if (left == null || !at(TokenType.DOUBLESTAR)) {
            return left;
        }
        int mark = ts.pos;
        ts.pos++;
        enter(2);
        Expr right = factor();
        leave(2);
        if (right == null) {
            ts.pos = mark;
            return left;
        }
        return binOp(s, left, BinaryOperator.Pow, right);
    }

    final Expr awaitPrimary() {
        if (at(TokenType.AWAIT)) {
            int mark = ts.pos;
            Token s = ts.next();
            Expr v = primary();
            if (v == null) {
                return fail(mark);
            }
            Token e = ts.last();
            return new Await(v, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
        }
        return primary();
    }

    /** primary: atom followed by any number of '.' NAME, call arguments and subscripts. */
    final Expr primary() {
        Token s = ts.peek();
        Expr e = atom();
        if (e == null) {
            return null;
        }
        while (true) {
            switch (ts.type()) {
                case DOT: {
                    Token name = ts.peek(1);
                    if (name.type != TokenType.NAME) {
                        return e;
                    }
                    ts.pos += 2;
                    e = new Attribute(e, name.text, ExprContext.Load, s.lineno, s.colOffset,
                            name.endLineno, name.endColOffset);
                    break;
                }
                case LPAR: {
                    int mark = ts.pos;
                    Expr call = call(s, e);
                    if (call == null) {
                        ts.pos = mark;
                        return e;
                    }
                    e = call;
                    break;
                }
                case LSQB: {
                    int mark = ts.pos;
                    ts.pos++;
                    Expr slice = slices();
                    if (slice == null || !at(TokenType.RSQB)) {
                        ts.pos = mark;
                        return e;
                    }
                    Token end = ts.next();
                    e = new Subscript(e, slice, ExprContext.Load, s.lineno, s.colOffset,
                            end.endLineno, end.endColOffset);
                    break;
                }
                default:
                    return e;
            }
        }
    }

    // ---- atoms -------------------------------------------------------------------------------

    final Expr atom() {
        Token t = ts.peek();
        switch (t.type) {
            case NAME:
                ts.pos++;
                return new Name(t.text, ExprContext.Load, t.lineno, t.colOffset, t.endLineno,
                        t.endColOffset);
            case NUMBER:
                ts.pos++;
                return new Constant(Literals.number(t, filename), null, t.lineno, t.colOffset,
                        t.endLineno, t.endColOffset);
            case STRING:
                return strings();
            case TRUE:
                ts.pos++;
                return new Constant(Boolean.TRUE, null, t.lineno, t.colOffset, t.endLineno,
                        t.endColOffset);
            case FALSE:
                ts.pos++;
                return new Constant(Boolean.FALSE, null, t.lineno, t.colOffset, t.endLineno,
                        t.endColOffset);
            case NONE:
                ts.pos++;
                return new Constant(null, null, t.lineno, t.colOffset, t.endLineno,
                        t.endColOffset);
            case ELLIPSIS:
                ts.pos++;
                return new Constant(EllipsisLiteral.INSTANCE, null, t.lineno, t.colOffset,
                        t.endLineno, t.endColOffset);
            case LPAR:
                return bracketed(this::tupleGroupOrGenexp);
            case LSQB:
                return bracketed(this::listOrListComp);
            case LBRACE:
                return bracketed(this::dictOrSet);
            default:
                return null;
        }
    }

    /** Runs a bracketed-atom rule, counting the nesting as CPython's rule chain would. */
    private Expr bracketed(java.util.function.Supplier<Expr> rule) {
        enter(BRACKET_COST);
        Expr e = rule.get();
        leave(BRACKET_COST);
        return e;
    }

    /** Roughly the number of CPython rule calls between an atom and the expression inside it. */
    private static final int BRACKET_COST = 20;

    /** One or more adjacent STRING tokens (implicit concatenation). */
    final Expr strings() {
        int start = ts.pos;
        while (at(TokenType.STRING)) {
            ts.pos++;
        }
        int n = ts.pos - start;
        List<Token> tokens;
        if (n == 1) {
            tokens = Collections.singletonList(ts.get(start));
        } else {
            tokens = new ArrayList<>(n);
            for (int i = start; i < start + n; i++) {
                tokens.add(ts.get(i));
            }
        }
        // CPython reports most literal errors at the last token fetched: here the one after them.
        return Literals.strings(tokens, ts.lastFetched(), filename, ts.tokenizer()::lineText,
                Parser::parseFStringExpression, byteOffsets);
    }

    private Expr tupleGroupOrGenexp() {
        int mark = ts.pos;
        Token open = ts.next();
        if (at(TokenType.RPAR)) {
            Token close = ts.next();
            return new TupleExpr(new ArrayList<>(0), ExprContext.Load, open.lineno,
                    open.colOffset, close.endLineno, close.endColOffset);
        }
        if (at(TokenType.YIELD)) {
            Expr y = yieldExpr();
            if (y == null || !accept(TokenType.RPAR)) {
                return fail(mark);
            }
            return y;
        }
        if (invalidPass && at(TokenType.DOUBLESTAR)) {
            // invalid_group: '(' '**' expression ')'
            Token s = ts.next();
            Expr v = expression();
            if (v != null && at(TokenType.RPAR)) {
                // CPython places this error at the '**' token alone.
                invalidGroup(new Starred(v, ExprContext.Load, s.lineno, s.colOffset, s.endLineno,
                        s.endColOffset), true);
            }
            return fail(mark);
        }
        Expr first = starNamedExpression();
        if (first == null) {
            return fail(mark);
        }
        if (at(TokenType.RPAR)) {
            if (first instanceof Starred) {
                if (invalidPass) {
                    invalidGroup(first, false);
                }
                return fail(mark);
            }
            ts.pos++;
            return first;
        }
        if (atCompFor()) {
            if (first instanceof Starred) {
                if (invalidPass) {
                    invalidComprehension(first, null);
                }
                return fail(mark);
            }
            List<Comprehension> gens = forIfClauses();
            if (gens == null || !at(TokenType.RPAR)) {
                return fail(mark);
            }
            Token close = ts.next();
            return new GeneratorExp(first, gens, open.lineno, open.colOffset, close.endLineno,
                    close.endColOffset);
        }
        if (!at(TokenType.COMMA)) {
            return fail(mark);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        if (!starNamedExpressionsTail(elts, TokenType.RPAR)) {
            return fail(mark);
        }
        Token close = ts.next();
        return new TupleExpr(elts, ExprContext.Load, open.lineno, open.colOffset,
                close.endLineno, close.endColOffset);
    }

    /**
     * After a first element: (',' star_named_expression)* [','] up to {@code close}, which is
     * left as the current token. False if that does not parse.
     */
    private boolean starNamedExpressionsTail(List<Expr> elts, TokenType close) {
        while (accept(TokenType.COMMA)) {
            if (at(close)) {
                return true;
            }
            Expr e = starNamedExpression();
            if (e == null) {
                return false;
            }
            elts.add(e);
        }
        return at(close);
    }

    private Expr listOrListComp() {
        int mark = ts.pos;
        Token open = ts.next();
        if (at(TokenType.RSQB)) {
            Token close = ts.next();
            return new ListExpr(new ArrayList<>(0), ExprContext.Load, open.lineno, open.colOffset,
                    close.endLineno, close.endColOffset);
        }
        Expr first = starNamedExpression();
        if (first == null) {
            return fail(mark);
        }
        return displayRest(mark, open, first, TokenType.RSQB);
    }

    private Expr dictOrSet() {
        int mark = ts.pos;
        Token open = ts.next();
        if (at(TokenType.RBRACE)) {
            Token close = ts.next();
            return new DictExpr(new ArrayList<>(0), new ArrayList<>(0), open.lineno,
                    open.colOffset, close.endLineno, close.endColOffset);
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        Expr first;
        if (at(TokenType.DOUBLESTAR)) {
            Token stars = ts.next();
            Expr v = bitwiseOr();
            if (v == null) {
                return fail(mark);
            }
            if (invalidPass && atCompFor()) {
                throw errorAt("SyntaxError", "dict unpacking cannot be used in dict comprehension",
                        stars, stars);
            }
            keys.add(null);
            values.add(v);
            return dictTail(mark, open, keys, values);
        }
        if (at(TokenType.STAR)
                || (at(TokenType.NAME) && ts.peek(1).type == TokenType.COLONEQUAL)) {
            first = starNamedExpression();
        } else {
            if (invalidPass) {
                // CPython tries the set display (star_named_expressions) after the dict.
                invalidNamedExpression();
            }
            first = expression();
            if (first != null && at(TokenType.COLON)) {
                int afterKey = ts.pos;
                ts.pos++;
                Expr v = expression();
                if (v == null) {
                    if (invalidPass) {
                        invalidDictEntry(first, afterKey);
                    }
                    return fail(mark);
                }
                if (atCompFor()) {
                    List<Comprehension> gens = forIfClauses();
                    if (gens == null || !at(TokenType.RBRACE)) {
                        return fail(mark);
                    }
                    Token close = ts.next();
                    return new DictComp(first, v, gens, open.lineno, open.colOffset,
                            close.endLineno, close.endColOffset);
                }
                keys.add(first);
                values.add(v);
                return dictTail(mark, open, keys, values);
            }
            if (first != null && at(TokenType.COLONEQUAL)) {
                return fail(mark);
            }
        }
        if (first == null) {
            return fail(mark);
        }
        return displayRest(mark, open, first, TokenType.RBRACE);
    }

    /**
     * The rest of a list ({@code closer} ']') or set ('}') display once its first element is
     * parsed: a comprehension, or the remaining elements.
     */
    private Expr displayRest(int mark, Token open, Expr first, TokenType closer) {
        boolean list = closer == TokenType.RSQB;
        if (atCompFor()) {
            if (first instanceof Starred) {
                if (invalidPass) {
                    invalidComprehension(first, null);
                }
                return fail(mark);
            }
            List<Comprehension> gens = forIfClauses();
            if (gens == null || !at(closer)) {
                return fail(mark);
            }
            Token close = ts.next();
            return list
                    ? new ListComp(first, gens, open.lineno, open.colOffset, close.endLineno, close.endColOffset)
                    : new SetComp(first, gens, open.lineno, open.colOffset, close.endLineno, close.endColOffset);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        if (!starNamedExpressionsTail(elts, closer)) {
            if (invalidPass && atCompFor()) {
                invalidComprehension(first, elts.size() > 1 ? elts.get(elts.size() - 1) : null);
            }
            return fail(mark);
        }
        Token close = ts.next();
        return list
                ? new ListExpr(elts, ExprContext.Load, open.lineno, open.colOffset, close.endLineno, close.endColOffset)
                : new SetExpr(elts, open.lineno, open.colOffset, close.endLineno, close.endColOffset);
    }

    /**
     * Hook for the second pass: a comprehension after a starred element, or after several
     * elements ({@code last} the last of them, or null if the first is followed by a comma).
     */
    abstract void invalidComprehension(Expr first, Expr last);

    /** Hook for the second pass: "cannot use starred expression here" for {@code (*a)}. */
    abstract void invalidGroup(Expr inner, boolean doubleStarred);

    /** Hook for the second pass: a dict entry that is not {@code key: value} after {@code key}. */
    abstract void invalidDictEntry(Expr key, int afterKey);

    private Expr dictTail(int mark, Token open, List<Expr> keys, List<Expr> values) {
        while (accept(TokenType.COMMA)) {
            if (at(TokenType.RBRACE)) {
                break;
            }
            if (accept(TokenType.DOUBLESTAR)) {
                Expr v = bitwiseOr();
                if (v == null) {
                    return fail(mark);
                }
                keys.add(null);
                values.add(v);
                continue;
            }
            // CPython 3.11 reports a later key without ':' as "':' expected after dictionary
            // key" before any invalid_expression error at that key (nested ones still come first).
            int keyStart = ts.pos;
            if (invalidPass) {
                skipExpressionChecksAt = keyStart;
            }
            Expr k = expression();
            skipExpressionChecksAt = -1;
            if (k == null) {
                return fail(mark);
            }
            int afterKey = ts.pos;
            Expr v = accept(TokenType.COLON) ? expression() : null;
            if (v == null) {
                if (invalidPass) {
                    invalidDictEntry(k, afterKey);
                }
                return fail(mark);
            }
            keys.add(k);
            values.add(v);
        }
        if (!at(TokenType.RBRACE)) {
            return fail(mark);
        }
        Token close = ts.next();
        return new DictExpr(keys, values, open.lineno, open.colOffset, close.endLineno,
                close.endColOffset);
    }

    // ---- yield ---------------------------------------------------------------------------------


    /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]. */
    final Expr yieldExpr() {
        int mark = ts.pos;
        Token s = ts.next();
        if (accept(TokenType.FROM)) {
            Expr v = expression();
            if (v == null) {
                return fail(mark);
            }
            Token e = ts.last();
            return new YieldFrom(v, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
        }
        Expr v = null;
        if (startsStarExpression(ts.type())) {
            v = starExpressions();
            if (v == null) {
                return fail(mark);
            }
        }
        Token e = ts.last();
        return new Yield(v, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    // ---- implemented by ArgumentParser ---------------------------------------------------------

    /** for_if_clauses; see {@link ArgumentParser}. */
    abstract List<Comprehension> forIfClauses();

    /** lambdef; see {@link ArgumentParser}. */
    abstract Expr lambdef();

    /** Call arguments after {@code func}; see {@link ArgumentParser}. */
    abstract Expr call(Token s, Expr func);

    /** The inside of a subscript; see {@link ArgumentParser}. */
    abstract Expr slices();
}
