package org.taipan.modules.sre;

import org.taipan.objects.UnicodeType;

/**
 * The character classes behind {@code \d \s \w} (and their negations) in the three flavours a
 * pattern can ask for: ASCII (bytes patterns and the {@code ASCII} flag), Unicode (str patterns,
 * with {@code str.isdecimal}, {@code str.isspace} and {@code str.isalnum} as CPython's sre uses
 * them) and locale (bytes with {@code LOCALE}; we run in the C locale, so it equals ASCII).
 */
final class CharCategory {
    static final int DIGIT = 0;
    static final int NOT_DIGIT = 1;
    static final int SPACE = 2;
    static final int NOT_SPACE = 3;
    static final int WORD = 4;
    static final int NOT_WORD = 5;

    private CharCategory() {
    }

    static boolean isAsciiWord(int c) {
        return c < 128 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_');
    }

    static boolean isAsciiSpace(int c) {
        return c == ' ' || c >= 9 && c <= 13;
    }

    static boolean isUnicodeWord(int c) {
        return c < 128 ? isAsciiWord(c) : UnicodeType.isAlnum(c);
    }

    static boolean isWord(int c, boolean unicode) {
        return unicode ? isUnicodeWord(c) : isAsciiWord(c);
    }

    /** Whether {@code c} is in category {@code cat}, in Unicode or ASCII rules. */
    static boolean in(int cat, int c, boolean unicode) {
        switch (cat) {
            case DIGIT:
                return unicode ? UnicodeType.isDecimal(c) : c >= '0' && c <= '9';
            case NOT_DIGIT:
                return !in(DIGIT, c, unicode);
            case SPACE:
                return unicode ? UnicodeType.isSpace(c) : isAsciiSpace(c);
            case NOT_SPACE:
                return !in(SPACE, c, unicode);
            case WORD:
                return isWord(c, unicode);
            default:
                return !isWord(c, unicode);
        }
    }
}
