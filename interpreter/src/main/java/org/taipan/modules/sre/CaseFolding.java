package org.taipan.modules.sre;

import java.util.Map;

/**
 * Case-insensitive character equivalence as sre sees it. Two characters match under
 * {@code IGNORECASE} (Unicode) when their simple lowercase mappings agree, or when both belong to
 * one of the few classes that lowercasing alone does not join (dotless i and i, long s and s,
 * micro sign and mu, ...): those are the characters whose uppercase lowercases to a different
 * character. Under ASCII rules only the letters A-Z and a-z fold.
 */
final class CaseFolding {
    private static final int[] NONE = new int[0];
    /** Variants computed so far, by character. */
    private static final Map<Integer, int[]> VARIANTS = new java.util.concurrent.ConcurrentHashMap<>();

    private CaseFolding() {
    }

    static int asciiLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    /** The key under which Unicode case variants are equal. */
    static int key(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The other characters that match {@code c} case-insensitively (Unicode rules). */
    static int[] variants(int c) {
        if (c < 128 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
            return NONE;
        }
        int[] v = VARIANTS.get(c);
        if (v == null) {
            v = compute(c);
            VARIANTS.put(c, v);
        }
        return v;
    }

    /** The other characters that match {@code c} case-insensitively under ASCII rules. */
    static int[] asciiVariants(int c) {
        if (c >= 'a' && c <= 'z') {
            return new int[] {c - 32};
        }
        if (c >= 'A' && c <= 'Z') {
            return new int[] {c + 32};
        }
        return NONE;
    }

    /**
     * Case pairs (upper, lower) added in Unicode 14, which CPython 3.11 knows and Java 17's
     * tables (Unicode 13) do not: Glagolitic, Latin Extended-D and the Vithkuqi alphabet.
     */
    private static final int[][] UNICODE_14_PAIRS = {
        {0x2c2f, 0x2c5f, 1}, {0xa7c0, 0xa7c1, 1}, {0xa7d0, 0xa7d1, 1}, {0xa7d6, 0xa7d7, 1},
        {0xa7d8, 0xa7d9, 1}, {0x10570, 0x10597, 11}, {0x1057c, 0x105a3, 15}, {0x1058c, 0x105b3, 7},
        {0x10594, 0x105bb, 2},
    };

    /**
     * The characters that no simple case mapping of their class's key leads back to (the key of
     * c is lower(upper(c))): micro sign, dotted/dotless i, long s, final sigma, Greek symbol
     * forms, Cyrillic small letter variants, Kelvin and Angstrom signs, ... (computed over
     * Java's tables once, by a scan kept out of start-up).
     */
    private static final int[] IRREGULAR = {
        0xb5, 0x130, 0x131, 0x17f, 0x345, 0x3c2, 0x3d0, 0x3d1, 0x3d5, 0x3d6, 0x3f0, 0x3f1, 0x3f4,
        0x3f5, 0x1c80, 0x1c81, 0x1c82, 0x1c83, 0x1c84, 0x1c85, 0x1c86, 0x1c87, 0x1c88, 0x1e9b,
        0x1e9e, 0x1fbe, 0x2126, 0x212a, 0x212b,
    };

    /** The members of c's class other than c: every simple mapping of the key, plus the irregulars. */
    private static int[] compute(int c) {
        for (int[] run : UNICODE_14_PAIRS) {
            if (c >= run[0] && c < run[0] + run[2]) {
                return new int[] {run[1] + c - run[0]};
            }
            if (c >= run[1] && c < run[1] + run[2]) {
                return new int[] {run[0] + c - run[1]};
            }
        }
        int k = key(c);
        java.util.TreeSet<Integer> members = new java.util.TreeSet<>();
        int[] base = {k, Character.toUpperCase(k), Character.toLowerCase(k), Character.toTitleCase(k)};
        for (int b : base) {
            for (int x : new int[] {b, Character.toUpperCase(b), Character.toLowerCase(b), Character.toTitleCase(b)}) {
                if (key(x) == k) {
                    members.add(x);
                }
            }
        }
        for (int x : IRREGULAR) {
            if (key(x) == k) {
                members.add(x);
            }
        }
        members.remove(c);
        int[] r = new int[members.size()];
        int i = 0;
        for (int x : members) {
            r[i++] = x;
        }
        return r.length == 0 ? NONE : r;
    }
}
