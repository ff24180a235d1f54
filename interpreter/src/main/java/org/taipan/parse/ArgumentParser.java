package org.taipan.parse;

import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.Arg;
import org.taipan.ast.Arguments;
import org.taipan.ast.Call;
import org.taipan.ast.Comprehension;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.GeneratorExp;
import org.taipan.ast.Keyword;
import org.taipan.ast.Lambda;
import org.taipan.ast.Slice;
import org.taipan.ast.Starred;
import org.taipan.ast.TupleExpr;

/**
 * The list-like parts of expressions: parameter lists (def and lambda), call arguments,
 * subscripts and slices, comprehension clauses, and the targets of for loops and comprehensions.
 */
abstract class ArgumentParser extends ExpressionParser {
    ArgumentParser(Tokenizer tokenizer, String filename, int lineOffset) {
        super(tokenizer, filename, lineOffset);
    }

    // ---- comprehensions ----------------------------------------------------------------------

    /** for_if_clauses: one or more ['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*. */
    @Override
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

    // ---- lambda ----------------------------------------------------------------------------------

    @Override
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
            Arg current = null;
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
                    current = vararg;
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
                parameterTypeComment(kwarg, annotated, close);
                if (accept(TokenType.COMMA)) {
                    parameterTypeComment(kwarg, annotated, null);
                }
                break;
            } else {
                Arg a = param(annotated, false);
                if (a == null) {
                    return invalidParameters(mark, annotated);
                }
                current = a;
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
            parameterTypeComment(current, annotated, close);
            if (!accept(TokenType.COMMA)) {
                break;
            }
            parameterTypeComment(current, annotated, null);
        }
        if (!at(close) || (sawStar && vararg == null && kwonly.isEmpty())) {
            return invalidParameters(mark, annotated);
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /**
     * A def parameter's type comment, after its ',' ({@code before} null) or as the last one
     * right before the closing {@code before} token.
     */
    private void parameterTypeComment(Arg param, boolean annotated, TokenType before) {
        if (param == null || !annotated || !at(TokenType.TYPE_COMMENT)
                || (before != null && ts.peek(1).type != before)) {
            return;
        }
        param.typeComment = acceptTypeComment();
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
    @Override
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
                if ((sawKeyword || sawDoubleStar) && !invalidPass) {
                    // CPython's kwargs rule never parses a positional argument after keywords.
                    return false;
                }
                Expr v = namedExpression(false);
                if (v == null) {
                    return false;
                }
                if (allowGenexp && atCompFor()) {
                    if (!args.isEmpty() || !keywords.isEmpty()) {
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
    @Override
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
                if (invalidPass) {
                    // The named_expression alternative of CPython's slice rule.
                    int after = ts.pos;
                    ts.pos = mark;
                    invalidNamedExpression();
                    ts.pos = after;
                }
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
