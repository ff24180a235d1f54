package org.taipan.compile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.*;
import org.taipan.ast.Module;

/**
 * CPython 3.11's AST optimiser ({@code Python/ast_opt.c}'s rules): folds unary and binary
 * operations on constants within CPython's size limits, constant subscripts, tuples of constants,
 * {@code __debug__}, {@code not (a is b)} into {@code a is not b}, and turns literal lists and
 * sets iterated over or tested with {@code in} into tuples and frozensets. Nodes are rewritten in
 * place; a folded node keeps the position of the node it replaces.
 */
final class ConstantFolder {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_TOTAL_ITEMS = 1024;

    private final int optimize;
    private final boolean futureAnnotations;

    private ConstantFolder(int optimize, boolean futureAnnotations) {
        this.optimize = optimize;
        this.futureAnnotations = futureAnnotations;
    }

    static void fold(Mod mod, int optimize, boolean futureAnnotations) {
        ConstantFolder f = new ConstantFolder(optimize, futureAnnotations);
        if (mod instanceof Module m) {
            f.stmts(m.body);
        } else if (mod instanceof Interactive i) {
            f.stmts(i.body);
        } else if (mod instanceof Expression e) {
            e.body = f.expr(e.body);
        }
    }

    static ConstantFrozenSet frozenSet(Object[] items) {
        List<Object> unique = new ArrayList<>();
        for (Object o : items) {
            boolean dup = false;
            for (Object u : unique) {
                if (pyEquals(u, o)) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                unique.add(o);
            }
        }
        return new ConstantFrozenSet(unique.toArray());
    }

    /** Python equality between constants, enough for set membership (1 == 1.0 == True). */
    static boolean pyEquals(Object a, Object b) {
        Object na = numeric(a);
        Object nb = numeric(b);
        if (na != null && nb != null) {
            if (na instanceof BigInteger x && nb instanceof BigInteger y) {
                return x.equals(y);
            }
            return toDouble(na) == toDouble(nb);
        }
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals(b);
    }

    private static Object numeric(Object o) {
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (o instanceof BigInteger || o instanceof Double) {
            return o;
        }
        return null;
    }

    // ---------------------------------------------------------------- traversal

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void exprs(List<Expr> es) {
        if (es == null) {
            return;
        }
        for (int i = 0; i < es.size(); i++) {
            if (es.get(i) != null) {
                es.set(i, expr(es.get(i)));
            }
        }
    }

    private Expr opt(Expr e) {
        return e == null ? null : expr(e);
    }

    private Expr annotation(Expr e) {
        return futureAnnotations ? e : opt(e);
    }

    private void arguments(Arguments a) {
        for (List<Arg> l : List.of(a.posonlyargs, a.args, a.kwonlyargs)) {
            for (Arg arg : l) {
                arg.annotation = annotation(arg.annotation);
            }
        }
        if (a.vararg != null) {
            a.vararg.annotation = annotation(a.vararg.annotation);
        }
        if (a.kwarg != null) {
            a.kwarg.annotation = annotation(a.kwarg.annotation);
        }
        exprs(a.kwDefaults);
        exprs(a.defaults);
    }

