package org.taipan.ast;

/** The value of an imaginary literal such as {@code 3j} (real part 0.0). */
public record ComplexLiteral(double real, double imag) {
}
