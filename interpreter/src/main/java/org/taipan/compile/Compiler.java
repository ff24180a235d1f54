package org.taipan.compile;

import org.taipan.ast.Mod;

/**
 * Compiles an AST into code: CPython's {@code compile()} after parsing. Symbol tables first,
 * then one {@link CodeData} per code block.
 */
public final class Compiler {
    private Compiler() {
    }

    /**
     * Compiles a module ("exec"), expression ("eval") or interactive statement ("single").
     * {@code optimize} is {@code -O}'s level (0: asserts and {@code __debug__} kept). Compile-time
     * errors ({@code 'return' outside function}, …) are {@code SyntaxErrorException}s.
     */
    public static CodeData compile(Mod tree, String filename, String mode, int flags, int optimize) {
        throw new UnsupportedOperationException("Compiler: being written");
    }
}
