package org.taipan.compile;

/**
 * One instruction of the control-flow graph before assembly (CPython's {@code struct instr}):
 * an opcode (an {@link Opcode} ordinal or one of the pseudo-instructions below), an argument,
 * a jump target block and the source location. Local and cell variables are referred to by
 * name until assembly fixes the "localsplus" layout.
 */
final class Instruction {
    /** Pseudo-instructions that only exist in the graph; they become exception table entries. */
    static final int SETUP_FINALLY = 256;
    static final int SETUP_CLEANUP = 257;
    static final int SETUP_WITH = 258;
    static final int POP_BLOCK = 259;
    /** Cached: {@code Opcode.values()} copies the array on every call. */
    static final Opcode[] OPCODES = Opcode.values();

    int op;
    int arg;
    /** For LOAD_FAST and the other local/cell/free variable instructions. */
    String varName;
    BasicBlock target;
    int lineno;
    int endLineno;
    int col;
    int endCol;
    /** The innermost exception handler covering this instruction (set during assembly). */
    BasicBlock except;

    Instruction(int op, int arg, int lineno, int endLineno, int col, int endCol) {
        this.op = op;
        this.arg = arg;
        this.lineno = lineno;
        this.endLineno = endLineno;
        this.col = col;
        this.endCol = endCol;
    }

    Instruction copy() {
        Instruction i = new Instruction(op, arg, lineno, endLineno, col, endCol);
        i.varName = varName;
        i.target = target;
        return i;
    }

    void copyLocationFrom(Instruction o) {
        lineno = o.lineno;
        endLineno = o.endLineno;
        col = o.col;
        endCol = o.endCol;
    }

    boolean is(Opcode o) {
        return op == o.ordinal();
    }

    boolean isJump() {
        return op < 256 && Instruction.OPCODES[op].isJump();
    }

    boolean isBlockPush() {
        return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
    }

    /** Instructions that leave the code block: nothing falls through them. */
    boolean isScopeExit() {
        return op == Opcode.RETURN_VALUE.ordinal() || op == Opcode.RAISE_VARARGS.ordinal()
                || op == Opcode.RERAISE.ordinal();
    }

    boolean isUnconditionalJump() {
        return op == Opcode.JUMP.ordinal() || op == Opcode.JUMP_NO_INTERRUPT.ordinal();
    }

    String opName() {
        switch (op) {
            case SETUP_FINALLY: return "SETUP_FINALLY";
            case SETUP_CLEANUP: return "SETUP_CLEANUP";
            case SETUP_WITH: return "SETUP_WITH";
            case POP_BLOCK: return "POP_BLOCK";
            default: return Instruction.OPCODES[op].name();
        }
    }

    @Override
    public String toString() {
        return opName() + " " + arg + (varName != null ? " " + varName : "") + " @" + lineno;
    }
}
