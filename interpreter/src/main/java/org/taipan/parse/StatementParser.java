package org.taipan.parse;

import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.Alias;
import org.taipan.ast.AnnAssign;
import org.taipan.ast.Arguments;
import org.taipan.ast.Assert;
import org.taipan.ast.Assign;
import org.taipan.ast.AsyncFor;
import org.taipan.ast.AsyncFunctionDef;
import org.taipan.ast.AsyncWith;
import org.taipan.ast.AugAssign;
import org.taipan.ast.BinaryOperator;
import org.taipan.ast.Break;
import org.taipan.ast.ClassDef;
import org.taipan.ast.Continue;
import org.taipan.ast.Delete;
import org.taipan.ast.ExceptHandler;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.ExprStmt;
import org.taipan.ast.For;
import org.taipan.ast.FunctionDef;
import org.taipan.ast.Global;
import org.taipan.ast.If;
import org.taipan.ast.Import;
import org.taipan.ast.ImportFrom;
import org.taipan.ast.Keyword;
import org.taipan.ast.Match;
import org.taipan.ast.MatchCase;
import org.taipan.ast.Name;
import org.taipan.ast.Nonlocal;
import org.taipan.ast.Pass;
import org.taipan.ast.Pattern;
import org.taipan.ast.Raise;
import org.taipan.ast.Return;
import org.taipan.ast.Stmt;
import org.taipan.ast.Try;
import org.taipan.ast.TryStar;
import org.taipan.ast.While;
import org.taipan.ast.With;
import org.taipan.ast.WithItem;

/**
 * Statements: simple statements (assignments of every kind, imports, ...) and compound ones
 * (definitions, control flow, {@code match}), with blocks and decorators.
 *
 * <p>An assignment is parsed as {@code star_expressions} first and turned into targets when an
 * {@code =}, {@code :} or augmented operator follows, so an expression statement is parsed once
 * (CPython's PEG would try the targets rule first and backtrack).
 */
abstract class StatementParser extends PatternParser {
    StatementParser(Tokenizer tokenizer, String filename, int lineOffset) {
        super(tokenizer, filename, lineOffset);
    }

    // ---- statement sequences -------------------------------------------------------------------

    /** statement+ up to {@code end} (ENDMARKER or DEDENT), left unconsumed. Null on failure. */
    final List<Stmt> statements(TokenType end) {
        List<Stmt> body = new ArrayList<>();
        do {
            if (!statement(body)) {
                return null;
            }
        } while (!at(end) && !at(TokenType.ENDMARKER));
        return body;
    }

    /** One statement (a simple-statement line may hold several) appended to {@code out}. */
    final boolean statement(List<Stmt> out) {
        Token t = ts.peek();
        Stmt s;
        switch (t.type) {
            case DEF:
            case AT:
            case CLASS:
                s = definition();
                break;
            case IF:
                s = ifStmt();
                break;
            case WHILE:
                s = whileStmt();
                break;
            case FOR:
                s = forStmt();
                break;
            case WITH:
                s = withStmt();
                break;
            case TRY:
                s = tryStmt();
                break;
            case ASYNC: {
                TokenType n = ts.peek(1).type;
                if (n == TokenType.DEF) {
                    s = definition();
                } else if (n == TokenType.FOR) {
                    s = forStmt();
                } else if (n == TokenType.WITH) {
                    s = withStmt();
                } else {
                    return simpleStmts(out);
                }
                break;
            }
            case NAME:
                if (t.text.equals("match")) {
                    s = matchStmt();
                    if (s != null) {
                        out.add(s);
                        return true;
                    }
                }
                return simpleStmts(out);
            default:
                return simpleStmts(out);
        }
        if (s == null) {
            return false;
        }
        out.add(s);
        return true;
    }

    /** simple_stmt (';' simple_stmt)* [';'] NEWLINE. */
    final boolean simpleStmts(List<Stmt> out) {
        int mark = ts.pos;
        int size = out.size();
        while (true) {
            Stmt s = simpleStmt();
            if (s == null) {
                trimTo(out, size);
                ts.pos = mark;
                return false;
            }
            out.add(s);
            if (!accept(TokenType.SEMI) || at(TokenType.NEWLINE)) {
                break;
            }
        }
        if (!accept(TokenType.NEWLINE)) {
            trimTo(out, size);
            ts.pos = mark;
            return false;
        }
        return true;
    }

    private static void trimTo(List<Stmt> out, int size) {
        while (out.size() > size) {
            out.remove(out.size() - 1);
        }
    }

