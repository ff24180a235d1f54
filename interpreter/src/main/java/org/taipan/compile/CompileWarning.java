package org.taipan.compile;

/**
 * A warning the compiler found (CPython's {@code compiler_warn}): a {@code SyntaxWarning} with
 * its line, issued through the {@code warnings} module by whoever runs the compiled code.
 */
public record CompileWarning(int lineno, String message) {
}
