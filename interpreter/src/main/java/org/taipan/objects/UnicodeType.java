package org.taipan.objects;

import java.util.Locale;

/**
 * Character properties and case mappings of code points as {@code str} methods see them (CPython's
 * {@code unicodectype.c} rules). Categories and case mappings come from Java 17's tables (Unicode
 * 13; CPython 3.11 uses Unicode 14, so the 838 characters added in 14 are unassigned here: they
 * are not alpha, printable, cased or identifier characters). For every character assigned in
 * Unicode 13, isalpha/isprintable/isupper/islower/isidentifier agree with CPython 3.11 (checked
 * over all code points). The numeric properties come from the generated {@link UnicodeNumeric}
 * (Unicode 14).
 */
public final class UnicodeType {
    private UnicodeType() {
    }

    /** {@code str.isspace}: bidirectional class WS, B or S, or category Zs. */
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (int c : new int[] {' ', 9, 10, 11, 12, 13, 0x1c, 0x1d, 0x1e, 0x1f}) {
            ASCII_SPACE[c] = true;
        }
    }

    public static boolean isSpace(int cp) {
        if (cp < 128) {
            return ASCII_SPACE[cp];
        }
        switch (cp) {
            case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200A;
        }
    }

    public static boolean isDecimal(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9';
        }
        return UnicodeNumeric.in(UnicodeNumeric.DECIMAL, cp);
    }

    public static boolean isDigit(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9';
        }
        return UnicodeNumeric.in(UnicodeNumeric.DIGIT, cp);
    }

    public static boolean isNumeric(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9';
        }
        return UnicodeNumeric.in(UnicodeNumeric.NUMERIC, cp);
    }

    static boolean isAlpha(int cp) {
        if (cp < 128) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        return Character.isLetter(cp);
    }

    public static boolean isAlnum(int cp) {
        return isAlpha(cp) || isDecimal(cp) || isDigit(cp) || isNumeric(cp);
    }

    /** Not printable: categories Other (Cc Cf Cs Co Cn) and Separator (Zl Zp Zs) except the space. */
    static boolean isPrintable(int cp) {
        if (cp < 128) {
            return cp >= 32 && cp < 127;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL: case Character.FORMAT: case Character.SURROGATE: case Character.PRIVATE_USE:
            case Character.UNASSIGNED: case Character.LINE_SEPARATOR: case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    static boolean isUpper(int cp) {
        if (cp < 128) {
            return cp >= 'A' && cp <= 'Z';
        }
        return Character.isUpperCase(cp);
    }

    static boolean isLower(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z';
        }
        return Character.isLowerCase(cp);
    }

    static boolean isTitle(int cp) {
        return cp >= 128 && Character.isTitleCase(cp);
    }

    /** Cased: Lowercase, Uppercase or Lt. */
    static boolean isCased(int cp) {
        return isUpper(cp) || isLower(cp) || isTitle(cp);
    }

    /** Case-ignorable (for the final-sigma rule): Mn Me Cf Lm Sk, and the word-internal punctuation. */
    static boolean isCaseIgnorable(int cp) {
        switch (cp) {
            case '\'': case '.': case ':': case '^': case '`': case 0xB7: case 0x2019: case 0xAD:
                return true;
            default:
                break;
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK: case Character.ENCLOSING_MARK: case Character.FORMAT:
            case Character.MODIFIER_LETTER: case Character.MODIFIER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    /**
     * Characters Java counts as identifier start/part that are not XID_Start/XID_Continue (the
     * NFKC-closed properties Python uses): found by comparing all of Unicode 13 with CPython.
     */
    private static final int[] NOT_XID_CONTINUE = {0x37A, 0x2E2F, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61,
        0xFC62, 0xFC63, 0xFDFA, 0xFDFB, 0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E};
    private static final int[] NOT_XID_START_ONLY = {0xE33, 0xEB3, 0xFF9E, 0xFF9F};

    private static boolean listed(int[] table, int cp) {
        for (int x : table) {
            if (x == cp) {
                return true;
            }
        }
        return false;
    }

    static boolean isIdentifierStart(int cp) {
        if (cp < 128) {
            return cp == '_' || (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        return Character.isUnicodeIdentifierStart(cp) && !listed(NOT_XID_CONTINUE, cp) && !listed(NOT_XID_START_ONLY, cp);
    }

    static boolean isIdentifierPart(int cp) {
        if (cp < 128) {
            return cp == '_' || (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp >= '0' && cp <= '9';
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && !listed(NOT_XID_CONTINUE, cp);
    }

    // --- full case mappings of one code point, appended to sb ---

    static void appendUpper(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
        } else if (Character.isSurrogate((char) cp) && cp < 0x10000) {
            sb.append((char) cp);
        } else {
            sb.append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT));
        }
    }

    /** Lowercase of {@code cp} at code point index {@code i} of {@code cps} (final sigma needs the context). */
    static void appendLower(StringBuilder sb, int[] cps, int i, int n) {
        int cp = cps[i];
        if (cp < 128) {
            sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else if (cp == 0x3A3) {
            sb.append(finalSigma(cps, i, n) ? 'ς' : 'σ');
        } else if (Character.isSurrogate((char) cp) && cp < 0x10000) {
            sb.append((char) cp);
        } else if (cp == 0x130) {
            sb.append("i\u0307");
        } else {
            sb.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
        }
    }

    /** Σ becomes ς after a cased letter and not before one (skipping case-ignorables both ways). */
    static boolean finalSigma(int[] cps, int i, int n) {
        int j = i - 1;
        while (j >= 0 && isCaseIgnorable(cps[j])) {
            j--;
        }
        if (j < 0 || !isCased(cps[j])) {
            return false;
        }
        j = i + 1;
        while (j < n && isCaseIgnorable(cps[j])) {
            j++;
        }
        return j == n || !isCased(cps[j]);
    }

    /**
     * Full titlecase: a simple titlecase letter when the character has one (ǆ → ǅ, ᾳ → ᾼ), else
     * the full uppercase with everything after its first cased character lowered (ß → Ss, ŉ → ʼN).
     */
    static void appendTitle(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            return;
        }
        int t = Character.toTitleCase(cp);
        if (t != cp && Character.isTitleCase(t) || t != Character.toUpperCase(cp)) {
            sb.appendCodePoint(t);
            return;
        }
        String up = Character.isSurrogate((char) cp) && cp < 0x10000 ? String.valueOf((char) cp)
                : new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
        boolean seenCased = false;
        for (int i = 0; i < up.length(); ) {
            int c = up.codePointAt(i);
            i += Character.charCount(c);
            if (seenCased) {
                sb.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
            } else {
                sb.appendCodePoint(c);
                seenCased = isCased(c);
            }
        }
    }

    /** Full case folding (approximated by lower(upper(c)) per character, which agrees for the special foldings). */
    static void appendFold(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else if (Character.isSurrogate((char) cp) && cp < 0x10000) {
            sb.append((char) cp);
        } else if (cp == 0x130) {
            sb.append("i\u0307");
        } else if (cp >= 0x13A0 && cp <= 0x13F5 || cp >= 0xAB70 && cp <= 0xABBF || cp >= 0x13F8 && cp <= 0x13FD) {
            sb.appendCodePoint(Character.toUpperCase(cp)); // Cherokee folds to its uppercase letters
        } else {
            String s = new String(Character.toChars(cp));
            String f = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
            if (!f.equals(s)) {
                f = f.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT); // ẞ → ß → ss
            }
            sb.append(f);
        }
    }
}
