package org.taipan.modules.sre;

/**
 * A compiled pattern: the instruction array the {@link Matcher} runs, the character sets it
 * refers to, and what the search loop needs to know to skip start positions quickly.
 */
final class Program {
    // Opcodes; the operands follow in the same int[].
    static final int CHAR = 1;          // c
    static final int ANY = 2;           // (pad)
    static final int ANY_ALL = 3;       // (pad)
    static final int SET = 4;           // set index
    static final int SPLIT = 5;         // first, second
    static final int JMP = 6;           // target
    static final int SAVE_START = 7;    // group
    static final int SAVE_END = 8;      // group
    static final int AT = 9;            // anchor kind (+16 when Unicode word rules)
    static final int BACKREF = 10;      // group, fold
    static final int LOOK = 11;         // behind, negated, width, end
    static final int ATOMIC = 12;       // end
    static final int COND = 13;         // group, no-branch
    static final int REP_INIT = 14;     // register
    static final int REP = 15;          // register, min, max, exit, lazy
    static final int REP_STEP = 16;     // register
    static final int STAR_CHAR = 17;    // min, max, kind, next; the one-char item follows (2 ints)
    static final int MATCH = 18;
    static final int SUCCEED = 19;
    static final int FAIL = 20;
    static final int SPLIT_GUARDED = 21; // first, second, first-chars index: the first branch only if the char fits

    final int[] code;
    final CharSet[] sets;
    final int groups;
    final int registers;
    /** The code point every match starts with, or -1. */
    final int firstChar;
    /** A set every match starts with, or null. */
    final CharSet firstSet;
    /** Whether matches can only start at position 0. */
    final boolean anchoredAtStart;
    /** The literal text every match starts with (length ≥ 2), or null. */
    final int[] prefix;
    /** The first characters of branches guarded by SPLIT_GUARDED. */
    final FirstChars[] branchFirsts;
    /** The characters any match starts with (when not given by firstChar/firstSet), or null. */
    final FirstChars firstChars;

    Program(int[] code, CharSet[] sets, int groups, int registers, int firstChar, CharSet firstSet,
            boolean anchoredAtStart, int[] prefix, FirstChars[] branchFirsts, FirstChars firstChars) {
        this.branchFirsts = branchFirsts;
        this.firstChars = firstChars;
        this.code = code;
        this.sets = sets;
        this.groups = groups;
        this.registers = registers;
        this.firstChar = firstChar;
        this.firstSet = firstSet;
        this.anchoredAtStart = anchoredAtStart;
        this.prefix = prefix;
    }
}