    private void stmt(Stmt s) {
        if (s instanceof FunctionDef f) {
            arguments(f.args);
            stmts(f.body);
            exprs(f.decoratorList);
            f.returns = annotation(f.returns);
        } else if (s instanceof AsyncFunctionDef f) {
            arguments(f.args);
            stmts(f.body);
            exprs(f.decoratorList);
            f.returns = annotation(f.returns);
        } else if (s instanceof ClassDef c) {
            exprs(c.bases);
            for (Keyword k : c.keywords) {
                k.value = expr(k.value);
            }
            stmts(c.body);
            exprs(c.decoratorList);
        } else if (s instanceof Return r) {
            r.value = opt(r.value);
        } else if (s instanceof Delete d) {
            exprs(d.targets);
        } else if (s instanceof Assign a) {
            exprs(a.targets);
            a.value = expr(a.value);
        } else if (s instanceof AugAssign a) {
            a.target = expr(a.target);
            a.value = expr(a.value);
        } else if (s instanceof AnnAssign a) {
            a.target = expr(a.target);
            a.annotation = annotation(a.annotation);
            a.value = opt(a.value);
        } else if (s instanceof For f) {
            f.target = expr(f.target);
            f.iter = expr(f.iter);
            stmts(f.body);
            stmts(f.orelse);
            f.iter = foldIter(f.iter);
        } else if (s instanceof AsyncFor f) {
            f.target = expr(f.target);
            f.iter = expr(f.iter);
            stmts(f.body);
            stmts(f.orelse);
        } else if (s instanceof While w) {
            w.test = expr(w.test);
            stmts(w.body);
            stmts(w.orelse);
        } else if (s instanceof If i) {
            i.test = expr(i.test);
            stmts(i.body);
            stmts(i.orelse);
        } else if (s instanceof With w) {
            withItems(w.items);
            stmts(w.body);
        } else if (s instanceof AsyncWith w) {
            withItems(w.items);
            stmts(w.body);
        } else if (s instanceof Raise r) {
            r.exc = opt(r.exc);
            r.cause = opt(r.cause);
        } else if (s instanceof Try t) {
            stmts(t.body);
            handlers(t.handlers);
            stmts(t.orelse);
            stmts(t.finalbody);
        } else if (s instanceof TryStar t) {
            stmts(t.body);
            handlers(t.handlers);
            stmts(t.orelse);
            stmts(t.finalbody);
        } else if (s instanceof Assert a) {
            a.test = expr(a.test);
            a.msg = opt(a.msg);
        } else if (s instanceof ExprStmt e) {
            e.value = expr(e.value);
        } else if (s instanceof Match m) {
            m.subject = expr(m.subject);
            for (MatchCase c : m.cases) {
                pattern(c.pattern);
                c.guard = opt(c.guard);
                stmts(c.body);
            }
        }
    }

    private void withItems(List<WithItem> items) {
        for (WithItem w : items) {
            w.contextExpr = expr(w.contextExpr);
            w.optionalVars = opt(w.optionalVars);
        }
    }

    private void handlers(List<ExceptHandler> hs) {
        for (ExceptHandler h : hs) {
            h.type = opt(h.type);
            stmts(h.body);
        }
    }

    private void pattern(Pattern p) {
        if (p instanceof MatchValue v) {
            v.value = expr(v.value);
        } else if (p instanceof MatchSequence s) {
            s.patterns.forEach(this::pattern);
        } else if (p instanceof MatchMapping m) {
            exprs(m.keys);
            m.patterns.forEach(this::pattern);
        } else if (p instanceof MatchClass c) {
            c.cls = expr(c.cls);
            c.patterns.forEach(this::pattern);
            c.kwdPatterns.forEach(this::pattern);
        } else if (p instanceof MatchAs a) {
            if (a.pattern != null) {
                pattern(a.pattern);
            }
        } else if (p instanceof MatchOr o) {
            o.patterns.forEach(this::pattern);
        }
    }

    private void comprehensions(List<Comprehension> gens) {
        for (Comprehension c : gens) {
            c.target = expr(c.target);
            c.iter = expr(c.iter);
            exprs(c.ifs);
            c.iter = foldIter(c.iter);
        }
    }

