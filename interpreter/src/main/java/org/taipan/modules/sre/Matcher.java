package org.taipan.modules.sre;

import java.util.Arrays;

/**
 * Runs a {@link Program} over a text of code points by backtracking with an explicit stack (so
 * long inputs never overflow the Java stack). Register writes (group marks, lastindex, repeat
 * counters) are logged on the same stack and undone when backtracking passes them, which makes
 * atomic groups and look-arounds a matter of dropping choice points while keeping the undo log.
 *
 * <p>Positions are code point indexes. As in sre, the text before {@code pos} is visible to
 * look-behind and to {@code ^}/{@code \b}, while the text from {@code endpos} on is not there.
 */
public final class Matcher {
    private static final int T_CHOICE = 1;
    private static final int T_UNDO = 2;
    private static final int T_GREEDY_CHAR = 3;
    private static final int T_LAZY_CHAR = 4;
    /** Undo of two adjacent registers (a repeat's counter and last position). */
    private static final int T_UNDO_PAIR = 5;
    /** Undo of a group's end mark together with lastindex. */
    private static final int T_UNDO_END = 6;

    private final Program prog;
    private final int[] code;
    private final CharSet[] sets;
    private int[] text;
    private int end;
    /** Group marks at [2g, 2g+1], lastindex at [lastIndexReg], then repeat registers. */
    final int[] regs;
    private final int lastIndexReg;
    private int[] stack = new int[256];
    private int sp;
    private boolean fullMatch;
    /** A position where an empty match is refused (the scanner's "must advance"), or -1. */
    private int forbiddenEmpty = -1;
    private int matchEnd;
    /** Where the last successful match started. */
    int matchStart;

    Matcher(Program prog, int[] text, int endpos) {
        this.prog = prog;
        this.code = prog.code;
        this.sets = prog.sets;
        this.text = text;
        this.end = Math.min(endpos, text.length);
        this.regs = new int[prog.registers];
        this.lastIndexReg = 2 * (prog.groups + 1);
    }

    void forbidEmptyAt(int pos) {
        forbiddenEmpty = pos;
    }

    /** Reuses this matcher (and its stack) for another subject. */
    Matcher reset(int[] text, int endpos) {
        this.text = text;
        this.end = Math.min(endpos, text.length);
        this.forbiddenEmpty = -1;
        return this;
    }

    int end() {
        return end;
    }

    int matchEnd() {
        return matchEnd;
    }

    int lastIndex() {
        return regs[lastIndexReg];
    }

    private void reset() {
        Arrays.fill(regs, -1);
        sp = 0;
    }

    /** A match starting exactly at {@code pos} (whole text up to end when {@code full}). */
    boolean match(int pos, boolean full) {
        reset();
        fullMatch = full;
        if (pos > end) {
            return false;
        }
        matchStart = pos;
        return run(0, pos);
    }

    /** The leftmost match starting at or after {@code pos}. */
    boolean search(int pos) {
        reset();
        fullMatch = false;
        if (pos > end) {
            return false;
        }
        if (prog.anchoredAtStart) {
            if (pos != 0) {
                return false;
            }
            matchStart = 0;
            return run(0, 0);
        }
        int[] t = text;
        int[] prefix = prog.prefix;
        int first = prog.firstChar;
        CharSet firstSet = prog.firstSet;
        FirstChars firstChars = prog.firstChars;
        for (int start = pos; start <= end; start++) {
            if (first >= 0) {
                while (start < end && t[start] != first) {
                    start++;
                }
                if (start >= end) {
                    return false;
                }
                if (prefix != null) {
                    if (start + prefix.length > end) {
                        return false;
                    }
                    boolean same = true;
                    for (int k = 1; k < prefix.length; k++) {
                        if (t[start + k] != prefix[k]) {
                            same = false;
                            break;
                        }
                    }
                    if (!same) {
                        continue;
                    }
                }
            } else if (firstSet != null) {
                while (start < end && !firstSet.contains(t[start])) {
                    start++;
                }
                if (start >= end) {
                    return false;
                }
            } else if (firstChars != null) {
                while (start < end && !firstChars.contains(t[start])) {
                    start++;
                }
                if (start >= end) {
                    return false;
                }
            }
            matchStart = start;
            if (run(0, start)) {
                return true;
            }
        }
        return false;
    }

