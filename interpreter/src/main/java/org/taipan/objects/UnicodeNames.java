package org.taipan.objects;

/**
 * Unicode character names as {@code unicodedata.name} gives them (for the {@code namereplace}
 * error handler): Java's names, with the algorithmic names of CJK ideographs and Hangul
 * syllables, and no names for control characters (Java reports their Unicode 1.0 names).
 */
public final class UnicodeNames {
    private UnicodeNames() {
    }

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** The name of {@code cp}, or null when it has none. */
    public static String name(int cp) {
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            int s = cp - 0xAC00;
            return "HANGUL SYLLABLE " + JAMO_L[s / 588] + JAMO_V[s % 588 / 28] + JAMO_T[s % 28];
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.SURROGATE
                || type == Character.PRIVATE_USE) {
            return null;
        }
        String n;
        try {
            n = Character.getName(cp);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (n == null) {
            return null;
        }
        if (n.startsWith("CJK UNIFIED IDEOGRAPHS") || n.startsWith("CJK COMPATIBILITY IDEOGRAPHS")) {
            String kind = n.startsWith("CJK UNIFIED") ? "CJK UNIFIED IDEOGRAPH-" : "CJK COMPATIBILITY IDEOGRAPH-";
            return kind + String.format("%04X", cp);
        }
        if (n.endsWith(" " + String.format("%04X", cp))) {
            // Java's made-up "BLOCK NAME XXXX" for characters without a name (e.g. Tangut ideographs)
            return null;
        }
        return n;
    }
}
