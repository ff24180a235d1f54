package org.taipan.compile;

/**
 * A warning the compiler found (CPython's {@code compiler_warn}): a {@code SyntaxWarning} with
 * the position of the expression it is about, issued through the {@code warnings} module by
 * whoever runs the compiled code. The position serves when a filter turns the warning into an
 * error: CPython then raises a SyntaxError there.
 */
public record CompileWarning(String message, int lineno, int colOffset, int endLineno, int endColOffset) {
}
