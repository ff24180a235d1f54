package org.taipan.modules.sre;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    /** For each character with other case variants: all its variants (itself excluded). */
    private static volatile Map<Integer, int[]> variants;

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
        if (c < 128) {
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return table().getOrDefault(c, NONE);
            }
            return NONE;
        }
        return table().getOrDefault(c, NONE);
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

    private static Map<Integer, int[]> table() {
        Map<Integer, int[]> t = variants;
        if (t == null) {
            t = build();
            variants = t;
        }
        return t;
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

    private static Map<Integer, int[]> build() {
        Map<Integer, List<Integer>> classes = new HashMap<>();
        for (int[] run : UNICODE_14_PAIRS) {
            for (int k = 0; k < run[2]; k++) {
                List<Integer> pair = new ArrayList<>();
                pair.add(run[0] + k);
                classes.put(run[1] + k, pair);
            }
        }
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int lo = Character.toLowerCase(c);
            int up = Character.toUpperCase(c);
            if (lo == c && up == c) {
                continue;
            }
            classes.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
        }
        Map<Integer, int[]> result = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> e : classes.entrySet()) {
            List<Integer> members = e.getValue();
            if (!members.contains(e.getKey())) {
                members.add(e.getKey());
            }
            for (int m : members) {
                int[] others = new int[members.size() - 1];
                int k = 0;
                for (int o : members) {
                    if (o != m) {
                        others[k++] = o;
                    }
                }
                if (others.length > 0) {
                    result.put(m, others);
                }
            }
        }
        return result;
    }
}
