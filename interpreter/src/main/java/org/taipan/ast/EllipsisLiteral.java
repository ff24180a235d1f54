package org.taipan.ast;

/** The value of the {@code ...} constant. */
public final class EllipsisLiteral {
    public static final EllipsisLiteral INSTANCE = new EllipsisLiteral();

    private EllipsisLiteral() {
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
