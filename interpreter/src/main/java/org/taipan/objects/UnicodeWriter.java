package org.taipan.objects;

/**
 * Builds a str from pieces (like CPython's {@code _PyUnicodeWriter}) keeping code points
 * apart that a Java string would pair up: a piece ending in a lone high surrogate followed by
 * one starting with a lone low surrogate, or a piece that is itself a split-pair str. Without
 * such a junction (the normal case) the result is a plain {@link PyUnicode}.
 */
final class UnicodeWriter {
    final StringBuilder sb;
    /** Char offsets at which a high/low surrogate pair must stay two code points. */
    private int[] splits;
    private int nsplits;

    UnicodeWriter(int capacity) {
        sb = new StringBuilder(capacity);
    }

    private void checkJunction(char first) {
        int n = sb.length();
        if (n > 0 && Character.isLowSurrogate(first) && Character.isHighSurrogate(sb.charAt(n - 1))) {
            mark(n);
        }
    }

    private void mark(int offset) {
        if (splits == null) {
            splits = new int[4];
        } else if (nsplits == splits.length) {
            splits = java.util.Arrays.copyOf(splits, nsplits * 2);
        }
        splits[nsplits++] = offset;
    }

    UnicodeWriter append(String s) {
        if (!s.isEmpty()) {
            checkJunction(s.charAt(0));
            sb.append(s);
        }
        return this;
    }

    UnicodeWriter append(String s, int from, int to) {
        if (from < to) {
            checkJunction(s.charAt(from));
            sb.append(s, from, to);
        }
        return this;
    }

    UnicodeWriter append(char c) {
        checkJunction(c);
        sb.append(c);
        return this;
    }

    UnicodeWriter append(PyUnicode u) {
        String v = u.value;
        if (v.isEmpty()) {
            return this;
        }
        checkJunction(v.charAt(0));
        int base = sb.length();
        sb.append(v);
        int[] p = u.points();
        if (p != null) {
            int off = 0;
            for (int i = 0; i < p.length; i++) {
                if (i > 0 && p[i] < 0x10000 && Character.isLowSurrogate((char) p[i])
                        && p[i - 1] < 0x10000 && Character.isHighSurrogate((char) p[i - 1])) {
                    mark(base + off);
                }
                off += Character.charCount(p[i]);
            }
        }
        return this;
    }

    int length() {
        return sb.length();
    }

    PyUnicode toStr() {
        String s = sb.toString();
        if (nsplits == 0) {
            return PyUnicode.of(s);
        }
        int[] marks = java.util.Arrays.copyOf(splits, nsplits);
        java.util.Arrays.sort(marks);
        int[] cps = new int[s.length()];
        int k = 0;
        int m = 0;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            while (m < marks.length && marks[m] <= i) {
                m++;
            }
            boolean splitHere = m < marks.length && marks[m] == i + 1;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) && !splitHere) {
                cps[k++] = Character.toCodePoint(c, s.charAt(i + 1));
                i += 2;
            } else {
                cps[k++] = c;
                i++;
            }
        }
        return PyUnicode.fromCodePoints(cps, 0, k);
    }
}