    /**
     * block: NEWLINE INDENT statements DEDENT | simple_stmts. {@code owner} is the keyword
     * token of the statement the block belongs to, for "expected an indented block" errors.
     */
    final List<Stmt> block(Token owner) {
        int mark = ts.pos;
        if (at(TokenType.NEWLINE)) {
            ts.pos++;
            if (!accept(TokenType.INDENT)) {
                if (invalidPass) {
                    invalidBlock(owner);
                }
                return fail(mark);
            }
            enter(BLOCK_COST);
            List<Stmt> body = statements(TokenType.DEDENT);
            leave(BLOCK_COST);
            if (body == null || !accept(TokenType.DEDENT)) {
                return fail(mark);
            }
            return body;
        }
        List<Stmt> body = new ArrayList<>(1);
        if (!simpleStmts(body)) {
            return null;
        }
        return body;
    }

    /** With {@link #BASE_LEVEL}, makes 5967 elifs CPython 3.11's first MemoryError. */
    private static final int ELIF_EXTRA = 3;

    /** Roughly CPython's rule calls per nested block. */
    private static final int BLOCK_COST = 6;

    /** Hook for the second pass: "expected an indented block after ...". */
    abstract void invalidBlock(Token owner);

    /**
     * ':' block. Where CPython's grammar forces the ':' ({@code &&':'}: def, try, finally, else)
     * a missing one is an error even in the first pass; elsewhere the second pass reports
     * "expected ':'" when the header is followed by the end of the line.
     */
    final List<Stmt> colonBlock(Token owner, boolean forced) {
        return colonBlock(owner, forced, null);
    }

    /**
     * ':' [TYPE_COMMENT] block, the type comment (if any) stored in {@code typeComment[0]} when
     * that is not null; with a null array a type comment there is a syntax error.
     */
    final List<Stmt> colonBlock(Token owner, boolean forced, String[] typeComment) {
        if (typeComment != null && at(TokenType.COLON)
                && ts.peek(1).type == TokenType.TYPE_COMMENT) {
            ts.pos++;
            typeComment[0] = acceptTypeComment();
            return block(owner);
        }
        if (!accept(TokenType.COLON)) {
            if (forced) {
                Token t = ts.peek();
                throw errorAt("SyntaxError", "expected ':'", t, t);
            }
            if (invalidPass && at(TokenType.NEWLINE)) {
                throw errorAtLastToken("SyntaxError", "expected ':'");
            }
            return null;
        }
        return block(owner);
    }

    // ---- simple statements ---------------------------------------------------------------------

