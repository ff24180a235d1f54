package org.taipan.compile;

import java.math.BigInteger;
import java.util.List;
import org.taipan.ast.BytesLiteral;
import org.taipan.ast.ComplexLiteral;

/**
 * CPython 3.11's per-block peephole optimiser ({@code optimize_basic_block}): constant
 * conditions, constant tuples, tuple building and unpacking turned into swaps, jump threading,
 * {@code is None} tests turned into POP_JUMP_IF_(NOT_)NONE, swap minimisation and PUSH_NULL
 * folded into LOAD_GLOBAL.
 */
final class Peephole {
    private static final int VISITED = -1;
    private final List<Object> consts;

    Peephole(List<Object> consts) {
        this.consts = consts;
    }

    void optimize(BasicBlock bb) {
        List<Instruction> ins = bb.instrs;
        Instruction nop = new Instruction(Opcode.NOP.ordinal(), 0, -1, -1, -1, -1);
        for (int i = 0; i < ins.size(); i++) {
            Instruction inst = ins.get(i);
            int oparg = inst.arg;
            int nextop = i + 1 < ins.size() ? ins.get(i + 1).op : -1;
            Instruction target;
            if (inst.isJump() || inst.isBlockPush()) {
                while (inst.target.isEmpty()) {
                    inst.target = inst.target.next;
                }
                target = inst.target.instrs.get(0);
            } else {
                target = nop;
            }
            if (inst.op >= 256) {
                continue;
            }
            switch (Instruction.OPCODES[inst.op]) {
                case LOAD_CONST: {
                    if (nextop == Opcode.POP_JUMP_IF_FALSE.ordinal() || nextop == Opcode.POP_JUMP_IF_TRUE.ordinal()) {
                        boolean isTrue = isTrue(consts.get(oparg));
                        inst.op = Opcode.NOP.ordinal();
                        boolean jumpIfTrue = nextop == Opcode.POP_JUMP_IF_TRUE.ordinal();
                        if (isTrue == jumpIfTrue) {
                            ins.get(i + 1).op = Opcode.JUMP.ordinal();
                            bb.nofallthrough = true;
                        } else {
                            ins.get(i + 1).op = Opcode.NOP.ordinal();
                        }
                    } else if (nextop == Opcode.JUMP_IF_FALSE_OR_POP.ordinal()
                            || nextop == Opcode.JUMP_IF_TRUE_OR_POP.ordinal()) {
                        boolean isTrue = isTrue(consts.get(oparg));
                        boolean jumpIfTrue = nextop == Opcode.JUMP_IF_TRUE_OR_POP.ordinal();
                        if (isTrue == jumpIfTrue) {
                            ins.get(i + 1).op = Opcode.JUMP.ordinal();
                            bb.nofallthrough = true;
                        } else {
                            inst.op = Opcode.NOP.ordinal();
                            ins.get(i + 1).op = Opcode.NOP.ordinal();
                        }
                    } else if (nextop == Opcode.IS_OP.ordinal()) {
                        int jumpOp = i + 2 < ins.size() ? ins.get(i + 2).op : -1;
                        if (consts.get(oparg) == null && (jumpOp == Opcode.POP_JUMP_IF_FALSE.ordinal()
                                || jumpOp == Opcode.POP_JUMP_IF_TRUE.ordinal())) {
                            int nextarg = ins.get(i + 1).arg;
                            inst.op = Opcode.NOP.ordinal();
                            ins.get(i + 1).op = Opcode.NOP.ordinal();
                            boolean notNone = (nextarg ^ (jumpOp == Opcode.POP_JUMP_IF_FALSE.ordinal() ? 1 : 0)) != 0;
                            ins.get(i + 2).op = notNone ? Opcode.POP_JUMP_IF_NOT_NONE.ordinal()
                                    : Opcode.POP_JUMP_IF_NONE.ordinal();
                        }
                    }
                    break;
                }
                case BUILD_TUPLE:
                    if (nextop == Opcode.UNPACK_SEQUENCE.ordinal() && oparg == ins.get(i + 1).arg) {
                        if (oparg == 1) {
                            inst.op = Opcode.NOP.ordinal();
                            ins.get(i + 1).op = Opcode.NOP.ordinal();
                            continue;
                        } else if (oparg == 2 || oparg == 3) {
                            inst.op = Opcode.NOP.ordinal();
                            ins.get(i + 1).op = Opcode.SWAP.ordinal();
                            continue;
                        }
                    }
                    if (i >= oparg) {
                        foldTupleOnConstants(ins, i - oparg, oparg);
                    }
                    break;
                case JUMP_IF_FALSE_OR_POP:
                    if (target.is(Opcode.POP_JUMP_IF_FALSE)) {
                        i -= jumpThread(inst, target, Opcode.POP_JUMP_IF_FALSE);
                    } else if (target.is(Opcode.JUMP) || target.is(Opcode.JUMP_IF_FALSE_OR_POP)) {
                        i -= jumpThread(inst, target, Opcode.JUMP_IF_FALSE_OR_POP);
                    } else if (target.is(Opcode.JUMP_IF_TRUE_OR_POP) || target.is(Opcode.POP_JUMP_IF_TRUE)) {
                        if (inst.lineno == target.lineno) {
                            inst.op = Opcode.POP_JUMP_IF_FALSE.ordinal();
                            inst.target = inst.target.next;
                            i--;
                        }
                    }
                    break;
                case JUMP_IF_TRUE_OR_POP:
                    if (target.is(Opcode.POP_JUMP_IF_TRUE)) {
                        i -= jumpThread(inst, target, Opcode.POP_JUMP_IF_TRUE);
                    } else if (target.is(Opcode.JUMP) || target.is(Opcode.JUMP_IF_TRUE_OR_POP)) {
                        i -= jumpThread(inst, target, Opcode.JUMP_IF_TRUE_OR_POP);
                    } else if (target.is(Opcode.JUMP_IF_FALSE_OR_POP) || target.is(Opcode.POP_JUMP_IF_FALSE)) {
                        if (inst.lineno == target.lineno) {
                            inst.op = Opcode.POP_JUMP_IF_TRUE.ordinal();
                            inst.target = inst.target.next;
                            i--;
                        }
                    }
                    break;
                case POP_JUMP_IF_NOT_NONE:
                case POP_JUMP_IF_NONE:
                case POP_JUMP_IF_FALSE:
                case POP_JUMP_IF_TRUE:
                case JUMP:
                    if (target.is(Opcode.JUMP)) {
                        i -= jumpThread(inst, target, Instruction.OPCODES[inst.op]);
                    }
                    break;
                case SWAP:
                    if (oparg == 1) {
                        inst.op = Opcode.NOP.ordinal();
                        break;
                    }
                    i = swaptimize(ins, i);
                    applyStaticSwaps(ins, i);
                    break;
                case PUSH_NULL:
                    if (nextop == Opcode.LOAD_GLOBAL.ordinal() && (ins.get(i + 1).arg & 1) == 0) {
                        inst.op = Opcode.NOP.ordinal();
                        inst.arg = 0;
                        ins.get(i + 1).arg |= 1;
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private static int jumpThread(Instruction inst, Instruction target, Opcode op) {
        if (inst.lineno == target.lineno && inst.target != target.target) {
            inst.target = target.target;
            inst.op = op.ordinal();
            return 1;
        }
        return 0;
    }

    private void foldTupleOnConstants(List<Instruction> ins, int start, int n) {
        for (int i = 0; i < n; i++) {
            if (!ins.get(start + i).is(Opcode.LOAD_CONST)) {
                return;
            }
        }
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            items[i] = consts.get(ins.get(start + i).arg);
        }
        ConstantTuple t = new ConstantTuple(items);
        int index = -1;
        for (int k = 0; k < consts.size(); k++) {
            if (t.equals(consts.get(k))) {
                index = k;
                break;
            }
        }
        if (index < 0) {
            consts.add(t);
            index = consts.size() - 1;
        }
        for (int i = 0; i < n; i++) {
            ins.get(start + i).op = Opcode.NOP.ordinal();
        }
        ins.get(start + n).op = Opcode.LOAD_CONST.ordinal();
        ins.get(start + n).arg = index;
    }

    /** Replaces a run of SWAPs by the shortest equivalent run (CPython's swaptimize). */
    private static int swaptimize(List<Instruction> ins, int ix) {
        int depth = ins.get(ix).arg;
        int len = 0;
        boolean more = false;
        int limit = ins.size() - ix;
        while (++len < limit) {
            Instruction x = ins.get(ix + len);
            if (x.is(Opcode.SWAP)) {
                depth = Math.max(depth, x.arg);
                more = true;
            } else if (!x.is(Opcode.NOP)) {
                break;
            }
        }
        if (!more) {
            return ix;
        }
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) {
            stack[i] = i;
        }
        for (int i = 0; i < len; i++) {
            Instruction x = ins.get(ix + i);
            if (x.is(Opcode.SWAP)) {
                int top = stack[0];
                stack[0] = stack[x.arg - 1];
                stack[x.arg - 1] = top;
            }
        }
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == VISITED || stack[i] == i) {
                continue;
            }
            int j = i;
            while (true) {
                if (j != 0) {
                    Instruction x = ins.get(ix + current--);
                    x.op = Opcode.SWAP.ordinal();
                    x.arg = j + 1;
                }
                if (stack[j] == VISITED) {
                    break;
                }
                int nextJ = stack[j];
                stack[j] = VISITED;
                j = nextJ;
            }
        }
        while (current >= 0) {
            ins.get(ix + current--).op = Opcode.NOP.ordinal();
        }
        return ix + len - 1;
    }

