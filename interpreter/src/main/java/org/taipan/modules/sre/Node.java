package org.taipan.modules.sre;

import java.util.List;

/**
 * The parsed form of a pattern (what CPython's {@code sre_parse} builds), with the inline flags
 * already resolved into each node, so the compiler needs no flag state. {@link #minWidth} and
 * {@link #maxWidth} give the lengths of text the node can match (look-behind needs them equal).
 */
abstract class Node {
    static final long UNBOUNDED = Long.MAX_VALUE / 4;

    abstract long minWidth();

    abstract long maxWidth();

    /** One character: a literal (with its case variants when case-insensitive), a set, or any. */
    static final class Char extends Node {
        /** The literal, or -1 when {@link #set} decides. */
        final int literal;
        final CharSet set;
        /** For "any character": whether newline matches too. */
        final boolean any;
        final boolean dotAll;

        Char(int literal, CharSet set, boolean any, boolean dotAll) {
            this.literal = literal;
            this.set = set;
            this.any = any;
            this.dotAll = dotAll;
        }

        long minWidth() {
            return 1;
        }

        long maxWidth() {
            return 1;
        }
    }

    static final class Seq extends Node {
        final List<Node> items;

        Seq(List<Node> items) {
            this.items = items;
        }

        long minWidth() {
            long w = 0;
            for (Node n : items) {
                w = Math.min(UNBOUNDED, w + n.minWidth());
            }
            return w;
        }

        long maxWidth() {
            long w = 0;
            for (Node n : items) {
                w = Math.min(UNBOUNDED, w + n.maxWidth());
            }
            return w;
        }
    }

    static final class Alt extends Node {
        final List<Node> branches;

        Alt(List<Node> branches) {
            this.branches = branches;
        }

        long minWidth() {
            long w = UNBOUNDED;
            for (Node n : branches) {
                w = Math.min(w, n.minWidth());
            }
            return w;
        }

        long maxWidth() {
            long w = 0;
            for (Node n : branches) {
                w = Math.max(w, n.maxWidth());
            }
            return w;
        }
    }

    /** A group: capturing when {@code index > 0}. */
    static final class Group extends Node {
        final int index;
        final Node body;

        Group(int index, Node body) {
            this.index = index;
            this.body = body;
        }

        long minWidth() {
            return body.minWidth();
        }

        long maxWidth() {
            return body.maxWidth();
        }
    }

    static final class Repeat extends Node {
        static final int GREEDY = 0;
        static final int LAZY = 1;
        static final int POSSESSIVE = 2;
        final long min;
        final long max;
        final int kind;
        final Node body;

        Repeat(long min, long max, int kind, Node body) {
            this.min = min;
            this.max = max;
            this.kind = kind;
            this.body = body;
        }

        long minWidth() {
            return Math.min(UNBOUNDED, min * body.minWidth());
        }

        long maxWidth() {
            long b = body.maxWidth();
            if (b == 0) {
                return 0;
            }
            if (max >= UNBOUNDED || b >= UNBOUNDED) {
                return UNBOUNDED;
            }
            return b > UNBOUNDED / Math.max(1, max) ? UNBOUNDED : max * b;
        }
    }

    static final class Atomic extends Node {
        final Node body;

        Atomic(Node body) {
            this.body = body;
        }

        long minWidth() {
            return body.minWidth();
        }

        long maxWidth() {
            return body.maxWidth();
        }
    }

    static final class BackRef extends Node {
        final int group;
        final int fold;
        final long min;
        final long max;

        BackRef(int group, int fold, long min, long max) {
            this.group = group;
            this.fold = fold;
            this.min = min;
            this.max = max;
        }

        long minWidth() {
            return min;
        }

        long maxWidth() {
            return max;
        }
    }

    static final class Conditional extends Node {
        final int group;
        final Node yes;
        final Node no;

        Conditional(int group, Node yes, Node no) {
            this.group = group;
            this.yes = yes;
            this.no = no;
        }

        long minWidth() {
            return Math.min(yes.minWidth(), no == null ? 0 : no.minWidth());
        }

        long maxWidth() {
            return Math.max(yes.maxWidth(), no == null ? 0 : no.maxWidth());
        }
    }

    static final class Look extends Node {
        final boolean behind;
        final boolean negated;
        final Node body;

        Look(boolean behind, boolean negated, Node body) {
            this.behind = behind;
            this.negated = negated;
            this.body = body;
        }

        long minWidth() {
            return 0;
        }

        long maxWidth() {
            return 0;
        }
    }

    static final class Anchor extends Node {
        static final int BEGINNING = 0;
        static final int BEGINNING_LINE = 1;
        static final int BEGINNING_STRING = 2;
        static final int END = 3;
        static final int END_LINE = 4;
        static final int END_STRING = 5;
        static final int BOUNDARY = 6;
        static final int NON_BOUNDARY = 7;
        final int kind;
        final boolean unicode;

        Anchor(int kind, boolean unicode) {
            this.kind = kind;
            this.unicode = unicode;
        }

        long minWidth() {
            return 0;
        }

        long maxWidth() {
            return 0;
        }
    }
}
