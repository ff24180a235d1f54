package org.taipan.parse;

/**
 * Recognises Python's hard keywords in a slice of source without allocating: the tokenizer asks
 * it about every ASCII name, so it looks candidates up by first letter and compares in place.
 */
final class Keywords {
    /** Keywords grouped by first character ('A'..'z'). */
    private static final TokenType[][] BY_FIRST_CHAR = new TokenType['z' + 1][];

    static {
        for (TokenType t : TokenType.values()) {
            if (t.isKeyword()) {
                char first = t.text.charAt(0);
                TokenType[] old = BY_FIRST_CHAR[first];
                TokenType[] grown = old == null ? new TokenType[1] : java.util.Arrays.copyOf(old, old.length + 1);
                grown[grown.length - 1] = t;
                BY_FIRST_CHAR[first] = grown;
            }
        }
    }

    private Keywords() {
    }

    /** The keyword spelled by {@code source[start, end)}, or null if it is an ordinary name. */
    static TokenType lookup(String source, int start, int end) {
        char first = source.charAt(start);
        if (first > 'z') {
            return null;
        }
        TokenType[] candidates = BY_FIRST_CHAR[first];
        if (candidates == null) {
            return null;
        }
        int len = end - start;
        for (TokenType t : candidates) {
            if (t.text.length() == len && source.regionMatches(start, t.text, 0, len)) {
                return t;
            }
        }
        return null;
    }
}
