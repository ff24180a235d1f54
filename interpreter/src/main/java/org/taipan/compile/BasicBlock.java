package org.taipan.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block of the control-flow graph (CPython's {@code basicblock}): straight-line
 * instructions, the block laid out after it ({@link #next}), and the flags the 3.11 optimiser
 * and assembler compute.
 */
final class BasicBlock {
    final int id;
    List<Instruction> instrs = new ArrayList<>();
    BasicBlock next;
    int predecessors;
    boolean exit;
    boolean nofallthrough;
    boolean visited;
    boolean preserveLasti;
    int startDepth = Integer.MIN_VALUE;
    int offset;
    ExceptStack exceptStack;

    BasicBlock(int id) {
        this.id = id;
    }

    Instruction last() {
        return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
    }

    boolean isEmpty() {
        return instrs.isEmpty();
    }

    /** The handlers in force at a point of the graph (CPython's {@code ExceptStack}). */
    static final class ExceptStack {
        final List<BasicBlock> handlers = new ArrayList<>();

        ExceptStack copy() {
            ExceptStack s = new ExceptStack();
            s.handlers.addAll(handlers);
            return s;
        }

        BasicBlock top() {
            return handlers.isEmpty() ? null : handlers.get(handlers.size() - 1);
        }
    }

    @Override
    public String toString() {
        return "B" + id + instrs;
    }
}
