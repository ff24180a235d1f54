package org.taipan.compile;

import org.taipan.ast.Located;
import org.taipan.parse.SyntaxErrorException;

/**
 * Builds the SyntaxErrors the symbol table and code generator raise, located the way CPython's
 * compiler locates them: 1-based offsets one past the node's columns, end position included.
 */
final class CompileErrors {
    private CompileErrors() {
    }

    static SyntaxErrorException at(String msg, String filename, Located node) {
        return at(msg, filename, node.lineno, node.colOffset, node.endLineno, node.endColOffset);
    }

    static SyntaxErrorException at(String msg, String filename, int lineno, int col, int endLineno,
                                   int endCol) {
        return new SyntaxErrorException(msg, filename, lineno, col + 1, null, endLineno, endCol + 1);
    }
}
