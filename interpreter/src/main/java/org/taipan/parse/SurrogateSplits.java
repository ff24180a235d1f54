package org.taipan.parse;

import java.util.Arrays;
import org.taipan.ast.CodePointString;

/**
 * Where a decoded str value, kept as UTF-16 text, has a high surrogate followed by a low
 * surrogate that are two code points rather than one character: both were written as escapes
 * ({@code \}{@code ud801\}{@code udca0}, two lone surrogates in Python) or came from separate
 * literals ({@code '\}{@code ud801' '\}{@code udca0'}). The text alone would read them as one
 * non-BMP character. Almost every literal has none, and then nothing is allocated.
 */
final class SurrogateSplits {
    /** Char indexes of the low surrogates that start a code point of their own, ascending. */
    private int[] indexes;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    /** Records that the low surrogate at {@code index} is a code point of its own. */
    void add(int index) {
        if (indexes == null) {
            indexes = new int[4];
        } else if (size == indexes.length) {
            indexes = Arrays.copyOf(indexes, size * 2);
        }
        indexes[size++] = index;
    }

    /** Adds the splits of a text appended at {@code offset} (all past the ones recorded here). */
    void addAll(SurrogateSplits other, int offset) {
        for (int i = 0; i < other.size; i++) {
            add(other.indexes[i] + offset);
        }
    }

    /** The AST value of {@code text} with these splits: a String if none, else its code points. */
    Object strValue(String text) {
        if (size == 0) {
            return text;
        }
        int[] codePoints = new int[text.length()];
        int n = 0;
        int next = 0; // the next split to reach
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                while (next < size && indexes[next] < i + 1) {
                    next++;
                }
                if (next >= size || indexes[next] != i + 1) {
                    codePoints[n++] = Character.toCodePoint(c, text.charAt(i + 1));
                    i += 2;
                    continue;
                }
            }
            codePoints[n++] = c;
            i++;
        }
        return CodePointString.of(Arrays.copyOf(codePoints, n));
    }
}
