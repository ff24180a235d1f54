package org.taipan.ast;

import java.util.Arrays;

/**
 * The value of a str constant that a Java String cannot hold faithfully. A Python str is a
 * sequence of code points and may hold lone surrogates; when a high surrogate is immediately
 * followed by a low one (as in <code>'&#92;ud801&#92;udca0'</code>, two code points), the Java String of the
 * same chars would read them as the single character U+104A0. Such a value is kept here as its
 * code points. Every other str constant is a plain {@link String} (see the package doc), so
 * {@link #of} decides which of the two a code-point sequence becomes; both forms are never used
 * for the same value.
 *
 * <p>Immutable; equal when the code points are.
 */
public final class CodePointString {
    private final int[] codePoints;

    private CodePointString(int[] codePoints) {
        this.codePoints = codePoints;
    }

    /**
     * The AST value of the str made of {@code codePoints} (each in 0..0x10FFFF): a
     * {@code CodePointString} if it holds a high surrogate immediately followed by a low
     * surrogate, otherwise the equivalent {@link String}.
     */
    public static Object of(int[] codePoints) {
        for (int i = 0; i + 1 < codePoints.length; i++) {
            if (isHighSurrogate(codePoints[i]) && isLowSurrogate(codePoints[i + 1])) {
                return new CodePointString(codePoints.clone());
            }
        }
        return utf16(codePoints);
    }

    /** The number of code points (Python's {@code len}). */
    public int length() {
        return codePoints.length;
    }

    public int codePointAt(int index) {
        return codePoints[index];
    }

    /** A copy of the code points. */
    public int[] codePoints() {
        return codePoints.clone();
    }

    /** The UTF-16 form, in which the adjacent surrogates read as a pair: not the same value. */
    @Override
    public String toString() {
        return utf16(codePoints);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodePointString && Arrays.equals(codePoints, ((CodePointString) o).codePoints);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codePoints);
    }

    private static String utf16(int[] codePoints) {
        return new String(codePoints, 0, codePoints.length);
    }

    private static boolean isHighSurrogate(int codePoint) {
        return codePoint >= 0xD800 && codePoint <= 0xDBFF;
    }

    private static boolean isLowSurrogate(int codePoint) {
        return codePoint >= 0xDC00 && codePoint <= 0xDFFF;
    }
}