    private void push(int type, int a, int b, int c) {
        if (sp + 4 > stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[sp] = type;
        stack[sp + 1] = a;
        stack[sp + 2] = b;
        stack[sp + 3] = c;
        sp += 4;
    }

    private void setReg(int r, int v) {
        push(T_UNDO, r, regs[r], 0);
        regs[r] = v;
    }

    /** Whether the one-character instruction at {@code pc} accepts {@code c}. */
    private boolean charMatches(int pc, int c) {
        switch (code[pc]) {
            case Program.CHAR:
                return c == code[pc + 1];
            case Program.ANY:
                return c != '\n';
            case Program.ANY_ALL:
                return true;
            default:
                return sets[code[pc + 1]].contains(c);
        }
    }

    private boolean isWord(int pos, boolean unicode) {
        return CharCategory.isWord(text[pos], unicode);
    }

    private boolean atAnchor(int kind, int pos) {
        boolean unicode = kind >= 16;
        switch (kind & 15) {
            case Node.Anchor.BEGINNING:
            case Node.Anchor.BEGINNING_STRING:
                return pos == 0;
            case Node.Anchor.BEGINNING_LINE:
                return pos == 0 || text[pos - 1] == '\n';
            case Node.Anchor.END:
                return pos == end || pos == end - 1 && text[pos] == '\n';
            case Node.Anchor.END_LINE:
                return pos == end || text[pos] == '\n';
            case Node.Anchor.END_STRING:
                return pos == end;
            case Node.Anchor.BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean before = pos > 0 && isWord(pos - 1, unicode);
                boolean after = pos < end && isWord(pos, unicode);
                return before != after;
            }
            default: {
                if (end == 0) {
                    return false;
                }
                boolean before = pos > 0 && isWord(pos - 1, unicode);
                boolean after = pos < end && isWord(pos, unicode);
                return before == after;
            }
        }
    }

    private static int foldChar(int c, int fold) {
        if (fold == CharSet.FOLD_ASCII) {
            return CaseFolding.asciiLower(c);
        }
        return CaseFolding.key(c);
    }

    /** The end of a back-reference to {@code group} matched at {@code pos}, or -1. */
    private int backref(int group, int fold, int pos) {
        int s = regs[2 * group];
        int e = regs[2 * group + 1];
        if (s < 0 || e < 0 || e < s) {
            return -1;
        }
        int len = e - s;
        if (pos + len > end) {
            return -1;
        }
        for (int k = 0; k < len; k++) {
            int a = text[s + k];
            int b = text[pos + k];
            if (a != b && (fold == CharSet.FOLD_NONE || foldChar(a, fold) != foldChar(b, fold))) {
                return -1;
            }
        }
        return pos + len;
    }

