package org.taipan.modules.sre;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link Node} tree to a {@link Program}: branches become SPLIT/JMP, counted repeats a
 * register-driven loop, one-character repeats a single STAR_CHAR instruction that needs no
 * stack per character, look-arounds and atomic groups sub-programs ending in SUCCEED.
 */
final class PatternCompiler {
    private int[] code = new int[64];
    private int n;
    private final List<CharSet> sets = new ArrayList<>();
    private final List<FirstChars> firsts = new ArrayList<>();
    private int registers;

    private PatternCompiler(int groups) {
        // Marks of groups 0..groups, then lastindex, then repeat registers.
        registers = 2 * (groups + 1) + 1;
    }

    static Program compile(PatternParser.ParsedPattern parsed) {
        PatternCompiler c = new PatternCompiler(parsed.groups);
        c.emit(parsed.root);
        c.op(Program.MATCH);
        int firstChar = -1;
        CharSet firstSet = null;
        boolean anchored = false;
        List<Integer> prefix = new ArrayList<>();
        Node first = parsed.root;
        List<Node> leading = first instanceof Node.Seq ? ((Node.Seq) first).items : List.of(first);
        for (Node item : leading) {
            if (item instanceof Node.Char && ((Node.Char) item).literal >= 0) {
                prefix.add(((Node.Char) item).literal);
            } else {
                break;
            }
        }
        Node head = leading.isEmpty() ? null : leading.get(0);
        while (head instanceof Node.Group) {
            Node body = ((Node.Group) head).body;
            head = body instanceof Node.Seq ? (((Node.Seq) body).items.isEmpty() ? null : ((Node.Seq) body).items.get(0))
                    : body;
        }
        if (head instanceof Node.Repeat && ((Node.Repeat) head).min > 0 && ((Node.Repeat) head).body instanceof Node.Char) {
            head = ((Node.Repeat) head).body;
        }
        if (head instanceof Node.Char) {
            Node.Char ch = (Node.Char) head;
            if (ch.literal >= 0) {
                firstChar = ch.literal;
            } else if (ch.set != null) {
                firstSet = ch.set;
            }
        } else if (head instanceof Node.Anchor) {
            int k = ((Node.Anchor) head).kind;
            anchored = k == Node.Anchor.BEGINNING || k == Node.Anchor.BEGINNING_STRING;
        }
        int[] pre = null;
        if (prefix.size() >= 2) {
            pre = prefix.stream().mapToInt(Integer::intValue).toArray();
        }
        FirstChars firstChars = firstChar < 0 && firstSet == null && !anchored ? FirstChars.of(parsed.root) : null;
        return new Program(Arrays.copyOf(c.code, c.n), c.sets.toArray(new CharSet[0]), parsed.groups,
                c.registers, firstChar, firstSet, anchored, pre, c.firsts.toArray(new FirstChars[0]), firstChars);
    }

    private int op(int... words) {
        int at = n;
        if (n + words.length > code.length) {
            code = Arrays.copyOf(code, Math.max(code.length * 2, n + words.length));
        }
        for (int w : words) {
            code[n++] = w;
        }
        return at;
    }

    private int clampCount(long v) {
        return v >= Node.UNBOUNDED || v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }

    private void emitChar(Node.Char ch) {
        if (ch.any) {
            op(ch.dotAll ? Program.ANY_ALL : Program.ANY, 0);
        } else if (ch.literal >= 0) {
            op(Program.CHAR, ch.literal);
        } else {
            sets.add(ch.set);
            op(Program.SET, sets.size() - 1);
        }
    }

    private void emit(Node node) {
        if (node instanceof Node.Char) {
            emitChar((Node.Char) node);
        } else if (node instanceof Node.Seq) {
            for (Node item : ((Node.Seq) node).items) {
                emit(item);
            }
        } else if (node instanceof Node.Alt) {
            List<Node> branches = ((Node.Alt) node).branches;
            List<Integer> jumps = new ArrayList<>();
            for (int b = 0; b < branches.size(); b++) {
                if (b < branches.size() - 1) {
                    FirstChars first = FirstChars.of(branches.get(b));
                    int split;
                    if (first != null) {
                        firsts.add(first);
                        split = op(Program.SPLIT_GUARDED, 0, 0, firsts.size() - 1);
                    } else {
                        split = op(Program.SPLIT, 0, 0);
                    }
                    code[split + 1] = n;
                    emit(branches.get(b));
                    jumps.add(op(Program.JMP, 0));
                    code[split + 2] = n;
                } else {
                    emit(branches.get(b));
                }
            }
            for (int j : jumps) {
                code[j + 1] = n;
            }
        } else if (node instanceof Node.Group) {
            Node.Group g = (Node.Group) node;
            if (g.index > 0) {
                op(Program.SAVE_START, g.index);
                emit(g.body);
                op(Program.SAVE_END, g.index);
            } else {
                emit(g.body);
            }
        } else if (node instanceof Node.Repeat) {
            emitRepeat((Node.Repeat) node);
        } else if (node instanceof Node.Atomic) {
            int at = op(Program.ATOMIC, 0);
            emit(((Node.Atomic) node).body);
            op(Program.SUCCEED);
            code[at + 1] = n;
        } else if (node instanceof Node.BackRef) {
            Node.BackRef b = (Node.BackRef) node;
            op(Program.BACKREF, b.group, b.fold);
        } else if (node instanceof Node.Conditional) {
            Node.Conditional c = (Node.Conditional) node;
            int at = op(Program.COND, c.group, 0);
            emit(c.yes);
            int jmp = op(Program.JMP, 0);
            code[at + 2] = n;
            if (c.no != null) {
                emit(c.no);
            }
            code[jmp + 1] = n;
        } else if (node instanceof Node.Look) {
            Node.Look l = (Node.Look) node;
            int at = op(Program.LOOK, l.behind ? 1 : 0, l.negated ? 1 : 0, clampCount(l.body.minWidth()), 0);
            emit(l.body);
            op(Program.SUCCEED);
            code[at + 4] = n;
        } else if (node instanceof Node.Anchor) {
            Node.Anchor a = (Node.Anchor) node;
            op(Program.AT, a.kind + (a.unicode ? 16 : 0));
        } else {
            throw new IllegalStateException(node.getClass().getName());
        }
    }

    private void emitRepeat(Node.Repeat r) {
        if (r.max == 0) {
            return;
        }
        if (r.body instanceof Node.Char) {
            int at = op(Program.STAR_CHAR, clampCount(r.min), clampCount(r.max), r.kind, 0);
            emitChar((Node.Char) r.body);
            code[at + 4] = n;
            return;
        }
        if (r.min == 1 && r.max == 1) {
            if (r.kind == Node.Repeat.POSSESSIVE) {
                emit(new Node.Atomic(r.body));
            } else {
                emit(r.body);
            }
            return;
        }
        int atomic = -1;
        if (r.kind == Node.Repeat.POSSESSIVE) {
            atomic = op(Program.ATOMIC, 0);
        }
        int reg = registers;
        registers += 2;
        op(Program.REP_INIT, reg);
        int rep = op(Program.REP, reg, clampCount(r.min), clampCount(r.max), 0, r.kind == Node.Repeat.LAZY ? 1 : 0);
        op(Program.REP_STEP, reg);
        emit(r.body);
        op(Program.JMP, rep);
        code[rep + 4] = n;
        if (atomic >= 0) {
            op(Program.SUCCEED);
            code[atomic + 1] = n;
        }
    }
}
