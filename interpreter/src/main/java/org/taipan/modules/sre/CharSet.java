package org.taipan.modules.sre;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled character set ({@code [...]}, {@code \d}, a case-insensitive literal with several
 * variants): ranges and categories, optionally negated and case-insensitive. Membership of the
 * first 256 code points is precomputed into a bitmap, so the common test is one array access.
 */
final class CharSet {
    /** Case folding: none, ASCII letters only, or Unicode equivalence. */
    static final int FOLD_NONE = 0;
    static final int FOLD_ASCII = 1;
    static final int FOLD_UNICODE = 2;

    private final int[] ranges;
    private final int[] categories;
    private final boolean negated;
    private final boolean unicodeCategories;
    private final int fold;
    private final long[] low = new long[4];

    CharSet(List<int[]> rangeList, List<Integer> categoryList, boolean negated, boolean unicodeCategories, int fold) {
        this.ranges = new int[rangeList.size() * 2];
        for (int i = 0; i < rangeList.size(); i++) {
            ranges[2 * i] = rangeList.get(i)[0];
            ranges[2 * i + 1] = rangeList.get(i)[1];
        }
        this.categories = new int[categoryList.size()];
        for (int i = 0; i < categories.length; i++) {
            categories[i] = categoryList.get(i);
        }
        this.negated = negated;
        this.unicodeCategories = unicodeCategories;
        this.fold = fold;
        for (int c = 0; c < 256; c++) {
            if (slowContains(c)) {
                low[c >> 6] |= 1L << (c & 63);
            }
        }
    }

    /** The set of one category, e.g. {@code \d} outside brackets. */
    static CharSet category(int cat, boolean unicode) {
        List<Integer> cats = new ArrayList<>();
        cats.add(cat);
        return new CharSet(new ArrayList<>(), cats, false, unicode, FOLD_NONE);
    }

    /**
     * One set for an alternation of single characters ({@code a|b|[xy]}, as sre turns such a
     * branch into a set), or null when the branches cannot merge (negated sets, mixed folding).
     */
    static CharSet union(List<Node.Char> chars) {
        List<int[]> ranges = new ArrayList<>();
        List<Integer> cats = new ArrayList<>();
        int fold = -1;
        int unicode = -1;
        for (Node.Char ch : chars) {
            if (ch.any) {
                return null;
            }
            if (ch.literal >= 0) {
                ranges.add(new int[] {ch.literal, ch.literal});
                continue;
            }
            CharSet s = ch.set;
            if (s.negated || fold >= 0 && fold != s.fold) {
                return null;
            }
            if (s.categories.length > 0) {
                int u = s.unicodeCategories ? 1 : 0;
                if (unicode >= 0 && unicode != u) {
                    return null;
                }
                unicode = u;
            }
            fold = s.fold;
            for (int i = 0; i < s.ranges.length; i += 2) {
                ranges.add(new int[] {s.ranges[i], s.ranges[i + 1]});
            }
            for (int c : s.categories) {
                cats.add(c);
            }
        }
        if (fold > 0) {
            // A literal branch matched only itself; under folding it would match its variants too.
            for (Node.Char ch : chars) {
                if (ch.literal >= 0 && (fold == FOLD_ASCII ? CaseFolding.asciiVariants(ch.literal)
                        : CaseFolding.variants(ch.literal)).length > 0) {
                    return null;
                }
            }
        }
        return new CharSet(ranges, cats, false, unicode == 1, Math.max(fold, FOLD_NONE));
    }

    boolean contains(int c) {
        if (c < 256) {
            return (low[c >> 6] & (1L << (c & 63))) != 0;
        }
        return slowContains(c);
    }

    private boolean slowContains(int c) {
        boolean in = rawContains(c);
        if (!in && fold != FOLD_NONE) {
            for (int v : fold == FOLD_ASCII ? CaseFolding.asciiVariants(c) : CaseFolding.variants(c)) {
                if (rawContains(v)) {
                    in = true;
                    break;
                }
            }
        }
        return in != negated;
    }

    private boolean rawContains(int c) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (c >= ranges[i] && c <= ranges[i + 1]) {
                return true;
            }
        }
        for (int cat : categories) {
            if (CharCategory.in(cat, c, unicodeCategories)) {
                return true;
            }
        }
        return false;
    }
}