    private static boolean swappable(Instruction i) {
        return i.is(Opcode.STORE_FAST) || i.is(Opcode.POP_TOP);
    }

    private static int nextSwappable(List<Instruction> ins, int i, int lineno) {
        while (++i < ins.size()) {
            Instruction x = ins.get(i);
            if (lineno >= 0 && x.lineno != lineno) {
                return -1;
            }
            if (x.is(Opcode.NOP)) {
                continue;
            }
            if (swappable(x)) {
                return i;
            }
            return -1;
        }
        return -1;
    }

    /** Performs SWAPs by reordering STORE_FAST/POP_TOP instructions (CPython's apply_static_swaps). */
    private static void applyStaticSwaps(List<Instruction> ins, int i) {
        for (; i >= 0; i--) {
            Instruction swap = ins.get(i);
            if (!swap.is(Opcode.SWAP)) {
                if (swap.is(Opcode.NOP) || swappable(swap)) {
                    continue;
                }
                return;
            }
            int j = nextSwappable(ins, i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int lineno = ins.get(j).lineno;
            for (int count = swap.arg - 1; count > 0; count--) {
                k = nextSwappable(ins, k, lineno);
                if (k < 0) {
                    return;
                }
            }
            // Not safe when the two instructions, or one in between, store to the same variable.
            String storeJ = storesTo(ins.get(j));
            String storeK = storesTo(ins.get(k));
            if (storeJ != null || storeK != null) {
                if (java.util.Objects.equals(storeJ, storeK)) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    String s = storesTo(ins.get(idx));
                    if (s != null && (s.equals(storeJ) || s.equals(storeK))) {
                        return;
                    }
                }
            }
            swap.op = Opcode.NOP.ordinal();
            Instruction tmp = ins.get(j);
            ins.set(j, ins.get(k));
            ins.set(k, tmp);
        }
    }

    private static String storesTo(Instruction i) {
        return i.is(Opcode.STORE_FAST) ? i.varName : null;
    }

    /** Python truth value of a constant. */
    static boolean isTrue(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof BigInteger i) {
            return i.signum() != 0;
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        if (v instanceof ComplexLiteral c) {
            return c.real() != 0.0 || c.imag() != 0.0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof org.taipan.ast.CodePointString s) {
            return s.length() != 0;
        }
        if (v instanceof BytesLiteral b) {
            return b.length() != 0;
        }
        if (v instanceof ConstantTuple t) {
            return t.items().length != 0;
        }
        if (v instanceof ConstantFrozenSet s) {
            return s.items().length != 0;
        }
        return true;
    }
}
