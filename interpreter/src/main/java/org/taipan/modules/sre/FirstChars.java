package org.taipan.modules.sre;

import java.util.ArrayList;
import java.util.List;

/**
 * The characters a node's matches can start with, when that is known: lets a branch be skipped
 * without pushing a choice point (as sre's BRANCH looks at a leading literal or set) and lets
 * the search loop skip start positions. Zero-width assertions are transparent: the character at
 * the position is still the first one the following item consumes.
 */
final class FirstChars {
    private final long[] low = new long[4];
    private final List<Node.Char> high = new ArrayList<>();

    private FirstChars() {
    }

    boolean contains(int c) {
        if (c < 256) {
            return (low[c >> 6] & (1L << (c & 63))) != 0;
        }
        for (Node.Char ch : high) {
            if (ch.literal >= 0 ? ch.literal == c : ch.set.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private void add(Node.Char ch) {
        for (int c = 0; c < 256; c++) {
            if (ch.literal >= 0 ? ch.literal == c : ch.set.contains(c)) {
                low[c >> 6] |= 1L << (c & 63);
            }
        }
        if (ch.literal < 0 || ch.literal >= 256) {
            high.add(ch);
        }
    }

    /** The first characters of {@code node}, or null when unknown or when it can match empty. */
    static FirstChars of(Node node) {
        List<Node.Char> chars = new ArrayList<>();
        if (!collect(node, chars)) {
            return null;
        }
        FirstChars f = new FirstChars();
        for (Node.Char ch : chars) {
            f.add(ch);
        }
        return f;
    }

    /** Adds the possible first characters of {@code node}; false when they are not known. */
    private static boolean collect(Node node, List<Node.Char> out) {
        if (node instanceof Node.Char) {
            Node.Char ch = (Node.Char) node;
            if (ch.any) {
                return false;
            }
            out.add(ch);
            return true;
        }
        if (node instanceof Node.Group) {
            return collect(((Node.Group) node).body, out);
        }
        if (node instanceof Node.Atomic) {
            return collect(((Node.Atomic) node).body, out);
        }
        if (node instanceof Node.Repeat) {
            Node.Repeat r = (Node.Repeat) node;
            return r.min > 0 && collect(r.body, out);
        }
        if (node instanceof Node.Alt) {
            for (Node b : ((Node.Alt) node).branches) {
                if (!collect(b, out)) {
                    return false;
                }
            }
            return true;
        }
        if (node instanceof Node.Seq) {
            for (Node item : ((Node.Seq) node).items) {
                if (item instanceof Node.Anchor || item instanceof Node.Look) {
                    continue;
                }
                return collect(item, out);
            }
            return false;
        }
        return false;
    }
}
