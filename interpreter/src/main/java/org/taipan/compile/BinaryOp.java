package org.taipan.compile;

/** The argument of BINARY_OP: CPython 3.11's NB_* order, binary forms then in-place forms. */
public enum BinaryOp {
    ADD("+"), AND("&"), FLOOR_DIVIDE("//"), LSHIFT("<<"), MATRIX_MULTIPLY("@"), MULTIPLY("*"),
    REMAINDER("%"), OR("|"), POWER("**"), RSHIFT(">>"), SUBTRACT("-"), TRUE_DIVIDE("/"), XOR("^"),
    INPLACE_ADD("+="), INPLACE_AND("&="), INPLACE_FLOOR_DIVIDE("//="), INPLACE_LSHIFT("<<="),
    INPLACE_MATRIX_MULTIPLY("@="), INPLACE_MULTIPLY("*="), INPLACE_REMAINDER("%="),
    INPLACE_OR("|="), INPLACE_POWER("**="), INPLACE_RSHIFT(">>="), INPLACE_SUBTRACT("-="),
    INPLACE_TRUE_DIVIDE("/="), INPLACE_XOR("^=");

    /** The operator as written in source (used in TypeError messages). */
    public final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    public boolean isInplace() {
        return ordinal() >= INPLACE_ADD.ordinal();
    }
}
