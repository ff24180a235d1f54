package org.taipan.compile;

import java.util.List;
import org.taipan.ast.ComplexLiteral;
import org.taipan.ast.Constant;
import org.taipan.ast.DictComp;
import org.taipan.ast.DictExpr;
import org.taipan.ast.EllipsisLiteral;
import org.taipan.ast.Expr;
import org.taipan.ast.FormattedValue;
import org.taipan.ast.GeneratorExp;
import org.taipan.ast.JoinedStr;
import org.taipan.ast.Lambda;
import org.taipan.ast.ListComp;
import org.taipan.ast.ListExpr;
import org.taipan.ast.SetComp;
import org.taipan.ast.SetExpr;
import org.taipan.ast.TupleExpr;

/**
 * The compiler's "perhaps you missed a comma?" checks: calling or subscripting a literal that
 * can never support it ({@code 5()}, {@code None[0]}, {@code [1, 2] [0, 1]}) compiles, as in
 * CPython, but with a {@code SyntaxWarning} naming the literal's type. Comparing a literal by
 * identity ({@code x is 1}) warns too: such an object's identity is an implementation detail.
 */
final class LiteralMisuse {
    private LiteralMisuse() {
    }

    /** The type a literal expression evaluates to, or null when it is not a literal. */
    static String literalType(Expr e) {
        if (e instanceof TupleExpr) {
            return "tuple";
        } else if (e instanceof ListExpr || e instanceof ListComp) {
            return "list";
        } else if (e instanceof DictExpr || e instanceof DictComp) {
            return "dict";
        } else if (e instanceof SetExpr || e instanceof SetComp) {
            return "set";
        } else if (e instanceof GeneratorExp) {
            return "generator";
        } else if (e instanceof Lambda) {
            return "function";
        } else if (e instanceof JoinedStr || e instanceof FormattedValue) {
            return "str";
        } else if (e instanceof Constant c) {
            return constantType(c.value);
        }
        return null;
    }

    private static String constantType(Object v) {
        if (v == null) {
            return "NoneType";
        } else if (v instanceof Boolean) {
            return "bool";
        } else if (v instanceof Number && !(v instanceof Double)) {
            return "int";
        } else if (v instanceof Double) {
            return "float";
        } else if (v instanceof ComplexLiteral) {
            return "complex";
        } else if (v instanceof EllipsisLiteral) {
            return "ellipsis";
        } else if (v instanceof org.taipan.ast.BytesLiteral) {
            return "bytes";
        } else if (v instanceof ConstantTuple) {
            return "tuple";
        } else if (v instanceof ConstantFrozenSet) {
            return "frozenset";
        }
        return "str";
    }

    /** A warning for calling {@code func}, or null. */
    static String checkCall(Expr func) {
        if (func instanceof Constant || func instanceof TupleExpr || func instanceof ListExpr
                || func instanceof ListComp || func instanceof DictExpr || func instanceof DictComp
                || func instanceof SetExpr || func instanceof SetComp || func instanceof GeneratorExp
                || func instanceof JoinedStr || func instanceof FormattedValue) {
            return "'" + literalType(func) + "' object is not callable; perhaps you missed a comma?";
        }
        return null;
    }

    /** A warning for {@code value[index]} (a load), or null. */
    static String checkSubscript(Expr value, Expr index) {
        boolean notSubscriptable;
        if (value instanceof Constant c) {
            String t = constantType(c.value);
            notSubscriptable = List.of("NoneType", "ellipsis", "int", "bool", "float", "complex", "frozenset").contains(t);
        } else {
            notSubscriptable = value instanceof SetExpr || value instanceof SetComp
                    || value instanceof GeneratorExp || value instanceof Lambda;
        }
        if (notSubscriptable) {
            return "'" + literalType(value) + "' object is not subscriptable; perhaps you missed a comma?";
        }
        String indexType = literalType(index);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) {
            return null;
        }
        boolean sequence;
        if (value instanceof Constant c) {
            String t = constantType(c.value);
            sequence = t.equals("str") || t.equals("bytes") || t.equals("tuple");
        } else {
            sequence = value instanceof TupleExpr || value instanceof ListExpr || value instanceof ListComp
                    || value instanceof JoinedStr || value instanceof FormattedValue;
        }
        if (sequence) {
            return literalType(value) + " indices must be integers or slices, not " + indexType
                    + "; perhaps you missed a comma?";
        }
        return null;
    }

    /**
     * A warning for the first {@code is}/{@code is not} in a comparison chain that has a literal
     * on either side, or null. After constant folding, so {@code ("a" + "b") is x} counts; the
     * singletons None, True, False and Ellipsis are fine to compare by identity.
     */
    static String checkIdentityComparison(org.taipan.ast.Compare c) {
        boolean leftLiteral = isNonSingletonConstant(c.left);
        for (int i = 0; i < c.ops.size(); i++) {
            boolean rightLiteral = isNonSingletonConstant(c.comparators.get(i));
            org.taipan.ast.ComparisonOperator op = c.ops.get(i);
            boolean identity = op == org.taipan.ast.ComparisonOperator.Is
                    || op == org.taipan.ast.ComparisonOperator.IsNot;
            if (identity && (leftLiteral || rightLiteral)) {
                return op == org.taipan.ast.ComparisonOperator.Is
                        ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?";
            }
            leftLiteral = rightLiteral;
        }
        return null;
    }

    private static boolean isNonSingletonConstant(Expr e) {
        return e instanceof Constant c && c.value != null && !(c.value instanceof Boolean)
                && !(c.value instanceof EllipsisLiteral);
    }
}
