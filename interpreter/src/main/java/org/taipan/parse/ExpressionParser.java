package org.taipan.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.taipan.ast.Arg;
import org.taipan.ast.Arguments;
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
import org.taipan.ast.Keyword;
import org.taipan.ast.Lambda;
import org.taipan.ast.ListComp;
import org.taipan.ast.ListExpr;
import org.taipan.ast.Name;
import org.taipan.ast.NamedExpr;
import org.taipan.ast.SetComp;
import org.taipan.ast.SetExpr;
import org.taipan.ast.Slice;
import org.taipan.ast.Starred;
import org.taipan.ast.Subscript;
import org.taipan.ast.TupleExpr;
import org.taipan.ast.UnaryOp;
import org.taipan.ast.UnaryOperator;
import org.taipan.ast.Yield;
import org.taipan.ast.YieldFrom;

/**
 * Expressions, call arguments, comprehensions, lambdas, parameter lists and targets.
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
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenType.COMMA)) {
            if (!startsStarExpression(ts.type())) {
                break;
            }
            Expr e = starExpression();
            if (e == null) {
                return fail(mark);
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
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenType.COMMA)) {
            if (!startsExpression(ts.type())) {
                break;
            }
            Expr e = expression();
            if (e == null) {
                return fail(mark);
            }
            elts.add(e);
        }
        Token e = ts.last();
        return new TupleExpr(elts, ExprContext.Load, s.lineno, s.colOffset, e.endLineno,
                e.endColOffset);
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
        if (invalidPass) {
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
            if (invalidPass) {
                invalidExpressionAfterIf(body, test, mark);
            }
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

    /** Hook for the second pass: "expected 'else' after 'if' expression". */
    abstract void invalidExpressionAfterIf(Expr body, Expr test, int ifMark);

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

    final Expr bitwiseOr() {
        Token s = ts.peek();
        Expr left = bitwiseXor();
        if (left == null) {
            return null;
        }
        while (at(TokenType.VBAR)) {
            int mark = ts.pos;
            ts.pos++;
            Expr right = bitwiseXor();
            if (right == null) {
                ts.pos = mark;
                break;
            }
            left = binOp(s, left, BinaryOperator.BitOr, right);
        }
        return left;
    }

    private Expr binOp(Token s, Expr left, BinaryOperator op, Expr right) {
        Token e = ts.last();
        return new BinOp(left, op, right, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    final Expr bitwiseXor() {
        Token s = ts.peek();
        Expr left = bitwiseAnd();
        if (left == null) {
            return null;
        }
        while (at(TokenType.CIRCUMFLEX)) {
            int mark = ts.pos;
            ts.pos++;
            Expr right = bitwiseAnd();
            if (right == null) {
                ts.pos = mark;
                break;
            }
            left = binOp(s, left, BinaryOperator.BitXor, right);
        }
        return left;
    }

    final Expr bitwiseAnd() {
        Token s = ts.peek();
        Expr left = shiftExpr();
        if (left == null) {
            return null;
        }
        while (at(TokenType.AMPER)) {
            int mark = ts.pos;
            ts.pos++;
            Expr right = shiftExpr();
            if (right == null) {
                ts.pos = mark;
                break;
            }
            left = binOp(s, left, BinaryOperator.BitAnd, right);
        }
        return left;
    }

    final Expr shiftExpr() {
        Token s = ts.peek();
        Expr left = sum();
        if (left == null) {
            return null;
        }
        while (true) {
            TokenType t = ts.type();
            BinaryOperator op;
            if (t == TokenType.LEFTSHIFT) {
                op = BinaryOperator.LShift;
            } else if (t == TokenType.RIGHTSHIFT) {
                op = BinaryOperator.RShift;
            } else {
                break;
            }
            int mark = ts.pos;
            ts.pos++;
            Expr right = sum();
            if (right == null) {
                ts.pos = mark;
                break;
            }
            left = binOp(s, left, op, right);
        }
        return left;
    }

    final Expr sum() {
        Token s = ts.peek();
        Expr left = term();
        if (left == null) {
            return null;
        }
        while (true) {
            TokenType t = ts.type();
            BinaryOperator op;
            if (t == TokenType.PLUS) {
                op = BinaryOperator.Add;
            } else if (t == TokenType.MINUS) {
                op = BinaryOperator.Sub;
            } else {
                break;
            }
            int mark = ts.pos;
            ts.pos++;
            Expr right = term();
            if (right == null) {
                ts.pos = mark;
                break;
            }
            left = binOp(s, left, op, right);
        }
        return left;
    }

    final Expr term() {
        Token s = ts.peek();
        Expr left = factor();
        if (left == null) {
            return null;
        }
        while (true) {
            BinaryOperator op;
            switch (ts.type()) {
                case STAR: op = BinaryOperator.Mult; break;
                case SLASH: op = BinaryOperator.Div; break;
                case DOUBLESLASH: op = BinaryOperator.FloorDiv; break;
                case PERCENT: op = BinaryOperator.Mod; break;
                case AT: op = BinaryOperator.MatMult; break;
                default: return left;
            }
            int mark = ts.pos;
            ts.pos++;
            Expr right = factor();
            if (right == null) {
                ts.pos = mark;
                return left;
            }
            left = binOp(s, left, op, right);
        }
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
        return Literals.strings(tokens, filename, ts.tokenizer());
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
        Expr first = starNamedExpression();
        if (first == null) {
            return fail(mark);
        }
        if (at(TokenType.RPAR)) {
            if (first instanceof Starred) {
                return fail(mark);
            }
            ts.pos++;
            return first;
        }
        if (atCompFor()) {
            if (first instanceof Starred) {
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
        if (atCompFor()) {
            if (first instanceof Starred) {
                return fail(mark);
            }
            List<Comprehension> gens = forIfClauses();
            if (gens == null || !at(TokenType.RSQB)) {
                return fail(mark);
            }
            Token close = ts.next();
            return new ListComp(first, gens, open.lineno, open.colOffset, close.endLineno,
                    close.endColOffset);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        if (!starNamedExpressionsTail(elts, TokenType.RSQB)) {
            return fail(mark);
        }
        Token close = ts.next();
        return new ListExpr(elts, ExprContext.Load, open.lineno, open.colOffset, close.endLineno,
                close.endColOffset);
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
            ts.pos++;
            Expr v = bitwiseOr();
            if (v == null) {
                return fail(mark);
            }
            keys.add(null);
            values.add(v);
            return dictTail(mark, open, keys, values);
        }
        if (at(TokenType.STAR)
                || (at(TokenType.NAME) && ts.peek(1).type == TokenType.COLONEQUAL)) {
            first = starNamedExpression();
        } else {
            first = expression();
            if (first != null && at(TokenType.COLON)) {
                ts.pos++;
                Expr v = expression();
                if (v == null) {
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
        if (atCompFor()) {
            if (first instanceof Starred) {
                return fail(mark);
            }
            List<Comprehension> gens = forIfClauses();
            if (gens == null || !at(TokenType.RBRACE)) {
                return fail(mark);
            }
            Token close = ts.next();
            return new SetComp(first, gens, open.lineno, open.colOffset, close.endLineno,
                    close.endColOffset);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        if (!starNamedExpressionsTail(elts, TokenType.RBRACE)) {
            return fail(mark);
        }
        Token close = ts.next();
        return new SetExpr(elts, open.lineno, open.colOffset, close.endLineno,
                close.endColOffset);
    }

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
            Expr k = expression();
            if (k == null || !accept(TokenType.COLON)) {
                return fail(mark);
            }
            Expr v = expression();
            if (v == null) {
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

    // ---- comprehensions ----------------------------------------------------------------------

    /** for_if_clauses: one or more ['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*. */
    final List<Comprehension> forIfClauses() {
        int mark = ts.pos;
        List<Comprehension> gens = new ArrayList<>(1);
        while (atCompFor()) {
            int isAsync = 0;
            if (accept(TokenType.ASYNC)) {
                isAsync = 1;
            }
            ts.pos++;
            int afterFor = ts.pos;
            Expr target = starTargets();
            if (target == null || !accept(TokenType.IN)) {
                if (invalidPass) {
                    invalidForTarget(afterFor);
                }
                return fail(mark);
            }
            Expr iter = disjunction();
            if (iter == null) {
                return fail(mark);
            }
            List<Expr> ifs = new ArrayList<>(0);
            while (at(TokenType.IF)) {
                int ifMark = ts.pos;
                ts.pos++;
                Expr cond = disjunction();
                if (cond == null) {
                    ts.pos = ifMark;
                    break;
                }
                ifs.add(cond);
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    /** Hook for the second pass: "cannot assign to ..." for a bad comprehension/for target. */
    abstract void invalidForTarget(int afterFor);

    // ---- yield, lambda ---------------------------------------------------------------------------

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

    final Expr lambdef() {
        int mark = ts.pos;
        Token s = ts.next();
        Arguments args = parameters(false, TokenType.COLON);
        if (args == null || !accept(TokenType.COLON)) {
            return fail(mark);
        }
        enter(2);
        Expr body = expression();
        leave(2);
        if (body == null) {
            return fail(mark);
        }
        Token e = ts.last();
        return new Lambda(args, body, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    // ---- parameters ----------------------------------------------------------------------------

    /**
     * A def's (annotated) or lambda's parameter list, up to but not including {@code close}.
     * Returns null (position restored) if it does not parse.
     */
    final Arguments parameters(boolean annotated, TokenType close) {
        int mark = ts.pos;
        List<Arg> posonly = new ArrayList<>(0);
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>(0);
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>(0);
        List<Expr> kwDefaults = new ArrayList<>(0);
        Arg kwarg = null;
        boolean sawDefault = false;
        boolean sawSlash = false;
        boolean sawStar = false;
        while (!at(close)) {
            TokenType t = ts.type();
            if (t == TokenType.SLASH) {
                if (sawSlash || sawStar || args.isEmpty()) {
                    return invalidParameters(mark, annotated);
                }
                ts.pos++;
                posonly = args;
                args = new ArrayList<>();
                sawSlash = true;
            } else if (t == TokenType.STAR) {
                if (sawStar) {
                    return invalidParameters(mark, annotated);
                }
                ts.pos++;
                sawStar = true;
                if (!at(TokenType.COMMA)) {
                    vararg = param(annotated, true);
                    if (vararg == null) {
                        return invalidParameters(mark, annotated);
                    }
                    if (at(TokenType.EQUAL)) {
                        return invalidParameters(mark, annotated);
                    }
                }
            } else if (t == TokenType.DOUBLESTAR) {
                ts.pos++;
                kwarg = param(annotated, false);
                if (kwarg == null || at(TokenType.EQUAL)) {
                    return invalidParameters(mark, annotated);
                }
                accept(TokenType.COMMA);
                break;
            } else {
                Arg a = param(annotated, false);
                if (a == null) {
                    return invalidParameters(mark, annotated);
                }
                Expr d = null;
                if (accept(TokenType.EQUAL)) {
                    d = expression();
                    if (d == null) {
                        return invalidParameters(mark, annotated);
                    }
                }
                if (sawStar) {
                    kwonly.add(a);
                    kwDefaults.add(d);
                } else {
                    if (d == null && sawDefault) {
                        return invalidParameters(mark, annotated);
                    }
                    if (d != null) {
                        sawDefault = true;
                        defaults.add(d);
                    }
                    args.add(a);
                }
            }
            if (!accept(TokenType.COMMA)) {
                break;
            }
        }
        if (!at(close) || (sawStar && vararg == null && kwonly.isEmpty())) {
            return invalidParameters(mark, annotated);
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** Fails a parameter list; the second pass may first report CPython's specific error. */
    private Arguments invalidParameters(int mark, boolean annotated) {
        if (invalidPass) {
            int failedAt = ts.pos;
            ts.pos = mark;
            invalidParameterList(failedAt, annotated);
        }
        return fail(mark);
    }

    /** Hook for the second pass: specific errors for a parameter list that failed to parse. */
    abstract void invalidParameterList(int failedAt, boolean annotated);

    /** NAME [':' expression] (a '*' parameter's annotation may be starred). */
    private Arg param(boolean annotated, boolean star) {
        Token name = expect(TokenType.NAME);
        if (name == null) {
            return null;
        }
        Expr annotation = null;
        if (annotated && at(TokenType.COLON)) {
            int mark = ts.pos;
            ts.pos++;
            annotation = star ? starExpression() : expression();
            if (annotation == null) {
                ts.pos = mark;
                return null;
            }
        }
        Token e = ts.last();
        return new Arg(name.text, annotation, null, name.lineno, name.colOffset, e.endLineno,
                e.endColOffset);
    }

    // ---- calls and subscripts ------------------------------------------------------------------

    /** '(' [arguments] ')' after {@code func}, or a sole generator argument; null on failure. */
    final Expr call(Token s, Expr func) {
        int mark = ts.pos;
        Token open = ts.next();
        List<Expr> args = new ArrayList<>(4);
        List<Keyword> keywords = new ArrayList<>(0);
        if (!at(TokenType.RPAR) && !callArguments(open, args, keywords, true) || !at(TokenType.RPAR)) {
            if (invalidPass) {
                ts.pos = mark + 1;
                invalidArguments();
            }
            return fail(mark);
        }
        Token close = ts.next();
        return new Call(func, args, keywords, s.lineno, s.colOffset, close.endLineno,
                close.endColOffset);
    }

    /** Hook for the second pass: CPython's invalid_arguments messages. */
    abstract void invalidArguments();

    /**
     * Argument list after '(' (non-empty). A generator expression as the only argument takes the
     * call's parentheses as its own position, as in CPython.
     */
    final boolean callArguments(Token open, List<Expr> args, List<Keyword> keywords,
                                boolean allowGenexp) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        while (true) {
            Token s = ts.peek();
            if (s.type == TokenType.STAR) {
                ts.pos++;
                Expr v = expression();
                if (v == null || sawDoubleStar) {
                    return false;
                }
                Token e = ts.last();
                args.add(new Starred(v, ExprContext.Load, s.lineno, s.colOffset, e.endLineno,
                        e.endColOffset));
            } else if (s.type == TokenType.DOUBLESTAR) {
                ts.pos++;
                Expr v = expression();
                if (v == null) {
                    return false;
                }
                Token e = ts.last();
                keywords.add(new Keyword(null, v, s.lineno, s.colOffset, e.endLineno,
                        e.endColOffset));
                sawDoubleStar = true;
            } else if (s.type == TokenType.NAME && ts.peek(1).type == TokenType.EQUAL) {
                ts.pos += 2;
                Expr v = expression();
                if (v == null) {
                    return false;
                }
                Token e = ts.last();
                keywords.add(new Keyword(s.text, v, s.lineno, s.colOffset, e.endLineno,
                        e.endColOffset));
                sawKeyword = true;
            } else {
                Expr v = namedExpression(false);
                if (v == null) {
                    return false;
                }
                if (atCompFor()) {
                    if (!allowGenexp || !args.isEmpty() || !keywords.isEmpty()) {
                        return false;
                    }
                    List<Comprehension> gens = forIfClauses();
                    if (gens == null || !at(TokenType.RPAR)) {
                        return false;
                    }
                    Token close = ts.peek();
                    args.add(new GeneratorExp(v, gens, open.lineno, open.colOffset,
                            close.endLineno, close.endColOffset));
                    return true;
                }
                if (sawKeyword || sawDoubleStar || at(TokenType.EQUAL)) {
                    return false;
                }
                args.add(v);
            }
            if (!accept(TokenType.COMMA) || at(TokenType.RPAR)) {
                return true;
            }
        }
    }


    /** slices: slice !',' | ','.(slice | starred_expression)+ [','] (a Tuple). */
    final Expr slices() {
        Token s = ts.peek();
        int mark = ts.pos;
        Expr first = sliceOrStarred();
        if (first == null) {
            return null;
        }
        if (!at(TokenType.COMMA) && !(first instanceof Starred)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenType.COMMA)) {
            if (at(TokenType.RSQB)) {
                break;
            }
            Expr e = sliceOrStarred();
            if (e == null) {
                return fail(mark);
            }
            elts.add(e);
        }
        Token e = ts.last();
        return new TupleExpr(elts, ExprContext.Load, s.lineno, s.colOffset, e.endLineno,
                e.endColOffset);
    }

    private Expr sliceOrStarred() {
        Token s = ts.peek();
        int mark = ts.pos;
        if (s.type == TokenType.STAR) {
            ts.pos++;
            Expr v = expression();
            if (v == null) {
                return fail(mark);
            }
            Token e = ts.last();
            return new Starred(v, ExprContext.Load, s.lineno, s.colOffset, e.endLineno,
                    e.endColOffset);
        }
        if (s.type == TokenType.NAME && ts.peek(1).type == TokenType.COLONEQUAL) {
            return namedExpression();
        }
        Expr lower = null;
        if (s.type != TokenType.COLON) {
            lower = expression();
            if (lower == null) {
                return null;
            }
            if (!at(TokenType.COLON)) {
                if (at(TokenType.COLONEQUAL)) {
                    return fail(mark);
                }
                return lower;
            }
        }
        ts.pos++;
        Expr upper = null;
        if (startsExpression(ts.type())) {
            upper = expression();
            if (upper == null) {
                return fail(mark);
            }
        }
        Expr step = null;
        if (accept(TokenType.COLON)) {
            if (startsExpression(ts.type())) {
                step = expression();
                if (step == null) {
                    return fail(mark);
                }
            }
        }
        Token e = ts.last();
        return new Slice(lower, upper, step, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    // ---- targets -------------------------------------------------------------------------------

    /** star_targets (for loops, comprehensions): targets separated by commas, a Tuple if any comma. */
    final Expr starTargets() {
        Token s = ts.peek();
        int mark = ts.pos;
        Expr first = starTarget();
        if (first == null) {
            return null;
        }
        if (!at(TokenType.COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenType.COMMA)) {
            TokenType t = ts.type();
            if (t != TokenType.STAR && !startsExpression(t)) {
                break;
            }
            int itemMark = ts.pos;
            Expr e = starTarget();
            if (e == null) {
                ts.pos = itemMark;
                break;
            }
            elts.add(e);
        }
        Token e = ts.last();
        return new TupleExpr(elts, ExprContext.Store, s.lineno, s.colOffset, e.endLineno,
                e.endColOffset);
    }

    /** star_target: '*' star_target | a primary that is a valid target (set to Store). */
    final Expr starTarget() {
        Token s = ts.peek();
        int mark = ts.pos;
        if (s.type == TokenType.STAR) {
            ts.pos++;
            if (at(TokenType.STAR)) {
                return fail(mark);
            }
            Expr v = starTarget();
            if (v == null) {
                return fail(mark);
            }
            Token e = ts.last();
            return new Starred(v, ExprContext.Store, s.lineno, s.colOffset, e.endLineno,
                    e.endColOffset);
        }
        Expr e = primary();
        if (e == null) {
            return null;
        }
        if (Targets.as(e, ExprContext.Store, Targets.Kind.STAR) == null) {
            return fail(mark);
        }
        return e;
    }
}
