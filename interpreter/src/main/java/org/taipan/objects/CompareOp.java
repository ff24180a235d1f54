package org.taipan.objects;

/** The six rich comparisons, in COMPARE_OP's argument order (CPython's Py_LT … Py_GE). */
public enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"),
    GT(">", "__gt__"), GE(">=", "__ge__");

    private static final CompareOp[] VALUES = values();
    public final String symbol;
    public final String dunder;

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    public static CompareOp of(int arg) {
        return VALUES[arg];
    }

    /** The operation with operands swapped ({@code a < b} is {@code b > a}). */
    public CompareOp swapped() {
        switch (this) {
            case LT: return GT;
            case LE: return GE;
            case GT: return LT;
            case GE: return LE;
            default: return this;
        }
    }

    /** The outcome of a three-way comparison result {@code c} (negative, zero, positive). */
    public boolean holds(int c) {
        switch (this) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }
}
