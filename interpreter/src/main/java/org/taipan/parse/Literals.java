package org.taipan.parse;

import java.util.List;
import org.taipan.ast.Expr;

/**
 * Turns NUMBER and STRING tokens into AST values: numbers into their constant values, and a run
 * of adjacent string tokens (implicit concatenation, f-strings included) into a
 * {@code Constant} or {@code JoinedStr} with CPython 3.11's positions.
 */
public final class Literals {
    private Literals() {
    }

    /** The value of a NUMBER token: BigInteger, Double or ComplexLiteral. */
    public static Object number(Token token, String filename) {
        throw new UnsupportedOperationException("Literals: being written");
    }

    /**
     * The expression for one or more adjacent STRING tokens. {@code tokenizer} gives access to
     * source lines for error messages.
     */
    public static Expr strings(List<Token> tokens, String filename, Tokenizer tokenizer) {
        throw new UnsupportedOperationException("Literals: being written");
    }
}