    /**
     * Runs from {@code pc} at {@code pos} until MATCH/SUCCEED (true, {@link #matchEnd} set) or
     * until backtracking exhausts the choices above the stack height at entry (false).
     */
    private boolean run(int pc, int pos) {
        final int base = sp;
        final int[] code = this.code;
        final int[] text = this.text;
        final int end = this.end;
        while (true) {
            boolean ok;
            switch (code[pc]) {
                case Program.CHAR:
                    ok = pos < end && text[pos] == code[pc + 1];
                    if (ok) {
                        pos++;
                        pc += 2;
                    }
                    break;
                case Program.ANY:
                    ok = pos < end && text[pos] != '\n';
                    if (ok) {
                        pos++;
                        pc += 2;
                    }
                    break;
                case Program.ANY_ALL:
                    ok = pos < end;
                    if (ok) {
                        pos++;
                        pc += 2;
                    }
                    break;
                case Program.SET:
                    ok = pos < end && sets[code[pc + 1]].contains(text[pos]);
                    if (ok) {
                        pos++;
                        pc += 2;
                    }
                    break;
                case Program.SPLIT:
                    push(T_CHOICE, code[pc + 2], pos, 0);
                    pc = code[pc + 1];
                    ok = true;
                    break;
                case Program.SPLIT_GUARDED:
                    if (pos < end && prog.branchFirsts[code[pc + 3]].contains(text[pos])) {
                        push(T_CHOICE, code[pc + 2], pos, 0);
                        pc = code[pc + 1];
                    } else {
                        pc = code[pc + 2];
                    }
                    ok = true;
                    break;
                case Program.JMP:
                    pc = code[pc + 1];
                    ok = true;
                    break;
                case Program.SAVE_START:
                    setReg(2 * code[pc + 1], pos);
                    pc += 2;
                    ok = true;
                    break;
                case Program.SAVE_END: {
                    int r = 2 * code[pc + 1] + 1;
                    push(T_UNDO_END, r, regs[r], regs[lastIndexReg]);
                    regs[r] = pos;
                    regs[lastIndexReg] = code[pc + 1];
                    pc += 2;
                    ok = true;
                    break;
                }
                case Program.AT:
                    ok = atAnchor(code[pc + 1], pos);
                    pc += 2;
                    break;
                case Program.BACKREF: {
                    int e = backref(code[pc + 1], code[pc + 2], pos);
                    ok = e >= 0;
                    if (ok) {
                        pos = e;
                        pc += 3;
                    }
                    break;
                }
                case Program.LOOK: {
                    boolean behind = code[pc + 1] != 0;
                    boolean negated = code[pc + 2] != 0;
                    int from = behind ? pos - code[pc + 3] : pos;
                    int mark = sp;
                    boolean saveFull = fullMatch;
                    int saveEnd = matchEnd;
                    boolean found = from >= 0 && run(pc + 5, from);
                    matchEnd = saveEnd;
                    fullMatch = saveFull;
                    if (found && negated) {
                        unwind(mark);
                    } else if (found) {
                        cut(mark);
                    }
                    ok = found != negated;
                    pc = code[pc + 4];
                    break;
                }
                case Program.ATOMIC: {
                    int mark = sp;
                    int saveEnd = matchEnd;
                    boolean found = run(pc + 2, pos);
                    if (found) {
                        cut(mark);
                        pos = matchEnd;
                    }
                    matchEnd = saveEnd;
                    ok = found;
                    pc = code[pc + 1];
                    break;
                }
                case Program.COND: {
                    int g = code[pc + 1];
                    boolean set = regs[2 * g] >= 0 && regs[2 * g + 1] >= 0;
                    pc = set ? pc + 3 : code[pc + 2];
                    ok = true;
                    break;
                }
                case Program.REP_INIT: {
                    int r = code[pc + 1];
                    push(T_UNDO_PAIR, r, regs[r], regs[r + 1]);
                    regs[r] = 0;
                    regs[r + 1] = -1;
                    pc += 2;
                    ok = true;
                    break;
                }
                case Program.REP: {
                    int r = code[pc + 1];
                    int count = regs[r];
                    ok = true;
                    if (count < code[pc + 2]) {
                        pc += 6;
                    } else if (count < code[pc + 3] && pos != regs[r + 1]) {
                        if (code[pc + 5] == 0) {
                            push(T_CHOICE, code[pc + 4], pos, 0);
                            pc += 6;
                        } else {
                            push(T_CHOICE, pc + 6, pos, 0);
                            pc = code[pc + 4];
                        }
                    } else {
                        pc = code[pc + 4];
                    }
                    break;
                }
                case Program.REP_STEP: {
                    int r = code[pc + 1];
                    push(T_UNDO_PAIR, r, regs[r], regs[r + 1]);
                    regs[r]++;
                    regs[r + 1] = pos;
                    pc += 2;
                    ok = true;
                    break;
                }
                case Program.STAR_CHAR: {
                    int min = code[pc + 1];
                    int max = code[pc + 2];
                    int kind = code[pc + 3];
                    int item = pc + 5;
                    int limit = max == Integer.MAX_VALUE || (long) pos + max > end ? end : pos + max;
                    if (kind == Node.Repeat.LAZY) {
                        int p = pos;
                        while (p < pos + min && p < end && charMatches(item, text[p])) {
                            p++;
                        }
                        ok = p - pos >= min;
                        if (ok) {
                            if (p < limit) {
                                push(T_LAZY_CHAR, pc, limit, p);
                            }
                            pos = p;
                            pc = code[pc + 4];
                        }
                        break;
                    }
                    int p = pos;
                    if (code[item] == Program.ANY_ALL) {
                        p = limit;
                    } else {
                        while (p < limit && charMatches(item, text[p])) {
                            p++;
                        }
                    }
                    ok = p - pos >= min;
                    if (ok) {
                        if (kind == Node.Repeat.GREEDY && p > pos + min) {
                            push(T_GREEDY_CHAR, pc, pos + min, p);
                        }
                        pos = p;
                        pc = code[pc + 4];
                    }
                    break;
                }
                case Program.MATCH:
                    ok = (!fullMatch || pos == end) && pos != forbiddenEmpty;
                    if (ok) {
                        matchEnd = pos;
                        return true;
                    }
                    break;
                case Program.SUCCEED:
                    matchEnd = pos;
                    return true;
                default:
                    ok = false;
                    break;
            }
            if (ok) {
                continue;
            }
            // Backtrack: undo register writes down to the newest choice point and resume there.
            resumed:
            while (true) {
                if (sp <= base) {
                    return false;
                }
                sp -= 4;
                int[] st = stack;
                switch (st[sp]) {
                    case T_UNDO:
                        regs[st[sp + 1]] = st[sp + 2];
                        break;
                    case T_UNDO_PAIR:
                        regs[st[sp + 1]] = st[sp + 2];
                        regs[st[sp + 1] + 1] = st[sp + 3];
                        break;
                    case T_UNDO_END:
                        regs[st[sp + 1]] = st[sp + 2];
                        regs[lastIndexReg] = st[sp + 3];
                        break;
                    case T_CHOICE:
                        pc = st[sp + 1];
                        pos = st[sp + 2];
                        break resumed;
                    case T_GREEDY_CHAR: {
                        int rep = st[sp + 1];
                        int min = st[sp + 2];
                        int p = st[sp + 3] - 1;
                        int next = code[rep + 4];
                        if (code[next] == Program.CHAR) {
                            int lit = code[next + 1];
                            while (p >= min && (p >= end || text[p] != lit)) {
                                p--;
                            }
                        }
                        if (p < min) {
                            break;
                        }
                        if (p > min) {
                            st[sp + 3] = p;
                            sp += 4;
                        }
                        pos = p;
                        pc = next;
                        break resumed;
                    }
                    default: {
                        int rep = st[sp + 1];
                        int limit = st[sp + 2];
                        int p = st[sp + 3];
                        if (p >= limit || !charMatches(rep + 5, text[p])) {
                            break;
                        }
                        p++;
                        if (p < limit) {
                            st[sp + 3] = p;
                            sp += 4;
                        }
                        pos = p;
                        pc = code[rep + 4];
                        break resumed;
                    }
                }
            }
        }
    }

    /** Drops the choice points above {@code mark}, keeping the undo log (atomic success). */
    private void cut(int mark) {
        int w = mark;
        for (int r = mark; r < sp; r += 4) {
            int type = stack[r];
            if (type == T_UNDO || type == T_UNDO_PAIR || type == T_UNDO_END) {
                if (w != r) {
                    System.arraycopy(stack, r, stack, w, 4);
                }
                w += 4;
            }
        }
        sp = w;
    }

    /** Pops everything above {@code mark}, undoing register writes (negative look-around). */
    private void unwind(int mark) {
        while (sp > mark) {
            sp -= 4;
            int type = stack[sp];
            if (type == T_UNDO) {
                regs[stack[sp + 1]] = stack[sp + 2];
            } else if (type == T_UNDO_PAIR) {
                regs[stack[sp + 1]] = stack[sp + 2];
                regs[stack[sp + 1] + 1] = stack[sp + 3];
            } else if (type == T_UNDO_END) {
                regs[stack[sp + 1]] = stack[sp + 2];
                regs[lastIndexReg] = stack[sp + 3];
            }
        }
    }
}
