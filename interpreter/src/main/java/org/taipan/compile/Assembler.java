package org.taipan.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one {@link CodeUnit}'s control-flow graph into a {@link CodeData}, with CPython 3.11's
 * assembly passes in CPython's order: prefix instructions (MAKE_CELL, COPY_FREE_VARS,
 * RETURN_GENERATOR), the peephole optimiser ({@link Peephole}), unreachable-code removal, NOP
 * removal that keeps line events, line number propagation, stack depth, exception table, and the
 * final layout with absolute jump targets.
 */
final class Assembler {
    /** Exit blocks up to this size are copied into blocks that jump to them (CPython's MAX_COPY_SIZE). */
    private static final int MAX_COPY_SIZE = 4;

    private final CodeUnit u;
    private final String filename;
    private final int flags;
    private final List<Object> consts;

    Assembler(CodeUnit u, String filename, int flags) {
        this.u = u;
        this.filename = filename;
        this.flags = flags;
        this.consts = new ArrayList<>(u.consts);
    }

    CodeData assemble() {
        for (BasicBlock b : u.blocks) {
            normalize(b);
        }
        for (int i = u.blocks.size() - 1; i >= 0; i--) {
            extendBlock(u.blocks.get(i));
        }
        // Localsplus layout: variables, then cells that are not arguments, then free variables.
        List<String> lpNames = new ArrayList<>(u.varnames.keySet());
        List<Byte> lpKinds = new ArrayList<>();
        for (String v : lpNames) {
            lpKinds.add(u.cellvars.contains(v) ? (byte) (CodeData.KIND_LOCAL | CodeData.KIND_CELL) : CodeData.KIND_LOCAL);
        }
        for (String c : u.cellvars) {
            if (!u.varnames.containsKey(c)) {
                lpNames.add(c);
                lpKinds.add(CodeData.KIND_CELL);
            }
        }
        for (String f : u.freevars) {
            lpNames.add(f);
            lpKinds.add(CodeData.KIND_FREE);
        }
        Map<String, Integer> lpIndex = new HashMap<>();
        for (int i = 0; i < lpNames.size(); i++) {
            lpIndex.putIfAbsent(lpNames.get(i), i);
        }
        insertPrefix(lpNames, lpKinds);

        optimizeCfg();
        duplicateExitsWithoutLineno();
        trimUnusedConsts();
        propagateLineNumbers();
        guaranteeLinenoForExits();
        int maxDepth = stackDepth();
        labelExceptionTargets();
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            for (Instruction i : b.instrs) {
                if (i.isBlockPush() || i.op == Instruction.POP_BLOCK) {
                    i.op = Opcode.NOP.ordinal();
                    i.target = null;
                }
            }
        }
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            cleanBlock(b, -1);
        }
        return emit(maxDepth, lpNames, lpKinds, lpIndex);
    }

    // ---------------------------------------------------------------- graph preparation

    private static BasicBlock skipEmpty(BasicBlock b) {
        while (b.isEmpty() && b.next != null) {
            b = b.next;
        }
        return b;
    }

    private void normalize(BasicBlock b) {
        for (Instruction i : b.instrs) {
            if (i.isJump()) {
                i.target = skipEmpty(i.target);
            }
        }
        Instruction last = b.last();
        if (last == null) {
            return;
        }
        if (last.isScopeExit()) {
            b.exit = true;
            b.nofallthrough = true;
        } else if (last.isUnconditionalJump()) {
            b.nofallthrough = true;
        }
    }

    private void extendBlock(BasicBlock b) {
        Instruction last = b.last();
        if (last == null || !last.isUnconditionalJump()) {
            return;
        }
        BasicBlock target = last.target;
        // Only blocks without line numbers are copied: a copied line would add a line event.
        if (target.exit && target.instrs.size() <= MAX_COPY_SIZE && isExitWithoutLineno(target)) {
            last.op = Opcode.NOP.ordinal();
            last.target = null;
            for (Instruction i : target.instrs) {
                b.instrs.add(i.copy());
            }
            b.exit = true;
        }
    }

    private void insertPrefix(List<String> lpNames, List<Byte> lpKinds) {
        List<Instruction> prefix = new ArrayList<>();
        int nfree = u.freevars.size();
        if (nfree > 0) {
            prefix.add(new Instruction(Opcode.COPY_FREE_VARS.ordinal(), nfree, -1, -1, -1, -1));
        }
        for (int i = 0; i < lpNames.size(); i++) {
            if ((lpKinds.get(i) & CodeData.KIND_CELL) != 0) {
                Instruction mc = new Instruction(Opcode.MAKE_CELL.ordinal(), 0, -1, -1, -1, -1);
                mc.varName = lpNames.get(i);
                prefix.add(mc);
            }
        }
        if ((flags & (CodeData.CO_GENERATOR | CodeData.CO_COROUTINE | CodeData.CO_ASYNC_GENERATOR)) != 0) {
            prefix.add(new Instruction(Opcode.RETURN_GENERATOR.ordinal(), 0, u.firstLineno, u.firstLineno, -1, -1));
            prefix.add(new Instruction(Opcode.POP_TOP.ordinal(), 0, -1, -1, -1, -1));
        }
        u.entry.instrs.addAll(0, prefix);
    }

    // ---------------------------------------------------------------- optimisation

    private void optimizeCfg() {
        Peephole peephole = new Peephole(consts);
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            peephole.optimize(b);
            cleanBlock(b, -1);
        }
        for (int i = u.blocks.size() - 1; i >= 0; i--) {
            extendBlock(u.blocks.get(i));
        }
        markReachable();
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
                b.nofallthrough = false;
            }
        }
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            cleanBlock(b, -1);
        }
        eliminateEmptyBlocks();
        boolean maybeEmpty = false;
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            Instruction last = b.last();
            if (last != null && last.isUnconditionalJump() && last.target == b.next) {
                b.nofallthrough = false;
                last.op = Opcode.NOP.ordinal();
                last.target = null;
                maybeEmpty = true;
            }
        }
        if (maybeEmpty) {
            eliminateEmptyBlocks();
        }
    }

    private void markReachable() {
        for (BasicBlock b : u.blocks) {
            b.predecessors = 0;
        }
        Deque<BasicBlock> stack = new ArrayDeque<>();
        u.entry.predecessors = 1;
        stack.push(u.entry);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            if (b.next != null && !b.nofallthrough) {
                if (b.next.predecessors == 0) {
                    stack.push(b.next);
                }
                b.next.predecessors++;
            }
            for (Instruction i : b.instrs) {
                if (i.isJump() || i.isBlockPush()) {
                    BasicBlock t = i.target;
                    if (t.predecessors == 0) {
                        stack.push(t);
                    }
                    t.predecessors++;
                }
            }
        }
    }

    private void eliminateEmptyBlocks() {
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            BasicBlock next = b.next;
            if (next != null) {
                while (next.isEmpty() && next.next != null) {
                    next = next.next;
                }
                b.next = next;
            }
        }
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            Instruction last = b.last();
            if (last != null && last.isJump()) {
                BasicBlock t = last.target;
                while (t.isEmpty()) {
                    t = t.next;
                }
                last.target = t;
            }
        }
    }

    /** Removes NOPs unless they carry a line number no neighbour carries (CPython's clean_basic_block). */
    static void cleanBlock(BasicBlock b, int prevLineno) {
        List<Instruction> in = b.instrs;
        List<Instruction> out = new ArrayList<>(in.size());
        for (int src = 0; src < in.size(); src++) {
            Instruction ins = in.get(src);
            int lineno = ins.lineno;
            if (ins.is(Opcode.NOP)) {
                if (lineno < 0) {
                    continue;
                }
                if (prevLineno == lineno) {
                    continue;
                }
                if (src < in.size() - 1) {
                    Instruction nxt = in.get(src + 1);
                    int nextLineno = nxt.lineno;
                    if (nextLineno < 0) {
                        nxt.copyLocationFrom(ins);
                        continue;
                    }
                    if (nextLineno == lineno) {
                        continue;
                    }
                } else {
                    BasicBlock next = b.next;
                    while (next != null && next.isEmpty()) {
                        next = next.next;
                    }
                    if (next != null && lineno == next.instrs.get(0).lineno) {
                        continue;
                    }
                }
            }
            out.add(ins);
            prevLineno = lineno;
        }
        b.instrs = out;
    }

    private static boolean isExitWithoutLineno(BasicBlock b) {
        if (!b.exit) {
            return false;
        }
        for (Instruction i : b.instrs) {
            if (i.lineno >= 0) {
                return false;
            }
        }
        return true;
    }

    private void duplicateExitsWithoutLineno() {
        int n = u.blocks.size();
        for (int k = n - 1; k >= 0; k--) {
            BasicBlock b = u.blocks.get(k);
            Instruction last = b.last();
            if (last != null && last.isJump()) {
                BasicBlock target = last.target;
                if (isExitWithoutLineno(target) && target.predecessors > 1) {
                    BasicBlock copy = u.newBlock();
                    for (Instruction i : target.instrs) {
                        copy.instrs.add(i.copy());
                    }
                    copy.exit = target.exit;
                    copy.nofallthrough = target.nofallthrough;
                    copy.instrs.get(0).copyLocationFrom(last);
                    last.target = copy;
                    target.predecessors--;
                    copy.predecessors = 1;
                    copy.next = target.next;
                    target.next = copy;
                }
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            BasicBlock b = u.blocks.get(k);
            while (b.next != null && b.next.isEmpty()) {
                b.next = b.next.next;
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            BasicBlock b = u.blocks.get(k);
            if (!b.nofallthrough && b.next != null && !b.isEmpty()) {
                if (isExitWithoutLineno(b.next)) {
                    b.next.instrs.get(0).copyLocationFrom(b.last());
                }
            }
        }
    }

    private void trimUnusedConsts() {
        int max = 0;
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            for (Instruction i : b.instrs) {
                if ((i.is(Opcode.LOAD_CONST) || i.is(Opcode.KW_NAMES)) && i.arg > max) {
                    max = i.arg;
                }
            }
        }
        while (consts.size() > max + 1) {
            consts.remove(consts.size() - 1);
        }
    }

    private void propagateLineNumbers() {
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            if (b.isEmpty()) {
                continue;
            }
            Instruction prev = new Instruction(0, 0, -1, -1, -1, -1);
            for (Instruction i : b.instrs) {
                if (i.lineno < 0) {
                    i.copyLocationFrom(prev);
                } else {
                    prev.copyLocationFrom(i);
                }
            }
            if (!b.nofallthrough && b.next != null && b.next.predecessors == 1) {
                if (b.next.instrs.get(0).lineno < 0) {
                    b.next.instrs.get(0).copyLocationFrom(prev);
                }
            }
            Instruction last = b.last();
            if (last.isJump()) {
                BasicBlock t = last.target;
                if (t.predecessors == 1 && t.instrs.get(0).lineno < 0) {
                    t.instrs.get(0).copyLocationFrom(prev);
                }
            }
        }
    }

    private void guaranteeLinenoForExits() {
        int lineno = u.firstLineno;
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            if (b.isEmpty()) {
                continue;
            }
            Instruction last = b.last();
            if (last.lineno < 0) {
                if (last.is(Opcode.RETURN_VALUE)) {
                    for (Instruction i : b.instrs) {
                        i.lineno = lineno;
                    }
                }
            } else {
                lineno = last.lineno;
            }
        }
    }

    // ---------------------------------------------------------------- stack depth and handlers

    private int stackDepth() {
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            b.startDepth = Integer.MIN_VALUE;
        }
        Deque<BasicBlock> stack = new ArrayDeque<>();
        int maxDepth = 0;
        u.entry.startDepth = 0;
        stack.push(u.entry);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            int depth = b.startDepth;
            BasicBlock next = b.next;
            for (Instruction i : b.instrs) {
                int effect = StackEffect.of(i.op, i.arg, false);
                int newDepth = depth + effect;
                maxDepth = Math.max(maxDepth, newDepth);
                if (i.isJump() || i.isBlockPush()) {
                    int targetDepth = depth + StackEffect.of(i.op, i.arg, true);
                    maxDepth = Math.max(maxDepth, targetDepth);
                    push(stack, i.target, targetDepth);
                }
                depth = newDepth;
                if (i.isUnconditionalJump() || i.isScopeExit()) {
                    next = null;
                    break;
                }
            }
            if (next != null) {
                push(stack, next, depth);
            }
        }
        return maxDepth;
    }

    private static void push(Deque<BasicBlock> stack, BasicBlock b, int depth) {
        if (b.startDepth < depth && b.startDepth < 100) {
            b.startDepth = depth;
            stack.push(b);
        }
    }

    private void labelExceptionTargets() {
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            b.visited = false;
            b.exceptStack = null;
        }
        Deque<BasicBlock> todo = new ArrayDeque<>();
        u.entry.exceptStack = new BasicBlock.ExceptStack();
        u.entry.visited = true;
        todo.push(u.entry);
        while (!todo.isEmpty()) {
            BasicBlock b = todo.pop();
            BasicBlock.ExceptStack es = b.exceptStack;
            b.exceptStack = null;
            BasicBlock handler = es.top();
            for (Instruction i : b.instrs) {
                if (i.isBlockPush()) {
                    if (!i.target.visited) {
                        i.target.exceptStack = es.copy();
                        i.target.visited = true;
                        todo.push(i.target);
                    }
                    if (i.op == Instruction.SETUP_CLEANUP || i.op == Instruction.SETUP_WITH) {
                        i.target.preserveLasti = true;
                    }
                    es.handlers.add(i.target);
                    handler = i.target;
                } else if (i.op == Instruction.POP_BLOCK) {
                    es.handlers.remove(es.handlers.size() - 1);
                    handler = es.top();
                } else if (i.isJump()) {
                    i.except = handler;
                    if (!i.target.visited) {
                        if (!b.nofallthrough) {
                            i.target.exceptStack = es.copy();
                        } else {
                            i.target.exceptStack = es;
                            es = null;
                        }
                        i.target.visited = true;
                        todo.push(i.target);
                    }
                } else {
                    i.except = handler;
                }
            }
            if (!b.nofallthrough && b.next != null && !b.next.visited) {
                b.next.exceptStack = es;
                b.next.visited = true;
                todo.push(b.next);
            }
        }
    }

    // ---------------------------------------------------------------- output

    private CodeData emit(int maxDepth, List<String> lpNames, List<Byte> lpKinds,
                          Map<String, Integer> lpIndex) {
        int n = 0;
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            b.offset = n;
            n += b.instrs.size();
        }
        int[] code = new int[n];
        int[] lines = new int[n];
        int[] endLines = new int[n];
        int[] cols = new int[n];
        int[] endCols = new int[n];
        List<int[]> table = new ArrayList<>();
        BasicBlock handler = null;
        int start = -1;
        int k = 0;
        for (BasicBlock b = u.entry; b != null; b = b.next) {
            for (Instruction i : b.instrs) {
                int arg = i.arg;
                if (i.varName != null) {
                    Integer idx = lpIndex.get(i.varName);
                    if (idx == null) {
                        throw new IllegalStateException("no slot for " + i.varName + " in " + u.qualname);
                    }
                    arg = idx;
                }
                if (i.isJump()) {
                    arg = i.target.offset;
                }
                code[k] = Instruction.OPCODES[i.op].encode(arg);
                if (i.lineno < 0) {
                    lines[k] = -1;
                    endLines[k] = -1;
                    cols[k] = -1;
                    endCols[k] = -1;
                } else if ((i.col < 0 || i.endCol < 0) && (i.endLineno == i.lineno || i.endLineno < 0)) {
                    // CPython's location table stores such entries as "line only".
                    lines[k] = i.lineno;
                    endLines[k] = i.lineno;
                    cols[k] = -1;
                    endCols[k] = -1;
                } else {
                    lines[k] = i.lineno;
                    endLines[k] = i.endLineno;
                    cols[k] = i.col;
                    endCols[k] = i.endCol;
                }
                if (i.except != handler) {
                    if (handler != null) {
                        table.add(entry(start, k, handler));
                    }
                    start = k;
                    handler = i.except;
                }
                k++;
            }
        }
        if (handler != null) {
            table.add(entry(start, k, handler));
        }
        int[] exc = new int[table.size() * 4];
        for (int t = 0; t < table.size(); t++) {
            System.arraycopy(table.get(t), 0, exc, t * 4, 4);
        }
        String[] names = u.names.keySet().toArray(new String[0]);
        byte[] kinds = new byte[lpKinds.size()];
        for (int t = 0; t < kinds.length; t++) {
            kinds[t] = lpKinds.get(t);
        }
        return new CodeData(u.name, u.qualname, filename, u.firstLineno, u.argCount + u.posOnlyArgCount,
                u.posOnlyArgCount, u.kwOnlyArgCount, flags, maxDepth, code, consts.toArray(), names,
                lpNames.toArray(new String[0]), kinds, exc, lines, endLines, cols, endCols);
    }

    private static int[] entry(int start, int end, BasicBlock handler) {
        int depth = handler.startDepth - 1;
        if (handler.preserveLasti) {
            depth -= 1;
        }
        return new int[] {start, end, handler.offset, depth << 1 | (handler.preserveLasti ? 1 : 0)};
    }
}