    Expr expr(Expr e) {
        if (e instanceof BoolOp b) {
            exprs(b.values);
        } else if (e instanceof BinOp b) {
            b.left = expr(b.left);
            b.right = expr(b.right);
            return foldBinOp(b);
        } else if (e instanceof UnaryOp u) {
            u.operand = expr(u.operand);
            return foldUnaryOp(u);
        } else if (e instanceof Lambda l) {
            arguments(l.args);
            l.body = expr(l.body);
        } else if (e instanceof IfExp i) {
            i.test = expr(i.test);
            i.body = expr(i.body);
            i.orelse = expr(i.orelse);
        } else if (e instanceof DictExpr d) {
            exprs(d.keys);
            exprs(d.values);
        } else if (e instanceof SetExpr s) {
            exprs(s.elts);
        } else if (e instanceof ListComp l) {
            l.elt = expr(l.elt);
            comprehensions(l.generators);
        } else if (e instanceof SetComp s) {
            s.elt = expr(s.elt);
            comprehensions(s.generators);
        } else if (e instanceof DictComp d) {
            d.key = expr(d.key);
            d.value = expr(d.value);
            comprehensions(d.generators);
        } else if (e instanceof GeneratorExp g) {
            g.elt = expr(g.elt);
            comprehensions(g.generators);
        } else if (e instanceof Await a) {
            a.value = expr(a.value);
        } else if (e instanceof Yield y) {
            y.value = opt(y.value);
        } else if (e instanceof YieldFrom y) {
            y.value = expr(y.value);
        } else if (e instanceof Compare c) {
            c.left = expr(c.left);
            exprs(c.comparators);
            int last = c.ops.size() - 1;
            ComparisonOperator op = c.ops.get(last);
            if (op == ComparisonOperator.In || op == ComparisonOperator.NotIn) {
                c.comparators.set(last, foldIter(c.comparators.get(last)));
            }
        } else if (e instanceof Call c) {
            c.func = expr(c.func);
            exprs(c.args);
            for (Keyword k : c.keywords) {
                k.value = expr(k.value);
            }
        } else if (e instanceof FormattedValue f) {
            f.value = expr(f.value);
            f.formatSpec = opt(f.formatSpec);
        } else if (e instanceof JoinedStr j) {
            exprs(j.values);
        } else if (e instanceof Attribute a) {
            a.value = expr(a.value);
        } else if (e instanceof Subscript s) {
            s.value = expr(s.value);
            s.slice = expr(s.slice);
            if (s.ctx == ExprContext.Load) {
                return foldSubscript(s);
            }
        } else if (e instanceof Starred s) {
            s.value = expr(s.value);
        } else if (e instanceof Slice s) {
            s.lower = opt(s.lower);
            s.upper = opt(s.upper);
            s.step = opt(s.step);
        } else if (e instanceof ListExpr l) {
            exprs(l.elts);
        } else if (e instanceof TupleExpr t) {
            exprs(t.elts);
            if (t.ctx == ExprContext.Load) {
                Object[] items = constantItems(t.elts);
                if (items != null) {
                    return constant(new ConstantTuple(items), t);
                }
            }
        } else if (e instanceof Name n) {
            if (n.ctx == ExprContext.Load && n.id.equals("__debug__")) {
                return constant(optimize == 0, n);
            }
        } else if (e instanceof NamedExpr n) {
            n.value = expr(n.value);
        }
        return e;
    }

    private static Constant constant(Object value, Located at) {
        return new Constant(value, null, at.lineno, at.colOffset, at.endLineno, at.endColOffset);
    }

    private static Object[] constantItems(List<Expr> elts) {
        Object[] items = new Object[elts.size()];
        for (int i = 0; i < items.length; i++) {
            if (!(elts.get(i) instanceof Constant c)) {
                return null;
            }
            items[i] = c.value;
        }
        return items;
    }

    private static boolean hasStarred(List<Expr> elts) {
        for (Expr e : elts) {
            if (e instanceof Starred) {
                return true;
            }
        }
        return false;
    }

    private Expr foldIter(Expr arg) {
        if (arg instanceof ListExpr l) {
            if (hasStarred(l.elts)) {
                return arg;
            }
            TupleExpr t = new TupleExpr(l.elts, l.ctx, l.lineno, l.colOffset, l.endLineno, l.endColOffset);
            Object[] items = constantItems(l.elts);
            return items == null ? t : constant(new ConstantTuple(items), l);
        } else if (arg instanceof SetExpr s) {
            Object[] items = constantItems(s.elts);
            if (items != null) {
                for (Object o : items) {
                    if (!hashable(o)) {
                        return arg;
                    }
                }
                return constant(frozenSet(items), s);
            }
        }
        return arg;
    }

