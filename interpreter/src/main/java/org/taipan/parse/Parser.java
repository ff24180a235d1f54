package org.taipan.parse;

import org.taipan.ast.Expr;
import org.taipan.ast.Mod;

/**
 * The Python 3.11 parser: recursive descent over the PEG grammar of the language reference,
 * building CPython's AST with CPython's positions and raising CPython's SyntaxErrors.
 */
public final class Parser {
    private Parser() {
    }

    /** Parses decoded source; {@code mode} is "exec", "eval", "single" or "func_type". */
    public static Mod parse(String source, String filename, String mode) {
        throw new UnsupportedOperationException("Parser: being written");
    }

    /** Decodes (see {@link SourceDecoder}) and parses a whole file in "exec" mode. */
    public static Mod parseFile(byte[] data, String filename) {
        return parse(SourceDecoder.decode(data, filename), filename, "exec");
    }

    /**
     * Parses the expression part of an f-string replacement field ({@code star_expressions}),
     * with positions shifted as CPython 3.11 shifts them: lines by {@code lineOffset}, columns on
     * the first line by {@code firstLineColOffset}.
     */
    public static Expr parseFStringExpression(String text, String filename, int lineOffset,
                                              int firstLineColOffset) {
        throw new UnsupportedOperationException("Parser: being written");
    }
}
