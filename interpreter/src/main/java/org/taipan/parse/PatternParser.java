package org.taipan.parse;

import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.Attribute;
import org.taipan.ast.BinOp;
import org.taipan.ast.BinaryOperator;
import org.taipan.ast.Constant;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.MatchAs;
import org.taipan.ast.MatchClass;
import org.taipan.ast.MatchMapping;
import org.taipan.ast.MatchOr;
import org.taipan.ast.MatchSequence;
import org.taipan.ast.MatchSingleton;
import org.taipan.ast.MatchStar;
import org.taipan.ast.MatchValue;
import org.taipan.ast.Name;
import org.taipan.ast.Pattern;
import org.taipan.ast.UnaryOp;
import org.taipan.ast.UnaryOperator;

/**
 * The patterns of {@code match} statements' {@code case} clauses. The soft keyword {@code _}
 * is a NAME token that means a wildcard here.
 */
abstract class PatternParser extends ArgumentParser {
    PatternParser(Tokenizer tokenizer, String filename, int lineOffset) {
        super(tokenizer, filename, lineOffset);
    }

    /** patterns: open_sequence_pattern (a MatchSequence) | pattern. */
    final Pattern patterns() {
        Token s = ts.peek();
        int mark = ts.pos;
        Pattern first = maybeStarPattern();
        if (first == null) {
            return null;
        }
        if (!at(TokenType.COMMA)) {
            if (first instanceof MatchStar) {
                return fail(mark);
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        if (!sequenceTail(items)) {
            return fail(mark);
        }
        Token e = ts.last();
        return new MatchSequence(items, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    /** (',' maybe_star_pattern)* [','], stopping before anything that is not a pattern. */
    private boolean sequenceTail(List<Pattern> items) {
        while (at(TokenType.COMMA)) {
            int mark = ts.pos;
            ts.pos++;
            Pattern p = maybeStarPattern();
            if (p == null) {
                ts.pos = mark + 1;
                return true;
            }
            items.add(p);
        }
        return true;
    }

    private Pattern maybeStarPattern() {
        if (at(TokenType.STAR)) {
            int mark = ts.pos;
            Token s = ts.next();
            Token name = expect(TokenType.NAME);
            if (name == null) {
                return fail(mark);
            }
            String id = name.text.equals("_") ? null : name.text;
            return new MatchStar(id, s.lineno, s.colOffset, name.endLineno, name.endColOffset);
        }
        return pattern();
    }

    /** pattern: or_pattern ['as' NAME]. */
    final Pattern pattern() {
        Token s = ts.peek();
        Pattern p = orPattern();
        if (p == null || !at(TokenType.AS)) {
            return p;
        }
        int mark = ts.pos;
        ts.pos++;
        Token name = captureTarget();
        if (name == null) {
            if (invalidPass) {
                invalidAsPattern(p);
            }
            ts.pos = mark;
            return p;
        }
        return new MatchAs(p, name.text, s.lineno, s.colOffset, name.endLineno, name.endColOffset);
    }

    /** Hook for the second pass: "cannot use '_' as a target" / "invalid pattern target". */
    abstract void invalidAsPattern(Pattern p);

    /** pattern_capture_target: a NAME other than '_' not followed by '.', '(' or '='. */
    private Token captureTarget() {
        Token t = ts.peek();
        if (t.type != TokenType.NAME || t.text.equals("_")) {
            return null;
        }
        TokenType after = ts.peek(1).type;
        if (after == TokenType.DOT || after == TokenType.LPAR || after == TokenType.EQUAL) {
            return null;
        }
        ts.pos++;
        return t;
    }

    private Pattern orPattern() {
        Token s = ts.peek();
        Pattern first = closedPattern();
        if (first == null || !at(TokenType.VBAR)) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (at(TokenType.VBAR)) {
            int mark = ts.pos;
            ts.pos++;
            Pattern p = closedPattern();
            if (p == null) {
                ts.pos = mark;
                break;
            }
            alts.add(p);
        }
        Token e = ts.last();
        return new MatchOr(alts, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    private Pattern closedPattern() {
        Token t = ts.peek();
        switch (t.type) {
            case NUMBER:
            case MINUS:
            case STRING: {
                Expr v = literalExpr();
                if (v == null) {
                    return null;
                }
                return new MatchValue(v, v.lineno, v.colOffset, v.endLineno, v.endColOffset);
            }
            case NONE:
                ts.pos++;
                return new MatchSingleton(null, t.lineno, t.colOffset, t.endLineno,
                        t.endColOffset);
            case TRUE:
            case FALSE:
                ts.pos++;
                return new MatchSingleton(t.type == TokenType.TRUE, t.lineno, t.colOffset,
                        t.endLineno, t.endColOffset);
            case NAME:
                return namePattern();
            case LPAR:
                return parenPattern();
            case LSQB:
                return listPattern();
            case LBRACE:
                return mappingPattern();
            default:
                return null;
        }
    }

    /** literal_expr for NUMBER, '-', STRING: signed numbers, complex literals, strings. */
    private Expr literalExpr() {
        if (at(TokenType.STRING)) {
            return strings();
        }
        int mark = ts.pos;
        Token s = ts.peek();
        Expr left = signedNumber();
        if (left == null) {
            return null;
        }
        TokenType t = ts.type();
        if ((t == TokenType.PLUS || t == TokenType.MINUS) && ts.peek(1).type == TokenType.NUMBER) {
            ts.pos++;
            Token n = ts.next();
            Expr right = new Constant(Literals.number(n, filename), null, n.lineno, n.colOffset,
                    n.endLineno, n.endColOffset);
            BinaryOperator op = t == TokenType.PLUS ? BinaryOperator.Add : BinaryOperator.Sub;
            return new BinOp(left, op, right, s.lineno, s.colOffset, n.endLineno,
                    n.endColOffset);
        }
        if (t == TokenType.PLUS || t == TokenType.MINUS) {
            return fail(mark);
        }
        return left;
    }

    private Expr signedNumber() {
        Token s = ts.peek();
        if (s.type == TokenType.NUMBER) {
            ts.pos++;
            return new Constant(Literals.number(s, filename), null, s.lineno, s.colOffset,
                    s.endLineno, s.endColOffset);
        }
        if (s.type == TokenType.MINUS && ts.peek(1).type == TokenType.NUMBER) {
            ts.pos++;
            Token n = ts.next();
            Constant c = new Constant(Literals.number(n, filename), null, n.lineno, n.colOffset,
                    n.endLineno, n.endColOffset);
            return new UnaryOp(UnaryOperator.USub, c, s.lineno, s.colOffset, n.endLineno,
                    n.endColOffset);
        }
        return null;
    }

    /** NAME ('.' NAME)*: a Name or an Attribute chain, all Load. */
    private Expr nameOrAttr() {
        Token s = ts.next();
        Expr e = new Name(s.text, ExprContext.Load, s.lineno, s.colOffset, s.endLineno,
                s.endColOffset);
        while (at(TokenType.DOT) && ts.peek(1).type == TokenType.NAME) {
            ts.pos++;
            Token n = ts.next();
            e = new Attribute(e, n.text, ExprContext.Load, s.lineno, s.colOffset, n.endLineno,
                    n.endColOffset);
        }
        return e;
    }

    /** Capture, wildcard, value and class patterns, which all start with a NAME. */
    private Pattern namePattern() {
        int mark = ts.pos;
        Token s = ts.peek();
        Expr e = nameOrAttr();
        TokenType next = ts.type();
        if (next == TokenType.LPAR) {
            return classPattern(mark, s, e);
        }
        if (next == TokenType.DOT || next == TokenType.EQUAL) {
            return fail(mark);
        }
        if (e instanceof Attribute) {
            return new MatchValue(e, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
        }
        String id = s.text.equals("_") ? null : s.text;
        return new MatchAs(null, id, s.lineno, s.colOffset, s.endLineno, s.endColOffset);
    }

    private Pattern classPattern(int mark, Token s, Expr cls) {
        ts.pos++;
        List<Pattern> patterns = new ArrayList<>(2);
        List<String> kwdAttrs = new ArrayList<>(0);
        List<Pattern> kwdPatterns = new ArrayList<>(0);
        while (!at(TokenType.RPAR)) {
            if (at(TokenType.NAME) && ts.peek(1).type == TokenType.EQUAL) {
                Token name = ts.next();
                ts.pos++;
                Pattern p = pattern();
                if (p == null) {
                    return fail(mark);
                }
                kwdAttrs.add(name.text);
                kwdPatterns.add(p);
            } else {
                if (!kwdAttrs.isEmpty()) {
                    if (invalidPass) {
                        List<Pattern> positional = new ArrayList<>();
                        while (true) {
                            Pattern p = pattern();
                            if (p == null) {
                                break;
                            }
                            positional.add(p);
                            if (!accept(TokenType.COMMA)
                                    || (at(TokenType.NAME) && ts.peek(1).type == TokenType.EQUAL)) {
                                break;
                            }
                        }
                        if (!positional.isEmpty()) {
                            invalidClassPattern(positional);
                        }
                    }
                    return fail(mark);
                }
                Pattern p = pattern();
                if (p == null) {
                    return fail(mark);
                }
                patterns.add(p);
            }
            if (!accept(TokenType.COMMA)) {
                break;
            }
        }
        if (!at(TokenType.RPAR)) {
            return fail(mark);
        }
        Token close = ts.next();
        return new MatchClass(cls, patterns, kwdAttrs, kwdPatterns, s.lineno, s.colOffset,
                close.endLineno, close.endColOffset);
    }

    /** Hook for the second pass: "positional patterns follow keyword patterns". */
    abstract void invalidClassPattern(List<Pattern> positionalAfterKeywords);

    private Pattern parenPattern() {
        int mark = ts.pos;
        Token open = ts.next();
        if (at(TokenType.RPAR)) {
            Token close = ts.next();
            return new MatchSequence(new ArrayList<>(0), open.lineno, open.colOffset,
                    close.endLineno, close.endColOffset);
        }
        Pattern first = maybeStarPattern();
        if (first == null) {
            return fail(mark);
        }
        if (at(TokenType.RPAR) && !(first instanceof MatchStar)) {
            ts.pos++;
            return first;
        }
        if (!at(TokenType.COMMA)) {
            return fail(mark);
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        sequenceTail(items);
        if (!at(TokenType.RPAR)) {
            return fail(mark);
        }
        Token close = ts.next();
        return new MatchSequence(items, open.lineno, open.colOffset, close.endLineno,
                close.endColOffset);
    }

    private Pattern listPattern() {
        int mark = ts.pos;
        Token open = ts.next();
        List<Pattern> items = new ArrayList<>();
        if (!at(TokenType.RSQB)) {
            Pattern first = maybeStarPattern();
            if (first == null) {
                return fail(mark);
            }
            items.add(first);
            sequenceTail(items);
        }
        if (!at(TokenType.RSQB)) {
            return fail(mark);
        }
        Token close = ts.next();
        return new MatchSequence(items, open.lineno, open.colOffset, close.endLineno,
                close.endColOffset);
    }

    private Pattern mappingPattern() {
        int mark = ts.pos;
        Token open = ts.next();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        String rest = null;
        while (!at(TokenType.RBRACE)) {
            if (accept(TokenType.DOUBLESTAR)) {
                Token name = captureTarget();
                if (name == null) {
                    return fail(mark);
                }
                rest = name.text;
                accept(TokenType.COMMA);
                break;
            }
            Expr key;
            TokenType t = ts.type();
            if (t == TokenType.NAME) {
                key = nameOrAttr();
                if (!(key instanceof Attribute)) {
                    return fail(mark);
                }
            } else if (t == TokenType.NONE || t == TokenType.TRUE || t == TokenType.FALSE) {
                Token k = ts.next();
                Object value = t == TokenType.NONE ? null : (Object) (t == TokenType.TRUE);
                key = new Constant(value, null, k.lineno, k.colOffset, k.endLineno,
                        k.endColOffset);
            } else {
                key = literalExpr();
                if (key == null) {
                    return fail(mark);
                }
            }
            if (!accept(TokenType.COLON)) {
                return fail(mark);
            }
            Pattern p = pattern();
            if (p == null) {
                return fail(mark);
            }
            keys.add(key);
            patterns.add(p);
            if (!accept(TokenType.COMMA)) {
                break;
            }
        }
        if (!at(TokenType.RBRACE)) {
            return fail(mark);
        }
        Token close = ts.next();
        return new MatchMapping(keys, patterns, rest, open.lineno, open.colOffset,
                close.endLineno, close.endColOffset);
    }
}