    private static boolean hashable(Object o) {
        if (o instanceof ConstantTuple t) {
            for (Object x : t.items()) {
                if (!hashable(x)) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- unary

    private Expr foldUnaryOp(UnaryOp u) {
        if (!(u.operand instanceof Constant c)) {
            if (u.op == UnaryOperator.Not && u.operand instanceof Compare cmp && cmp.ops.size() == 1) {
                ComparisonOperator op = cmp.ops.get(0);
                ComparisonOperator inv = null;
                switch (op) {
                    case Is: inv = ComparisonOperator.IsNot; break;
                    case IsNot: inv = ComparisonOperator.Is; break;
                    case In: inv = ComparisonOperator.NotIn; break;
                    case NotIn: inv = ComparisonOperator.In; break;
                    default: break;
                }
                if (inv != null) {
                    List<ComparisonOperator> ops = new ArrayList<>(cmp.ops);
                    ops.set(0, inv);
                    cmp.ops = ops;
                    return cmp;
                }
            }
            return u;
        }
        Object v = c.value;
        Object r = null;
        switch (u.op) {
            case Not:
                r = !Peephole.isTrue(v);
                break;
            case UAdd:
                if (v instanceof Boolean b) {
                    r = b ? BigInteger.ONE : BigInteger.ZERO;
                } else if (v instanceof BigInteger || v instanceof Double || v instanceof ComplexLiteral) {
                    r = v;
                }
                break;
            case USub:
                if (v instanceof Boolean b) {
                    r = b ? BigInteger.ONE.negate() : BigInteger.ZERO;
                } else if (v instanceof BigInteger i) {
                    r = i.negate();
                } else if (v instanceof Double d) {
                    r = -d;
                } else if (v instanceof ComplexLiteral z) {
                    r = new ComplexLiteral(-z.real(), -z.imag());
                }
                break;
            default:
                if (v instanceof Boolean b) {
                    r = b ? BigInteger.valueOf(-2) : BigInteger.ONE.negate();
                } else if (v instanceof BigInteger i) {
                    r = i.not();
                }
                break;
        }
        return r == null ? u : constant(r, u);
    }

    // ---------------------------------------------------------------- binary

    private Expr foldBinOp(BinOp b) {
        if (b.op == BinaryOperator.Mod && b.left instanceof Constant fmt && fmt.value instanceof String f
                && b.right instanceof TupleExpr t && !hasStarred(t.elts)) {
            return PercentFormatFolder.optimize(b, f, t.elts);
        }
        if (!(b.left instanceof Constant l) || !(b.right instanceof Constant r)) {
            return b;
        }
        Object v;
        try {
            v = binary(b.op, l.value, r.value);
        } catch (ArithmeticException e) {
            v = null;
        }
        return v == null ? b : constant(v, b);
    }

    private static BigInteger asInt(Object o) {
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return o instanceof BigInteger i ? i : null;
    }

    private static boolean isNumber(Object o) {
        return o instanceof Boolean || o instanceof BigInteger || o instanceof Double;
    }

    private static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        BigInteger i = asInt(o);
        if (i.bitLength() > 1024) {
            throw new ArithmeticException("int too large to convert to float");
        }
        double d = i.doubleValue();
        if (Double.isInfinite(d)) {
            throw new ArithmeticException("int too large to convert to float");
        }
        return d;
    }

    private static Object binary(BinaryOperator op, Object a, Object b) {
        BigInteger x = asInt(a);
        BigInteger y = asInt(b);
        if (x != null && y != null) {
            return intOp(op, x, y, a instanceof Boolean && b instanceof Boolean);
        }
        if (isNumber(a) && isNumber(b)) {
            return floatOp(op, toDouble(a), toDouble(b));
        }
        if ((a instanceof ComplexLiteral || isNumber(a)) && (b instanceof ComplexLiteral || isNumber(b))) {
            return complexOp(op, a, b);
        }
        switch (op) {
            case Add:
                // Java strings joined end to end would pair a trailing lone high surrogate
                // with a leading low one; Python keeps two code points (a CodePointString).
                if (a instanceof String s && b instanceof String t && !pairsAcross(s, t)) {
                    return s + t;
                }
                if (codePoints(a) != null && codePoints(b) != null) {
                    int[] x1 = codePoints(a);
                    int[] y1 = codePoints(b);
                    int[] r = java.util.Arrays.copyOf(x1, x1.length + y1.length);
                    System.arraycopy(y1, 0, r, x1.length, y1.length);
                    return CodePointString.of(r);
                }
                if (a instanceof BytesLiteral s && b instanceof BytesLiteral t) {
                    byte[] r = new byte[s.length() + t.length()];
                    System.arraycopy(s.bytes(), 0, r, 0, s.length());
                    System.arraycopy(t.bytes(), 0, r, s.length(), t.length());
                    return new BytesLiteral(r);
                }
                if (a instanceof ConstantTuple s && b instanceof ConstantTuple t) {
                    Object[] r = new Object[s.items().length + t.items().length];
                    System.arraycopy(s.items(), 0, r, 0, s.items().length);
                    System.arraycopy(t.items(), 0, r, s.items().length, t.items().length);
                    return new ConstantTuple(r);
                }
                return null;
            case Mult:
                if (x != null) {
                    return repeat(b, x);
                }
                if (y != null) {
                    return repeat(a, y);
                }
                return null;
            default:
                return null;
        }
    }

    /** Whether {@code s + t} as Java strings would join a surrogate pair that Python keeps apart. */
    private static boolean pairsAcross(String s, String t) {
        return !s.isEmpty() && !t.isEmpty() && Character.isHighSurrogate(s.charAt(s.length() - 1))
                && Character.isLowSurrogate(t.charAt(0));
    }

    /** The code points of a str constant (String or CodePointString), else null. */
    private static int[] codePoints(Object o) {
        if (o instanceof String s) {
            return s.codePoints().toArray();
        }
        if (o instanceof CodePointString c) {
            return c.codePoints();
        }
        return null;
    }

    private static Object repeat(Object seq, BigInteger count) {
        if (seq instanceof CodePointString c) {
            int size = c.length();
            if (count.bitLength() > 62) {
                return null;
            }
            long n = count.longValue();
            if (size > 0 && (n < 0 || n > MAX_STR_SIZE / size)) {
                return null;
            }
            int times = (int) Math.max(0, n);
            int[] src = c.codePoints();
            int[] r = new int[src.length * times];
            for (int i = 0; i < times; i++) {
                System.arraycopy(src, 0, r, i * src.length, src.length);
            }
            return CodePointString.of(r);
        }
        int size;
        if (seq instanceof String s) {
            size = s.codePointCount(0, s.length());
        } else if (seq instanceof BytesLiteral bl) {
            size = bl.length();
        } else if (seq instanceof ConstantTuple t) {
            size = t.items().length;
        } else {
            return null;
        }
        if (count.bitLength() > 62) {
            return null;
        }
        long n = count.longValue();
        if (size > 0) {
            long limit = seq instanceof ConstantTuple ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
            if (n < 0 || n > limit / size) {
                return null;
            }
            if (seq instanceof ConstantTuple t && n > 0 && complexity(t) > MAX_TOTAL_ITEMS / n) {
                return null;
            }
        }
        int times = (int) Math.max(0, n);
        if (seq instanceof String s) {
            if (times > 1 && pairsAcross(s, s)) {
                // Repeating must not pair one copy's trailing high surrogate with the next
                // copy's leading low one.
                int[] src = codePoints(s);
                int[] r = new int[src.length * times];
                for (int i = 0; i < times; i++) {
                    System.arraycopy(src, 0, r, i * src.length, src.length);
                }
                return CodePointString.of(r);
            }
            return s.repeat(times);
        }
        if (seq instanceof BytesLiteral bl) {
            byte[] src = bl.bytes();
            byte[] r = new byte[src.length * times];
            for (int i = 0; i < times; i++) {
                System.arraycopy(src, 0, r, i * src.length, src.length);
            }
            return new BytesLiteral(r);
        }
        Object[] items = ((ConstantTuple) seq).items();
        Object[] r = new Object[items.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(items, 0, r, i * items.length, items.length);
        }
        return new ConstantTuple(r);
    }

    private static long complexity(ConstantTuple t) {
        long n = t.items().length;
        for (Object o : t.items()) {
            if (o instanceof ConstantTuple inner) {
                n += complexity(inner);
            }
        }
        return n;
    }

    private static Object intOp(BinaryOperator op, BigInteger x, BigInteger y, boolean bothBool) {
        switch (op) {
            case Add: return x.add(y);
            case Sub: return x.subtract(y);
            case Mult:
                if (x.signum() != 0 && y.signum() != 0 && x.abs().bitLength() + y.abs().bitLength() > MAX_INT_SIZE) {
                    return null;
                }
                return x.multiply(y);
            case Div: {
                if (y.signum() == 0) {
                    return null;
                }
                BigDecimal q = new BigDecimal(x).divide(new BigDecimal(y), MathContext.DECIMAL128);
                double d = q.doubleValue();
                if (Double.isInfinite(d)) {
                    return null;
                }
                return d;
            }
            case FloorDiv: {
                if (y.signum() == 0) {
                    return null;
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
                    q = q.subtract(BigInteger.ONE);
                }
                return q;
            }
            case Mod: {
                if (y.signum() == 0) {
                    return null;
                }
                BigInteger r = x.mod(y.abs());
                if (y.signum() < 0 && r.signum() != 0) {
                    r = r.add(y);
                }
                return r;
            }
            case Pow: {
                if (y.signum() < 0) {
                    if (x.signum() == 0) {
                        return null;
                    }
                    return floatOp(op, toDouble(x), toDouble(y));
                }
                if (x.signum() != 0 && y.signum() > 0) {
                    long vbits = x.abs().bitLength();
                    if (y.bitLength() > 62) {
                        return null;
                    }
                    long wbits = y.longValue();
                    if (vbits > MAX_INT_SIZE / wbits) {
                        return null;
                    }
                }
                if (y.bitLength() > 31) {
                    return x.abs().compareTo(BigInteger.ONE) <= 0 ? x.pow(y.testBit(0) ? 1 : 2) : null;
                }
                return x.pow(y.intValue());
            }
            case LShift: {
                if (y.signum() < 0) {
                    return null;
                }
                if (x.signum() != 0 && y.signum() != 0) {
                    long vbits = x.abs().bitLength();
                    if (y.bitLength() > 62) {
                        return null;
                    }
                    long wbits = y.longValue();
                    if (wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits) {
                        return null;
                    }
                    return x.shiftLeft((int) wbits);
                }
                return x;
            }
            case RShift:
                if (y.signum() < 0) {
                    return null;
                }
                return y.bitLength() > 31 ? (x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                        : x.shiftRight(y.intValue());
            case BitAnd: return bothBool ? (Object) (x.and(y).signum() != 0) : x.and(y);
            case BitOr: return bothBool ? (Object) (x.or(y).signum() != 0) : x.or(y);
            case BitXor: return bothBool ? (Object) (x.xor(y).signum() != 0) : x.xor(y);
            default: return null;
        }
    }

    private static Object floatOp(BinaryOperator op, double x, double y) {
        double r;
        switch (op) {
            case Add: r = x + y; break;
            case Sub: r = x - y; break;
            case Mult: r = x * y; break;
            case Div:
                if (y == 0.0) {
                    return null;
                }
                r = x / y;
                break;
            case FloorDiv: {
                if (y == 0.0) {
                    return null;
                }
                double mod = x % y;
                double div = (x - mod) / y;
                if (mod != 0 && (y < 0) != (mod < 0)) {
                    div -= 1.0;
                }
                double floordiv;
                if (div != 0) {
                    floordiv = Math.floor(div);
                    if (div - floordiv > 0.5) {
                        floordiv += 1.0;
                    }
                } else {
                    floordiv = Math.copySign(0.0, x / y);
                }
                r = floordiv;
                break;
            }
            case Mod: {
                if (y == 0.0) {
                    return null;
                }
                double mod = x % y;
                if (mod != 0) {
                    if ((y < 0) != (mod < 0)) {
                        mod += y;
                    }
                } else {
                    mod = Math.copySign(0.0, y);
                }
                r = mod;
                break;
            }
            case Pow:
                if (x == 0.0 && y < 0) {
                    return null;
                }
                if (x < 0 && y != Math.floor(y)) {
                    // Python delegates to complex power, folded with the runtime's algorithm.
                    double[] z = pow(x, 0.0, y, 0.0);
                    if (z == null || Double.isInfinite(z[0]) || Double.isInfinite(z[1])) {
                        return null;
                    }
                    return new ComplexLiteral(z[0], z[1]);
                }
                r = Math.pow(x, y);
                break;
            default:
                return null;
        }
        // Only ** raises OverflowError; +, - and * overflow to an infinity.
        if (op == BinaryOperator.Pow && Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            return null;
        }
        return r;
    }

    private static Object complexOp(BinaryOperator op, Object a, Object b) {
        double ar;
        double ai;
        double br;
        double bi;
        if (a instanceof ComplexLiteral c) {
            ar = c.real();
            ai = c.imag();
        } else {
            ar = toDouble(a);
            ai = 0.0;
        }
        if (b instanceof ComplexLiteral c) {
            br = c.real();
            bi = c.imag();
        } else {
            br = toDouble(b);
            bi = 0.0;
        }
        double[] r;
        switch (op) {
            case Add: r = new double[] {ar + br, ai + bi}; break;
            case Sub: r = new double[] {ar - br, ai - bi}; break;
            case Mult: r = prod(ar, ai, br, bi); break;
            case Div: r = quot(ar, ai, br, bi); break;
            case Pow: r = pow(ar, ai, br, bi); break;
            default: return null;
        }
        if (r == null || op == BinaryOperator.Pow && (Double.isInfinite(r[0]) || Double.isInfinite(r[1]))) {
            return null;
        }
        return new ComplexLiteral(r[0], r[1]);
    }

    private static double[] prod(double ar, double ai, double br, double bi) {
        return new double[] {ar * br - ai * bi, ar * bi + ai * br};
    }

    /** CPython's complex division (scaled to avoid overflow); null for division by zero. */
    private static double[] quot(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return null;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        } else if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    /** CPython's complex power: repeated squaring for small integral exponents. */
    private static double[] pow(double ar, double ai, double br, double bi) {
        if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            long n = (long) br;
            double[] x = n > 0 ? powu(ar, ai, n) : powu(ar, ai, -n);
            return n > 0 ? x : quot(1.0, 0.0, x[0], x[1]);
        }
        if (br == 0.0 && bi == 0.0) {
            return new double[] {1.0, 0.0};
        }
        if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) {
                return null;
            }
            return new double[] {0.0, 0.0};
        }
        // The same Math functions as the runtime's ComplexMethods.pow, so a folded constant is
        // the value the program would compute (StrictMath can differ from Math by an ulp).
        double vabs = Math.hypot(ar, ai);
        double len = Math.pow(vabs, br);
        double at = Math.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        return new double[] {len * Math.cos(phase), len * Math.sin(phase)};
    }

