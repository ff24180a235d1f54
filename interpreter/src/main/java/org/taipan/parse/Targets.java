package org.taipan.parse;

import java.util.List;
import org.taipan.ast.Attribute;
import org.taipan.ast.BinOp;
import org.taipan.ast.BoolOp;
import org.taipan.ast.Call;
import org.taipan.ast.Compare;
import org.taipan.ast.ComparisonOperator;
import org.taipan.ast.Constant;
import org.taipan.ast.DictComp;
import org.taipan.ast.DictExpr;
import org.taipan.ast.EllipsisLiteral;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.GeneratorExp;
import org.taipan.ast.IfExp;
import org.taipan.ast.JoinedStr;
import org.taipan.ast.FormattedValue;
import org.taipan.ast.Lambda;
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
import org.taipan.ast.Await;
import org.taipan.ast.Yield;
import org.taipan.ast.YieldFrom;

/**
 * Assignment, deletion and loop targets: checks that an expression parsed as such can be a
 * target, sets the Store/Del contexts CPython sets, and names offending expressions the way
 * CPython's error messages do.
 */
final class Targets {
    /** What kind of target is being checked; CPython's rules differ slightly between them. */
    enum Kind { STAR, DEL, FOR }

    private Targets() {
    }

    /** The first sub-expression that cannot be a target of this kind, or null if all is fine. */
    static Expr invalid(Expr e, Kind kind) {
        if (e instanceof Name || e instanceof Attribute || e instanceof Subscript) {
            return null;
        }
        if (e instanceof TupleExpr) {
            return invalidIn(((TupleExpr) e).elts, kind);
        }
        if (e instanceof ListExpr) {
            return invalidIn(((ListExpr) e).elts, kind);
        }
        if (e instanceof Starred) {
            if (kind == Kind.DEL) {
                return e;
            }
            return invalid(((Starred) e).value, kind);
        }
        if (e instanceof Compare && kind == Kind.FOR) {
            // `for a in b` reaches here parsed as a comparison: only its left side is the target.
            Compare c = (Compare) e;
            if (c.ops.get(0) == ComparisonOperator.In) {
                return invalid(c.left, kind);
            }
            return null;
        }
        return e;
    }

    private static Expr invalidIn(List<Expr> elts, Kind kind) {
        for (Expr x : elts) {
            Expr bad = invalid(x, kind);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** Sets {@code ctx} on a valid target as CPython does (recursively through tuples, lists, starred). */
    static void setContext(Expr e, ExprContext ctx) {
        if (e instanceof Name) {
            ((Name) e).ctx = ctx;
        } else if (e instanceof Attribute) {
            ((Attribute) e).ctx = ctx;
        } else if (e instanceof Subscript) {
            ((Subscript) e).ctx = ctx;
        } else if (e instanceof TupleExpr) {
            TupleExpr t = (TupleExpr) e;
            t.ctx = ctx;
            for (Expr x : t.elts) {
                setContext(x, ctx);
            }
        } else if (e instanceof ListExpr) {
            ListExpr l = (ListExpr) e;
            l.ctx = ctx;
            for (Expr x : l.elts) {
                setContext(x, ctx);
            }
        } else if (e instanceof Starred) {
            Starred s = (Starred) e;
            s.ctx = ctx;
            setContext(s.value, ctx);
        }
    }

    /** Returns {@code e} with Store/Del set if it is a valid target, else null. */
    static Expr as(Expr e, ExprContext ctx, Kind kind) {
        if (invalid(e, kind) != null) {
            return null;
        }
        setContext(e, ctx);
        return e;
    }

    /** True for the targets of augmented and annotated assignment. */
    static boolean isSingleTarget(Expr e) {
        return e instanceof Name || e instanceof Attribute || e instanceof Subscript;
    }

    /** How CPython's error messages name an expression ("function call", "literal", ...). */
    static String describe(Expr e) {
        if (e instanceof Attribute) return "attribute";
        if (e instanceof Subscript) return "subscript";
        if (e instanceof Starred) return "starred";
        if (e instanceof Name) return "name";
        if (e instanceof ListExpr) return "list";
        if (e instanceof TupleExpr) return "tuple";
        if (e instanceof Lambda) return "lambda";
        if (e instanceof Call) return "function call";
        if (e instanceof BoolOp || e instanceof BinOp || e instanceof UnaryOp) return "expression";
        if (e instanceof GeneratorExp) return "generator expression";
        if (e instanceof Yield || e instanceof YieldFrom) return "yield expression";
        if (e instanceof Await) return "await expression";
        if (e instanceof ListComp) return "list comprehension";
        if (e instanceof SetComp) return "set comprehension";
        if (e instanceof DictComp) return "dict comprehension";
        if (e instanceof DictExpr) return "dict literal";
        if (e instanceof SetExpr) return "set display";
        if (e instanceof JoinedStr || e instanceof FormattedValue) return "f-string expression";
        if (e instanceof Constant) {
            Object v = ((Constant) e).value;
            if (v == null) return "None";
            if (v == Boolean.TRUE) return "True";
            if (v == Boolean.FALSE) return "False";
            if (v == EllipsisLiteral.INSTANCE) return "ellipsis";
            return "literal";
        }
        if (e instanceof Compare) return "comparison";
        if (e instanceof IfExp) return "conditional expression";
        if (e instanceof NamedExpr) return "named expression";
        return "expression";
    }
}