    final Stmt simpleStmt() {
        Token s = ts.peek();
        int mark = ts.pos;
        switch (s.type) {
            case RETURN: {
                ts.pos++;
                Expr v = null;
                if (startsStarExpression(ts.type())) {
                    v = starExpressions();
                    if (v == null) {
                        return fail(mark);
                    }
                }
                Token e = ts.last();
                return new Return(v, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
            }
            case IMPORT:
                return importName();
            case FROM:
                return importFrom();
            case RAISE: {
                ts.pos++;
                Expr exc = null;
                Expr cause = null;
                if (startsExpression(ts.type())) {
                    exc = expression();
                    if (exc == null) {
                        return fail(mark);
                    }
                    if (accept(TokenType.FROM)) {
                        cause = expression();
                        if (cause == null) {
                            return fail(mark);
                        }
                    }
                }
                Token e = ts.last();
                return new Raise(exc, cause, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
            }
            case PASS:
                ts.pos++;
                return new Pass(s.lineno, s.colOffset, s.endLineno, s.endColOffset);
            case BREAK:
                ts.pos++;
                return new Break(s.lineno, s.colOffset, s.endLineno, s.endColOffset);
            case CONTINUE:
                ts.pos++;
                return new Continue(s.lineno, s.colOffset, s.endLineno, s.endColOffset);
            case DEL:
                return delStmt();
            case ASSERT: {
                ts.pos++;
                Expr test = expression();
                if (test == null) {
                    return fail(mark);
                }
                Expr msg = null;
                if (accept(TokenType.COMMA)) {
                    msg = expression();
                    if (msg == null) {
                        return fail(mark);
                    }
                }
                Token e = ts.last();
                return new Assert(test, msg, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
            }
            case GLOBAL:
            case NONLOCAL: {
                ts.pos++;
                List<String> names = new ArrayList<>(1);
                do {
                    Token n = expect(TokenType.NAME);
                    if (n == null) {
                        return fail(mark);
                    }
                    names.add(n.text);
                } while (accept(TokenType.COMMA));
                Token e = ts.last();
                if (s.type == TokenType.GLOBAL) {
                    return new Global(names, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
                }
                return new Nonlocal(names, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
            }
            default:
                return expressionStatement();
        }
    }

    /** Expression statements and assignments of every kind. */
    private Stmt expressionStatement() {
        Token s = ts.peek();
        int mark = ts.pos;
        Expr first = s.type == TokenType.YIELD ? yieldExpr() : starExpressions();
        if (first == null) {
            return failAssignment(mark);
        }
        TokenType t = ts.type();
        if (t == TokenType.EQUAL) {
            List<Expr> targets = new ArrayList<>(1);
            Expr value = first;
            while (at(TokenType.EQUAL)) {
                if (Targets.as(value, ExprContext.Store, Targets.Kind.STAR) == null) {
                    return failAssignment(mark);
                }
                targets.add(value);
                ts.pos++;
                value = at(TokenType.YIELD) ? yieldExpr() : starExpressions();
                if (value == null) {
                    return failAssignment(mark);
                }
            }
            String typeComment = acceptTypeComment();
            Token e = ts.last();
            return new Assign(targets, value, typeComment, s.lineno, s.colOffset, e.endLineno,
                    e.endColOffset);
        }
        if (t == TokenType.COLON) {
            if (!Targets.isSingleTarget(first)) {
                return failAssignment(mark);
            }
            Targets.setContext(first, ExprContext.Store);
            int simple = first instanceof Name && s.type == TokenType.NAME ? 1 : 0;
            ts.pos++;
            Expr annotation = expression();
            if (annotation == null) {
                return failAssignment(mark);
            }
            Expr value = null;
            if (at(TokenType.EQUAL)) {
                // ['=' annotated_rhs] is optional: a bad value leaves a valid AnnAssign before '='.
                int eqMark = ts.pos;
                ts.pos++;
                value = at(TokenType.YIELD) ? yieldExpr() : starExpressions();
                if (value == null) {
                    ts.pos = eqMark;
                }
            }
            Token e = ts.last();
            return new AnnAssign(first, annotation, value, simple, s.lineno, s.colOffset,
                    e.endLineno, e.endColOffset);
        }
        BinaryOperator op = augmentedOperator(t);
        if (op != null) {
            if (!Targets.isSingleTarget(first)) {
                return failAssignment(mark);
            }
            Targets.setContext(first, ExprContext.Store);
            ts.pos++;
            Expr value = at(TokenType.YIELD) ? yieldExpr() : starExpressions();
            if (value == null) {
                return failAssignment(mark);
            }
            Token e = ts.last();
            return new org.taipan.ast.AugAssign(first, op, value, s.lineno, s.colOffset,
                    e.endLineno, e.endColOffset);
        }
        if (invalidPass) {
            // CPython tries invalid_assignment before taking the line as an expression statement.
            int after = ts.pos;
            ts.pos = mark;
            invalidAssignment();
            ts.pos = after;
        }
        Token e = ts.last();
        return new ExprStmt(first, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    private Stmt failAssignment(int mark) {
        if (invalidPass) {
            ts.pos = mark;
            invalidAssignment();
        }
        return fail(mark);
    }

    /** Hook for the second pass: CPython's invalid_assignment messages, from the statement start. */
    abstract void invalidAssignment();

    private static BinaryOperator augmentedOperator(TokenType t) {
        switch (t) {
            case PLUSEQUAL: return BinaryOperator.Add;
            case MINEQUAL: return BinaryOperator.Sub;
            case STAREQUAL: return BinaryOperator.Mult;
            case ATEQUAL: return BinaryOperator.MatMult;
            case SLASHEQUAL: return BinaryOperator.Div;
            case PERCENTEQUAL: return BinaryOperator.Mod;
            case AMPEREQUAL: return BinaryOperator.BitAnd;
            case VBAREQUAL: return BinaryOperator.BitOr;
            case CIRCUMFLEXEQUAL: return BinaryOperator.BitXor;
            case LEFTSHIFTEQUAL: return BinaryOperator.LShift;
            case RIGHTSHIFTEQUAL: return BinaryOperator.RShift;
            case DOUBLESTAREQUAL: return BinaryOperator.Pow;
            case DOUBLESLASHEQUAL: return BinaryOperator.FloorDiv;
            default: return null;
        }
    }

    /** 'del' del_targets &(';' | NEWLINE). */
    private Stmt delStmt() {
        Token s = ts.peek();
        int mark = ts.pos;
        ts.pos++;
        List<Expr> targets = new ArrayList<>(1);
        while (true) {
            Expr e = primary();
            if (e == null || Targets.as(e, ExprContext.Del, Targets.Kind.DEL) == null) {
                if (invalidPass) {
                    ts.pos = mark + 1;
                    invalidDelTargets();
                }
                return fail(mark);
            }
            targets.add(e);
            if (!accept(TokenType.COMMA)) {
                break;
            }
            TokenType t = ts.type();
            if (t == TokenType.SEMI || t == TokenType.NEWLINE) {
                break;
            }
        }
        TokenType t = ts.type();
        if (t != TokenType.SEMI && t != TokenType.NEWLINE) {
            if (invalidPass) {
                ts.pos = mark + 1;
                invalidDelTargets();
            }
            return fail(mark);
        }
        Token e = ts.last();
        return new Delete(targets, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    /** Hook for the second pass: "cannot delete ...". */
    abstract void invalidDelTargets();

    private Stmt importName() {
        Token s = ts.peek();
        int mark = ts.pos;
        ts.pos++;
        List<Alias> names = new ArrayList<>(1);
        do {
            Token first = ts.peek();
            String name = dottedName();
            if (name == null) {
                return fail(mark);
            }
            String asname = null;
            if (accept(TokenType.AS)) {
                Token n = expect(TokenType.NAME);
                if (n == null) {
                    return fail(mark);
                }
                asname = n.text;
            }
            Token e = ts.last();
            names.add(new Alias(name, asname, first.lineno, first.colOffset, e.endLineno,
                    e.endColOffset));
        } while (accept(TokenType.COMMA));
        Token e = ts.last();
        return new Import(names, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    /** NAME ('.' NAME)* joined with dots, or null. */
    private String dottedName() {
        Token n = expect(TokenType.NAME);
        if (n == null) {
            return null;
        }
        if (!at(TokenType.DOT)) {
            return n.text;
        }
        StringBuilder sb = new StringBuilder(n.text);
        while (at(TokenType.DOT) && ts.peek(1).type == TokenType.NAME) {
            ts.pos++;
            sb.append('.').append(ts.next().text);
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        Token s = ts.peek();
        int mark = ts.pos;
        ts.pos++;
        int level = 0;
        while (true) {
            if (accept(TokenType.DOT)) {
                level++;
            } else if (accept(TokenType.ELLIPSIS)) {
                level += 3;
            } else {
                break;
            }
        }
        String module = null;
        if (at(TokenType.NAME)) {
            module = dottedName();
        } else if (level == 0) {
            return fail(mark);
        }
        if (!accept(TokenType.IMPORT)) {
            return fail(mark);
        }
        List<Alias> names = new ArrayList<>(1);
        Token t = ts.peek();
        if (t.type == TokenType.STAR) {
            ts.pos++;
            names.add(new Alias("*", null, t.lineno, t.colOffset, t.endLineno, t.endColOffset));
        } else {
            boolean paren = accept(TokenType.LPAR);
            while (true) {
                Token n = expect(TokenType.NAME);
                if (n == null) {
                    if (invalidPass) {
                        invalidImportFromTargets();
                    }
                    return fail(mark);
                }
                String asname = null;
                if (accept(TokenType.AS)) {
                    Token a = expect(TokenType.NAME);
                    if (a == null) {
                        return fail(mark);
                    }
                    asname = a.text;
                }
                Token e = ts.last();
                names.add(new Alias(n.text, asname, n.lineno, n.colOffset, e.endLineno,
                        e.endColOffset));
                if (!accept(TokenType.COMMA)) {
                    break;
                }
                if (paren ? at(TokenType.RPAR) : false) {
                    break;
                }
                if (!paren && !at(TokenType.NAME)) {
                    // A trailing comma is only allowed inside parentheses.
                    if (invalidPass) {
                        invalidImportFromTargets();
                    }
                    return fail(mark);
                }
            }
            if (paren && !accept(TokenType.RPAR)) {
                return fail(mark);
            }
        }
        Token e = ts.last();
        return new ImportFrom(module, names, level, s.lineno, s.colOffset, e.endLineno,
                e.endColOffset);
    }

    /** Hook for the second pass: "trailing comma not allowed without surrounding parentheses". */
    abstract void invalidImportFromTargets();

    // ---- compound statements -------------------------------------------------------------------

    /** Decorators followed by a function or class definition. */
    private Stmt definition() {
        int mark = ts.pos;
        List<Expr> decorators;
        if (at(TokenType.AT)) {
            decorators = new ArrayList<>(1);
            while (accept(TokenType.AT)) {
                Expr d = namedExpression();
                if (d == null || !accept(TokenType.NEWLINE)) {
                    return fail(mark);
                }
                decorators.add(d);
            }
        } else {
            decorators = new ArrayList<>(0);
        }
        Stmt s;
        TokenType t = ts.type();
        if (t == TokenType.CLASS) {
            s = classDef(decorators);
        } else if (t == TokenType.DEF
                || (t == TokenType.ASYNC && ts.peek(1).type == TokenType.DEF)) {
            s = functionDef(decorators);
        } else {
            s = null;
        }
        if (s == null) {
            return fail(mark);
        }
        return s;
    }

    private Stmt functionDef(List<Expr> decorators) {
        Token s = ts.peek();
        int mark = ts.pos;
        boolean isAsync = accept(TokenType.ASYNC);
        Token def = ts.next();
        Token name = expect(TokenType.NAME);
        if (name == null) {
            return fail(mark);
        }
        if (!accept(TokenType.LPAR)) {
            if (invalidPass) {
                // invalid_def_raw's forced '(' (CPython only reaches it in the second pass).
                Token t = ts.peek();
                throw errorAt("SyntaxError", "expected '('", t, t);
            }
            return fail(mark);
        }
        Arguments args = parameters(true, TokenType.RPAR);
        if (args == null || !accept(TokenType.RPAR)) {
            return fail(mark);
        }
        Expr returns = null;
        if (at(TokenType.RARROW)) {
            // ['->' expression] is optional: if it does not parse, the forced ':' reports it.
            int arrowMark = ts.pos;
            ts.pos++;
            returns = expression();
            if (returns == null) {
                ts.pos = arrowMark;
            }
        }
        String typeComment = null;
        if (at(TokenType.COLON)) {
            typeComment = functionTypeComment();
        }
        List<Stmt> body = typeComment == null ? colonBlock(def, true) : block(def);
        if (body == null) {
            return fail(mark);
        }
        Token e = ts.lastNonWhitespace();
        if (isAsync) {
            return new AsyncFunctionDef(name.text, args, body, decorators, returns, typeComment,
                    s.lineno, s.colOffset, e.endLineno, e.endColOffset);
        }
        return new FunctionDef(name.text, args, body, decorators, returns, typeComment, s.lineno,
                s.colOffset, e.endLineno, e.endColOffset);
    }

    /**
     * At a def's ':', its type comment: on the same line (':' TYPE_COMMENT), or alone on the
     * next line before the indented body (':' NEWLINE TYPE_COMMENT, then NEWLINE INDENT); the
     * ':' and the comment are consumed. Null (nothing consumed) when there is none.
     */
    private String functionTypeComment() {
        Token after = ts.peek(1);
        if (after.type == TokenType.TYPE_COMMENT) {
            if (ts.peek(2).type == TokenType.NEWLINE && ts.peek(3).type == TokenType.TYPE_COMMENT
                    && ts.peek(4).type == TokenType.NEWLINE && ts.peek(5).type == TokenType.INDENT) {
                ts.peek(5);
                throw errorAtLastToken("SyntaxError", "Cannot have two type comments on def");
            }
            ts.pos += 2;
            return after.text;
        }
        if (after.type == TokenType.NEWLINE && ts.peek(2).type == TokenType.TYPE_COMMENT
                && ts.peek(3).type == TokenType.NEWLINE && ts.peek(4).type == TokenType.INDENT) {
            ts.pos += 3;
            return ts.peek(-1).text;
        }
        return null;
    }

    private Stmt classDef(List<Expr> decorators) {
        Token s = ts.peek();
        int mark = ts.pos;
        ts.pos++;
        Token name = expect(TokenType.NAME);
        if (name == null) {
            return fail(mark);
        }
        List<Expr> bases = new ArrayList<>(0);
        List<Keyword> keywords = new ArrayList<>(0);
        if (at(TokenType.LPAR)) {
            Token open = ts.next();
            int argsMark = ts.pos;
            if (!at(TokenType.RPAR) && !callArguments(open, bases, keywords, false)
                    || !accept(TokenType.RPAR)) {
                if (invalidPass) {
                    ts.pos = argsMark;
                    invalidArguments();
                }
                return fail(mark);
            }
        }
        List<Stmt> body = colonBlock(s, false);
        if (body == null) {
            return fail(mark);
        }
        Token e = ts.lastNonWhitespace();
        return new ClassDef(name.text, bases, keywords, body, decorators, s.lineno, s.colOffset,
                e.endLineno, e.endColOffset);
    }

    /** 'if' / 'elif' named_expression ':' block (elif | [else]). */
    private Stmt ifStmt() {
        Token s = ts.peek();
        int mark = ts.pos;
        ts.pos++;
        Expr test = namedExpression();
        if (test == null) {
            return fail(mark);
        }
        List<Stmt> body = colonBlock(s, false);
        if (body == null) {
            return fail(mark);
        }
        List<Stmt> orelse;
        if (at(TokenType.ELIF)) {
            // Each elif nests one rule deeper in CPython; its condition's rules add ELIF_EXTRA.
            enter(1);
            if (level + ELIF_EXTRA > MAX_LEVEL) {
                throw new ParseLimitException("MemoryError", "");
            }
            Stmt elif = ifStmt();
            leave(1);
            if (elif == null) {
                return fail(mark);
            }
            orelse = new ArrayList<>(1);
            orelse.add(elif);
        } else {
            orelse = elseBlock();
            if (orelse == null) {
                return fail(mark);
            }
        }
        Token e = ts.lastNonWhitespace();
        return new If(test, body, orelse, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    /** ['else' ':' block]: an empty list if absent, null if malformed. */
    private List<Stmt> elseBlock() {
        if (!at(TokenType.ELSE)) {
            return new ArrayList<>(0);
        }
        Token t = ts.next();
        return colonBlock(t, true);
    }

    private Stmt whileStmt() {
        Token s = ts.peek();
        int mark = ts.pos;
        ts.pos++;
        Expr test = namedExpression();
        if (test == null) {
            return fail(mark);
        }
        List<Stmt> body = colonBlock(s, false);
        if (body == null) {
            return fail(mark);
        }
        List<Stmt> orelse = elseBlock();
        if (orelse == null) {
            return fail(mark);
        }
        Token e = ts.lastNonWhitespace();
        return new While(test, body, orelse, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    private Stmt forStmt() {
        Token s = ts.peek();
        int mark = ts.pos;
        boolean isAsync = accept(TokenType.ASYNC);
        Token kw = ts.next();
        int afterFor = ts.pos;
        Expr target = starTargets();
        if (target == null || !accept(TokenType.IN)) {
            if (invalidPass) {
                invalidForTarget(afterFor);
            }
            return fail(mark);
        }
        Expr iter = starExpressions();
        if (iter == null) {
            return fail(mark);
        }
        String[] typeComment = new String[1];
        List<Stmt> body = colonBlock(kw, false, typeComment);
        if (body == null) {
            return fail(mark);
        }
        List<Stmt> orelse = elseBlock();
        if (orelse == null) {
            return fail(mark);
        }
        Token e = ts.lastNonWhitespace();
        if (isAsync) {
            return new AsyncFor(target, iter, body, orelse, typeComment[0], s.lineno, s.colOffset,
                    e.endLineno, e.endColOffset);
        }
        return new For(target, iter, body, orelse, typeComment[0], s.lineno, s.colOffset,
                e.endLineno, e.endColOffset);
    }

    private Stmt withStmt() {
        Token s = ts.peek();
        int mark = ts.pos;
        boolean isAsync = accept(TokenType.ASYNC);
        Token kw = ts.next();
        int itemsMark = ts.pos;
        List<WithItem> items = null;
        // only the form without parentheses takes a type comment
        String[] typeComment = null;
        if (at(TokenType.LPAR)) {
            // with ( item, item, ) : -- falls back to a parenthesized expression if not followed by ':'.
            ts.pos++;
            items = withItems(true);
            if (items == null || !accept(TokenType.RPAR) || !at(TokenType.COLON)) {
                items = null;
                ts.pos = itemsMark;
            }
        }
        if (items == null) {
            items = withItems(false);
            if (items == null) {
                if (invalidPass) {
                    invalidWithStatement(itemsMark);
                }
                return fail(mark);
            }
            typeComment = new String[1];
        }
        if (invalidPass && !at(TokenType.COLON)) {
            invalidWithStatement(itemsMark);
        }
        List<Stmt> body = colonBlock(kw, false, typeComment);
        if (body == null) {
            return fail(mark);
        }
        Token e = ts.lastNonWhitespace();
        String comment = typeComment == null ? null : typeComment[0];
        if (isAsync) {
            return new AsyncWith(items, body, comment, s.lineno, s.colOffset, e.endLineno,
                    e.endColOffset);
        }
        return new With(items, body, comment, s.lineno, s.colOffset, e.endLineno,
                e.endColOffset);
    }

    /** ','.with_item+ (with an optional trailing comma inside parentheses). */
    private List<WithItem> withItems(boolean parenthesized) {
        int mark = ts.pos;
        List<WithItem> items = new ArrayList<>(1);
        while (true) {
            Expr ctx = expression();
            if (ctx == null) {
                return fail(mark);
            }
            Expr vars = null;
            if (at(TokenType.AS)) {
                int asMark = ts.pos;
                ts.pos++;
                vars = starTarget();
                TokenType t = ts.type();
                if (vars == null || (t != TokenType.COMMA && t != TokenType.RPAR
                        && t != TokenType.COLON)) {
                    if (invalidPass) {
                        ts.pos = asMark + 1;
                        invalidWithItemTarget();
                    }
                    ts.pos = asMark;
                    vars = null;
                }
            }
            items.add(new WithItem(ctx, vars));
            if (!accept(TokenType.COMMA)) {
                break;
            }
            if (parenthesized && at(TokenType.RPAR)) {
                break;
            }
        }
        return items;
    }

    /** Hook for the second pass: "expected ':'" after with items. */
    abstract void invalidWithStatement(int afterWith);

    /** Hook for the second pass: "cannot assign to ..." after 'as' in a with item. */
    abstract void invalidWithItemTarget();

    private Stmt tryStmt() {
        Token s = ts.peek();
        int mark = ts.pos;
        ts.pos++;
        List<Stmt> body = colonBlock(s, true);
        if (body == null) {
            return fail(mark);
        }
        List<ExceptHandler> handlers = new ArrayList<>(1);
        boolean star = false;
        while (at(TokenType.EXCEPT)) {
            Token ex = ts.next();
            Token starToken = expect(TokenType.STAR);
            boolean isStar = starToken != null;
            if (!handlers.isEmpty() && isStar != star) {
                if (invalidPass) {
                    throw errorAt("SyntaxError",
                            "cannot have both 'except' and 'except*' on the same 'try'", ex,
                            isStar ? starToken : ex);
                }
                return fail(mark);
            }
            if (isStar && at(TokenType.COLON) && invalidPass) {
                Token colon = ts.peek();
                throw errorAt("SyntaxError", "expected one or more exception types", colon, colon);
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!isStar && invalidPass && at(TokenType.NEWLINE)) {
                throw errorAtLastToken("SyntaxError", "expected ':'");
            }
            if (isStar || !at(TokenType.COLON)) {
                type = expression();
                if (type == null) {
                    return fail(mark);
                }
                if (accept(TokenType.AS)) {
                    Token n = expect(TokenType.NAME);
                    if (n == null) {
                        return fail(mark);
                    }
                    name = n.text;
                } else if (invalidPass && at(TokenType.COMMA)) {
                    invalidExceptTypes(type);
                }
            }
            List<Stmt> hbody = colonBlock(ex, false);
            if (hbody == null) {
                return fail(mark);
            }
            Token e = ts.lastNonWhitespace();
            handlers.add(new ExceptHandler(type, name, hbody, ex.lineno, ex.colOffset,
                    e.endLineno, e.endColOffset));
        }
        List<Stmt> orelse = new ArrayList<>(0);
        if (!handlers.isEmpty() && at(TokenType.ELSE)) {
            orelse = elseBlock();
            if (orelse == null) {
                return fail(mark);
            }
        }
        List<Stmt> finalbody = new ArrayList<>(0);
        if (at(TokenType.FINALLY)) {
            Token f = ts.next();
            finalbody = colonBlock(f, true);
            if (finalbody == null) {
                return fail(mark);
            }
        } else if (handlers.isEmpty()) {
            if (invalidPass) {
                ts.peek();
                throw errorAtLastToken("SyntaxError", "expected 'except' or 'finally' block");
            }
            return fail(mark);
        }
        Token e = ts.lastNonWhitespace();
        if (star) {
            return new TryStar(body, handlers, orelse, finalbody, s.lineno, s.colOffset,
                    e.endLineno, e.endColOffset);
        }
        return new Try(body, handlers, orelse, finalbody, s.lineno, s.colOffset, e.endLineno,
                e.endColOffset);
    }

    /** Hook for the second pass: "multiple exception types must be parenthesized". */
    abstract void invalidExceptTypes(Expr first);

    /** "match" subject ':' NEWLINE INDENT case_block+ DEDENT, or null (then it is a simple statement). */
    private Stmt matchStmt() {
        Token s = ts.peek();
        int mark = ts.pos;
        ts.pos++;
        Expr subject;
        Token subjectStart = ts.peek();
        Expr first = starNamedExpression();
        if (first == null) {
            return fail(mark);
        }
        if (at(TokenType.COMMA)) {
            subject = tupleAfterFirst(subjectStart, first, STAR_NAMED_EXPRESSION);
            if (subject == null) {
                return fail(mark);
            }
        } else {
            if (first instanceof org.taipan.ast.Starred) {
                return fail(mark);
            }
            subject = first;
        }
        if (!accept(TokenType.COLON)) {
            if (invalidPass && at(TokenType.NEWLINE)) {
                throw errorAtLastToken("SyntaxError", "expected ':'");
            }
            return fail(mark);
        }
        if (!accept(TokenType.NEWLINE) || !accept(TokenType.INDENT)) {
            if (invalidPass) {
                ts.pos = mark;
                invalidMatchBlock(s);
            }
            return fail(mark);
        }
        List<MatchCase> cases = new ArrayList<>();
        while (atSoftKeyword("case")) {
            MatchCase c = caseBlock();
            if (c == null) {
                return fail(mark);
            }
            cases.add(c);
        }
        if (cases.isEmpty() || !accept(TokenType.DEDENT)) {
            return fail(mark);
        }
        Token e = ts.lastNonWhitespace();
        return new Match(subject, cases, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    /** Hook for the second pass: "expected an indented block after 'match' statement". */
    abstract void invalidMatchBlock(Token match);

    private MatchCase caseBlock() {
        int mark = ts.pos;
        Token kw = ts.next();
        Pattern p = patterns();
        if (p == null) {
            return fail(mark);
        }
        Expr guard = null;
        if (accept(TokenType.IF)) {
            guard = namedExpression();
            if (guard == null) {
                return fail(mark);
            }
        }
        List<Stmt> body = colonBlock(kw, false);
        if (body == null) {
            return fail(mark);
        }
        return new MatchCase(p, guard, body);
    }

    // ---- start rules -----------------------------------------------------------------------------

    /** file: [statements] ENDMARKER. */
    final List<Stmt> fileInput() {
        if (at(TokenType.ENDMARKER)) {
            return new ArrayList<>(0);
        }
        List<Stmt> body = statements(TokenType.ENDMARKER);
        if (body == null || !at(TokenType.ENDMARKER)) {
            return null;
        }
        return body;
    }

    /** eval: expressions NEWLINE* ENDMARKER. */
    final Expr evalInput() {
        Expr e = expressions();
        if (e == null) {
            return null;
        }
        while (accept(TokenType.NEWLINE)) {
            // skip
        }
        return at(TokenType.ENDMARKER) ? e : null;
    }

    /** interactive: statement_newline. */
    final List<Stmt> interactiveInput() {
        if (accept(TokenType.NEWLINE)) {
            return new ArrayList<>(0);
        }
        if (at(TokenType.ENDMARKER)) {
            return null;
        }
        List<Stmt> body = new ArrayList<>(1);
        if (!statement(body)) {
            return null;
        }
        Stmt first = body.get(0);
        boolean compound = body.size() == 1 && isCompound(first);
        if (compound && !accept(TokenType.NEWLINE)) {
            return null;
        }
        Token before = ts.lastFetched();
        if (!at(TokenType.ENDMARKER) && !at(TokenType.NEWLINE)) {
            // CPython's bad_single_statement check: more code after the statement.
            throw raise("SyntaxError", "multiple statements found while compiling a single statement",
                    before.lineno, before.colOffset + 1, before.endLineno, before.endColOffset + 1);
        }
        return body;
    }

    private static boolean isCompound(Stmt s) {
        return s instanceof FunctionDef || s instanceof AsyncFunctionDef || s instanceof ClassDef
                || s instanceof If || s instanceof While || s instanceof For || s instanceof AsyncFor
                || s instanceof With || s instanceof AsyncWith || s instanceof Try
                || s instanceof TryStar || s instanceof Match;
    }

    /** fstring: star_expressions (the text is the parenthesized replacement field). */
    final Expr fstringInput() {
        Expr e = starExpressions();
        if (e == null) {
            return null;
        }
        while (accept(TokenType.NEWLINE)) {
            // skip
        }
        return at(TokenType.ENDMARKER) ? e : null;
    }

    /** func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER. */
    final org.taipan.ast.FunctionType funcTypeInput() {
        if (!accept(TokenType.LPAR)) {
            return null;
        }
        List<Expr> argtypes = new ArrayList<>();
        while (!at(TokenType.RPAR)) {
            if (accept(TokenType.STAR) || accept(TokenType.DOUBLESTAR)) {
                // type_expressions accept */** but drop them
            }
            Expr e = expression();
            if (e == null) {
                return null;
            }
            argtypes.add(e);
            if (!accept(TokenType.COMMA)) {
                break;
            }
        }
        if (!accept(TokenType.RPAR) || !accept(TokenType.RARROW)) {
            return null;
        }
        Expr returns = expression();
        if (returns == null) {
            return null;
        }
        while (accept(TokenType.NEWLINE)) {
            // skip
        }
        return at(TokenType.ENDMARKER) ? new org.taipan.ast.FunctionType(argtypes, returns) : null;
    }
}