    private static double[] powu(double xr, double xi, long n) {
        double[] r = {1.0, 0.0};
        double[] p = {xr, xi};
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = prod(r[0], r[1], p[0], p[1]);
            }
            mask <<= 1;
            p = prod(p[0], p[1], p[0], p[1]);
        }
        return r;
    }

    private Expr foldSubscript(Subscript s) {
        if (!(s.value instanceof Constant c) || !(s.slice instanceof Constant idx)) {
            return s;
        }
        BigInteger i = asInt(idx.value);
        if (i == null || i.bitLength() > 31) {
            return s;
        }
        int k = i.intValue();
        Object v = c.value;
        Object r = null;
        if (v instanceof CodePointString cps) {
            if (k < 0) {
                k += cps.length();
            }
            if (k >= 0 && k < cps.length()) {
                r = CodePointString.of(new int[] {cps.codePointAt(k)});
            }
        } else if (v instanceof String str) {
            int n = str.codePointCount(0, str.length());
            if (k < 0) {
                k += n;
            }
            if (k >= 0 && k < n) {
                int off = str.offsetByCodePoints(0, k);
                r = new String(Character.toChars(str.codePointAt(off)));
            }
        } else if (v instanceof BytesLiteral b) {
            if (k < 0) {
                k += b.length();
            }
            if (k >= 0 && k < b.length()) {
                r = BigInteger.valueOf(b.byteAt(k) & 0xFF);
            }
        } else if (v instanceof ConstantTuple t) {
            if (k < 0) {
                k += t.items().length;
            }
            if (k >= 0 && k < t.items().length) {
                r = t.items()[k];
            }
        }
        return r == null ? s : constant(r, s);
    }
}
