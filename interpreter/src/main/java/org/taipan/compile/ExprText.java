package org.taipan.compile;

import java.util.List;
import org.taipan.ast.*;
import org.taipan.format.PyRepr;

/**
 * Writes an expression back as source text with minimal parentheses, the way CPython's
 * {@code ast_unparse.c} does for postponed annotations (PEP 563).
 */
final class ExprText {
    private static final int TUPLE = 0;
    private static final int TEST = 1;
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int CMP = 5;
    private static final int BOR = 6;
    private static final int BXOR = 7;
    private static final int BAND = 8;
    private static final int SHIFT = 9;
    private static final int ARITH = 10;
    private static final int TERM = 11;
    private static final int FACTOR = 12;
    private static final int POWER = 13;
    private static final int AWAIT = 14;
    private static final int ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    String text(Expr e) {
        expr(e, TEST);
        return out.toString();
    }

    private void expr(Expr e, int level) {
        if (e instanceof BoolOp b) {
            int pr = b.op == BooleanOperator.And ? AND : OR;
            open(level > pr);
            for (int i = 0; i < b.values.size(); i++) {
                if (i > 0) {
                    out.append(b.op == BooleanOperator.And ? " and " : " or ");
                }
                expr(b.values.get(i), pr + 1);
            }
            close(level > pr);
        } else if (e instanceof BinOp b) {
            int pr = binPrec(b.op);
            boolean rassoc = b.op == BinaryOperator.Pow;
            open(level > pr);
            expr(b.left, pr + (rassoc ? 1 : 0));
            out.append(' ').append(binOp(b.op)).append(' ');
            expr(b.right, pr + (rassoc ? 0 : 1));
            close(level > pr);
        } else if (e instanceof UnaryOp u) {
            int pr = u.op == UnaryOperator.Not ? NOT : FACTOR;
            open(level > pr);
            out.append(u.op == UnaryOperator.Not ? "not " : u.op == UnaryOperator.Invert ? "~"
                    : u.op == UnaryOperator.UAdd ? "+" : "-");
            expr(u.operand, pr);
            close(level > pr);
        } else if (e instanceof Lambda l) {
            open(level > TEST);
            out.append("lambda");
            if (!l.args.args.isEmpty() || !l.args.posonlyargs.isEmpty() || l.args.vararg != null
                    || !l.args.kwonlyargs.isEmpty() || l.args.kwarg != null) {
                out.append(' ');
                arguments(l.args);
            }
            out.append(": ");
            expr(l.body, TEST);
            close(level > TEST);
        } else if (e instanceof IfExp i) {
            open(level > TEST);
            expr(i.body, TEST + 1);
            out.append(" if ");
            expr(i.test, TEST + 1);
            out.append(" else ");
            expr(i.orelse, TEST);
            close(level > TEST);
        } else if (e instanceof DictExpr d) {
            out.append('{');
            for (int i = 0; i < d.keys.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                if (d.keys.get(i) == null) {
                    out.append("**");
                    expr(d.values.get(i), BOR);
                } else {
                    expr(d.keys.get(i), TEST);
                    out.append(": ");
                    expr(d.values.get(i), TEST);
                }
            }
            out.append('}');
        } else if (e instanceof SetExpr s) {
            if (s.elts.isEmpty()) {
                out.append("{*()}");
            } else {
                out.append('{');
                seq(s.elts);
                out.append('}');
            }
        } else if (e instanceof ListComp c) {
            comprehension('[', c.elt, c.generators, ']');
        } else if (e instanceof SetComp c) {
            comprehension('{', c.elt, c.generators, '}');
        } else if (e instanceof DictComp c) {
            out.append('{');
            expr(c.key, TEST);
            out.append(": ");
            expr(c.value, TEST);
            comprehensions(c.generators);
            out.append('}');
        } else if (e instanceof GeneratorExp c) {
            comprehension('(', c.elt, c.generators, ')');
        } else if (e instanceof Await a) {
            open(level > AWAIT);
            out.append("await ");
            expr(a.value, ATOM);
            close(level > AWAIT);
        } else if (e instanceof Yield y) {
            out.append("(yield");
            if (y.value != null) {
                out.append(' ');
                expr(y.value, TEST);
            }
            out.append(')');
        } else if (e instanceof YieldFrom y) {
            out.append("(yield from ");
            expr(y.value, TEST);
            out.append(')');
        } else if (e instanceof Compare c) {
            open(level > CMP);
            expr(c.left, CMP + 1);
            for (int i = 0; i < c.ops.size(); i++) {
                out.append(' ').append(cmpOp(c.ops.get(i))).append(' ');
                expr(c.comparators.get(i), CMP + 1);
            }
            close(level > CMP);
        } else if (e instanceof Call c) {
            expr(c.func, ATOM);
            if (c.args.size() == 1 && c.keywords.isEmpty() && c.args.get(0) instanceof GeneratorExp) {
                expr(c.args.get(0), TEST);
                return;
            }
            out.append('(');
            boolean first = true;
            for (Expr a : c.args) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                expr(a, TEST);
            }
            for (Keyword k : c.keywords) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                if (k.arg == null) {
                    out.append("**");
                } else {
                    out.append(k.arg).append('=');
                }
                expr(k.value, TEST);
            }
            out.append(')');
        } else if (e instanceof Constant c) {
            constant(c.value);
        } else if (e instanceof JoinedStr j) {
            out.append("f").append(PyRepr.str(fstringBody(j.values)));
        } else if (e instanceof FormattedValue f) {
            out.append("f").append(PyRepr.str(fstringBody(List.of(f))));
        } else if (e instanceof Attribute a) {
            expr(a.value, ATOM);
            if (a.value instanceof Constant c && c.value instanceof java.math.BigInteger) {
                out.append(' ');
            }
            out.append('.').append(a.attr);
        } else if (e instanceof Subscript s) {
            expr(s.value, ATOM);
            out.append('[');
            if (s.slice instanceof TupleExpr t && !t.elts.isEmpty()) {
                for (int i = 0; i < t.elts.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    expr(t.elts.get(i), TEST);
                }
                if (t.elts.size() == 1) {
                    out.append(',');
                }
            } else {
                expr(s.slice, TUPLE);
            }
            out.append(']');
        } else if (e instanceof Starred s) {
            out.append('*');
            expr(s.value, BOR);
        } else if (e instanceof Name n) {
            out.append(n.id);
        } else if (e instanceof ListExpr l) {
            out.append('[');
            seq(l.elts);
            out.append(']');
        } else if (e instanceof TupleExpr t) {
            if (t.elts.isEmpty()) {
                out.append("()");
                return;
            }
            open(level > TUPLE);
            seq(t.elts);
            if (t.elts.size() == 1) {
                out.append(',');
            }
            close(level > TUPLE);
        } else if (e instanceof Slice s) {
            if (s.lower != null) {
                expr(s.lower, TEST);
            }
            out.append(':');
            if (s.upper != null) {
                expr(s.upper, TEST);
            }
            if (s.step != null) {
                out.append(':');
                expr(s.step, TEST);
            }
        } else if (e instanceof NamedExpr n) {
            open(level > TUPLE);
            expr(n.target, ATOM);
            out.append(" := ");
            expr(n.value, ATOM);
            close(level > TUPLE);
        }
    }

    private String fstringBody(List<Expr> values) {
        StringBuilder sb = new StringBuilder();
        for (Expr v : values) {
            if (v instanceof Constant c && c.value instanceof String s) {
                sb.append(s.replace("{", "{{").replace("}", "}}"));
            } else if (v instanceof FormattedValue f) {
                String inner = new ExprText().textAt(f.value, TEST + 1);
                sb.append('{');
                if (inner.startsWith("{")) {
                    sb.append(' ');
                }
                sb.append(inner);
                if (f.conversion > 0) {
                    sb.append('!').append((char) f.conversion);
                }
                if (f.formatSpec instanceof JoinedStr spec) {
                    sb.append(':').append(fstringBody(spec.values));
                }
                sb.append('}');
            }
        }
        return sb.toString();
    }

    private String textAt(Expr e, int level) {
        expr(e, level);
        return out.toString();
    }

    private void constant(Object v) {
        if (v instanceof Double d && Double.isInfinite(d)) {
            out.append(d > 0 ? "1e309" : "-1e309");
        } else if (v instanceof ComplexLiteral c && Double.isInfinite(c.imag())) {
            out.append("1e309j");
        } else if (v instanceof EllipsisLiteral) {
            out.append("...");
        } else if (v instanceof ConstantTuple t) {
            out.append('(');
            for (int i = 0; i < t.items().length; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                constant(t.items()[i]);
            }
            if (t.items().length == 1) {
                out.append(',');
            }
            out.append(')');
        } else {
            out.append(AstDump.constant(v));
        }
    }

    private void seq(List<Expr> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(elts.get(i), TEST);
        }
    }

    /** A list, set or generator comprehension: the element and its clauses between brackets. */
    private void comprehension(char opening, Expr elt, List<Comprehension> generators, char closing) {
        out.append(opening);
        expr(elt, TEST);
        comprehensions(generators);
        out.append(closing);
    }

    private void comprehensions(List<Comprehension> gens) {
        for (Comprehension g : gens) {
            out.append(g.isAsync != 0 ? " async for " : " for ");
            expr(g.target, TUPLE);
            out.append(" in ");
            expr(g.iter, TEST + 1);
            for (Expr cond : g.ifs) {
                out.append(" if ");
                expr(cond, TEST + 1);
            }
        }
    }

    private void arguments(Arguments a) {
        boolean first = true;
        int nposonly = a.posonlyargs.size();
        int nall = nposonly + a.args.size();
        int defaultsStart = nall - a.defaults.size();
        for (int i = 0; i < nall; i++) {
            Arg arg = i < nposonly ? a.posonlyargs.get(i) : a.args.get(i - nposonly);
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(arg.arg);
            if (i >= defaultsStart) {
                out.append('=');
                expr(a.defaults.get(i - defaultsStart), TEST);
            }
            if (i == nposonly - 1) {
                out.append(", /");
            }
        }
        if (a.vararg != null || !a.kwonlyargs.isEmpty()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append('*');
            if (a.vararg != null) {
                out.append(a.vararg.arg);
            }
        }
        for (int i = 0; i < a.kwonlyargs.size(); i++) {
            out.append(", ").append(a.kwonlyargs.get(i).arg);
            Expr d = a.kwDefaults.get(i);
            if (d != null) {
                out.append('=');
                expr(d, TEST);
            }
        }
        if (a.kwarg != null) {
            if (!first) {
                out.append(", ");
            }
            out.append("**").append(a.kwarg.arg);
        }
    }

    private void open(boolean paren) {
        if (paren) {
            out.append('(');
        }
    }

    private void close(boolean paren) {
        if (paren) {
            out.append(')');
        }
    }

    private static int binPrec(BinaryOperator op) {
        switch (op) {
            case BitOr: return BOR;
            case BitXor: return BXOR;
            case BitAnd: return BAND;
            case LShift: case RShift: return SHIFT;
            case Add: case Sub: return ARITH;
            case Pow: return POWER;
            default: return TERM;
        }
    }

    private static String binOp(BinaryOperator op) {
        switch (op) {
            case Add: return "+";
            case Sub: return "-";
            case Mult: return "*";
            case MatMult: return "@";
            case Div: return "/";
            case Mod: return "%";
            case Pow: return "**";
            case LShift: return "<<";
            case RShift: return ">>";
            case BitOr: return "|";
            case BitXor: return "^";
            case BitAnd: return "&";
            default: return "//";
        }
    }

    private static String cmpOp(ComparisonOperator op) {
        switch (op) {
            case Eq: return "==";
            case NotEq: return "!=";
            case Lt: return "<";
            case LtE: return "<=";
            case Gt: return ">";
            case GtE: return ">=";
            case Is: return "is";
            case IsNot: return "is not";
            case In: return "in";
            default: return "not in";
        }
    }
}
