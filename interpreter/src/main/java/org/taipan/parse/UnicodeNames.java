package org.taipan.parse;

import java.util.Locale;

/**
 * Looks up the character named in a {@code \N{...}} escape the way CPython 3.11's unicodedata
 * does: names match case-insensitively (ASCII case only), the algorithmic names
 * {@code CJK UNIFIED IDEOGRAPH-XXXX} and {@code HANGUL SYLLABLE ...} must be upper case, and
 * Java's invented names (Unicode 1.0 control names, "BLOCK NAME XXXX" for unnamed characters)
 * are refused because Python does not know them.
 */
public final class UnicodeNames {
    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
    /** The CJK unified ideograph ranges of Unicode 14.0 (Python 3.11's database), inclusive. */
    private static final int[] CJK_RANGES = {
        0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0x20000, 0x2A6DF, 0x2A700, 0x2B738, 0x2B740, 0x2B81D,
        0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0, 0x30000, 0x3134A,
    };
    private static final String[] HANGUL_LEADS = {
        "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T",
        "P", "H",
    };
    private static final String[] HANGUL_VOWELS = {
        "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO",
        "WE", "WI", "YU", "EU", "YI", "I",
    };
    private static final String[] HANGUL_TAILS = {
        "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH",
        "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
    };

    private UnicodeNames() {
    }

    /** The code point named {@code name}, or -1 if Python would not know the name. */
    public static int lookup(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return -1;
            }
        }
        if (name.startsWith(CJK_PREFIX)) {
            return cjkIdeograph(name);
        }
        if (name.startsWith(HANGUL_PREFIX)) {
            return hangulSyllable(name);
        }
        int cp = javaLookup(name);
        return cp >= 0 ? cp : UnicodeExtraNames.lookup(name);
    }

    private static int javaLookup(String name) {
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        if (Character.getType(cp) == Character.CONTROL) {
            return -1; // Java's Unicode 1.0 control names; Python knows controls only by alias.
        }
        String javaName = Character.getName(cp);
        // codePointOf trims whitespace, and accepts "BLOCK NAME XXXX" for unnamed characters.
        if (javaName == null || !javaName.equalsIgnoreCase(name)
                || javaName.endsWith(" " + Integer.toHexString(cp).toUpperCase(Locale.ROOT))) {
            return -1;
        }
        return cp;
    }

    private static int cjkIdeograph(String name) {
        int digits = name.length() - CJK_PREFIX.length();
        if (digits != 4 && digits != 5) {
            return -1;
        }
        int cp = 0;
        for (int i = CJK_PREFIX.length(); i < name.length(); i++) {
            char c = name.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            cp = cp * 16 + d;
        }
        for (int i = 0; i < CJK_RANGES.length; i += 2) {
            if (cp >= CJK_RANGES[i] && cp <= CJK_RANGES[i + 1]) {
                return cp;
            }
        }
        return -1;
    }

    private static int hangulSyllable(String name) {
        int pos = HANGUL_PREFIX.length();
        int lead = longestJamo(name, pos, HANGUL_LEADS);
        pos += HANGUL_LEADS[lead].length();
        int vowel = longestJamo(name, pos, HANGUL_VOWELS);
        if (vowel < 0) {
            return -1;
        }
        pos += HANGUL_VOWELS[vowel].length();
        int tail = longestJamo(name, pos, HANGUL_TAILS);
        pos += HANGUL_TAILS[tail].length();
        if (pos != name.length()) {
            return -1;
        }
        return 0xAC00 + (lead * HANGUL_VOWELS.length + vowel) * HANGUL_TAILS.length + tail;
    }

    /** The index of the longest entry of {@code jamo} that {@code name} has at {@code pos}. */
    private static int longestJamo(String name, int pos, String[] jamo) {
        int best = -1;
        for (int i = 0; i < jamo.length; i++) {
            if (name.startsWith(jamo[i], pos) && (best < 0 || jamo[i].length() > jamo[best].length())) {
                best = i;
            }
        }
        return best;
    }
}
