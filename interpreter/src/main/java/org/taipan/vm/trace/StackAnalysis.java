package org.taipan.vm.trace;

import org.taipan.compile.Opcode;
import org.taipan.compile.StackEffect;
import org.taipan.objects.PyCode;

/**
 * The abstract value stack at every instruction of a code object, for validating {@code
 * f_lineno} jumps (the analysis of CPython 3.11's {@code mark_stacks}, re-done on our bytecode,
 * whose instructions have 3.11's stack effects). A stack is a {@code long}: 3 bits per entry,
 * top entry in the low bits, each entry a kind: iterator (a for loop), exception (an except or
 * finally block), lasti (a re-raising block's saved location), object, or null (a call's null
 * marker). A jump is legal when the target's stack is a prefix-compatible part of the current
 * one; leaving a block pops the extra entries.
 */
public final class StackAnalysis {
    static final int ITERATOR = 1;
    static final int EXCEPT = 2;
    static final int OBJECT = 3;
    static final int NULL = 4;
    static final int LASTI = 5;
    private static final int BITS = 3;
    private static final int MAX_DEPTH = 20;
    static final long UNINITIALIZED = -2;
    static final long OVERFLOWED = -1;

    private static final Opcode[] OPS = Opcode.values();

    private StackAnalysis() {
    }

    /** The stacks of one code object. */
    static final class Result {
        private final long[] stacks;

        Result(long[] stacks) {
            this.stacks = stacks;
        }

        long stackAt(int index) {
            return index >= 0 && index < stacks.length ? stacks[index] : UNINITIALIZED;
        }

        boolean reachable(int index) {
            return stackAt(index) != UNINITIALIZED;
        }
    }

    static long push(long stack, int kind) {
        if (stack < 0) {
            return stack;
        }
        if (depth(stack) >= MAX_DEPTH) {
            return OVERFLOWED;
        }
        return (stack << BITS) | kind;
    }

    static long pop(long stack) {
        return stack < 0 ? stack : stack >>> BITS;
    }

    static int top(long stack) {
        return (int) (stack & ((1 << BITS) - 1));
    }

    static int depth(long stack) {
        int d = 0;
        while (stack > 0) {
            stack >>>= BITS;
            d++;
        }
        return d;
    }

    /** The kind of the {@code n}th entry from the top (1 is the top); OBJECT if unknown. */
    static int peek(long stack, int n) {
        if (stack < 0 || n < 1 || depth(stack) < n) {
            return OBJECT;
        }
        return top(stack >>> (BITS * (n - 1)));
    }

    /** Exchanges the kinds of the top entry and the {@code n}th from the top. */
    static long swap(long stack, int n) {
        if (stack < 0 || n < 2 || depth(stack) < n) {
            return stack;
        }
        int shift = BITS * (n - 1);
        long mask = (1L << BITS) - 1;
        long a = stack & mask;
        long b = (stack >>> shift) & mask;
        stack &= ~(mask | (mask << shift));
        return stack | b | (a << shift);
    }

    static long popTo(long stack, int level) {
        while (depth(stack) > level) {
            stack = pop(stack);
        }
        return stack;
    }

    /** Works out the stack before every instruction of {@code code}. */
    static Result analyse(PyCode code) {
        int[] insns = code.code;
        int n = insns.length;
        long[] stacks = new long[n + 1];
        java.util.Arrays.fill(stacks, UNINITIALIZED);
        stacks[0] = 0;
        int[] table = code.data.exceptionTable;
        boolean todo = true;
        while (todo) {
            todo = false;
            for (int i = 0; i < n; i++) {
                long next = stacks[i];
                if (next == UNINITIALIZED) {
                    continue;
                }
                int word = insns[i];
                int op = word & 0xFF;
                int arg = word >>> 8;
                Opcode o = OPS[op];
                switch (o) {
                    case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
                    case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE:
                        next = pop(next);
                        todo |= set(stacks, arg, next, i);
                        stacks[i + 1] = next;
                        break;
                    case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP:
                        todo |= set(stacks, arg, next, i);
                        stacks[i + 1] = pop(next);
                        break;
                    case JUMP: case JUMP_NO_INTERRUPT:
                        todo |= set(stacks, arg, next, i);
                        break;
                    case FOR_ITER:
                        todo |= set(stacks, arg, pop(next), i);
                        stacks[i + 1] = push(next, OBJECT);
                        break;
                    case SEND:
                        todo |= set(stacks, arg, pop(next), i);
                        stacks[i + 1] = next;
                        break;
                    case GET_ITER: case GET_AITER:
                        stacks[i + 1] = push(pop(next), ITERATOR);
                        break;
                    case PUSH_EXC_INFO:
                        stacks[i + 1] = push(next, EXCEPT);
                        break;
                    case POP_EXCEPT:
                        stacks[i + 1] = pop(next);
                        break;
                    case RETURN_VALUE: case RAISE_VARARGS: case RERAISE:
                        break;
                    case PUSH_NULL:
                        stacks[i + 1] = push(next, NULL);
                        break;
                    case COPY:
                        // The copy has the kind of the entry copied (an except block's
                        // exception stays an exception: CPython 3.11's messages depend on it).
                        stacks[i + 1] = push(next, peek(next, arg));
                        break;
                    case SWAP:
                        stacks[i + 1] = swap(next, arg);
                        break;
                    case LOAD_GLOBAL:
                        if ((arg & 1) != 0) {
                            next = push(next, NULL);
                        }
                        stacks[i + 1] = push(next, OBJECT);
                        break;
                    case LOAD_METHOD:
                        stacks[i + 1] = push(push(pop(next), NULL), OBJECT);
                        break;
                    default: {
                        int delta = StackEffect.of(op, arg, false);
                        while (delta < 0) {
                            next = pop(next);
                            delta++;
                        }
                        while (delta > 0) {
                            next = push(next, OBJECT);
                            delta--;
                        }
                        stacks[i + 1] = next;
                        break;
                    }
                }
            }
            for (int t = 0; t + 3 < table.length; t += 4) {
                long s = stacks[table[t]];
                if (s == UNINITIALIZED) {
                    continue;
                }
                long target = popTo(s, table[t + 3] >>> 1);
                if ((table[t + 3] & 1) != 0) {
                    target = push(target, LASTI);
                }
                target = push(target, EXCEPT);
                int handler = table[t + 2];
                if (stacks[handler] != target) {
                    todo |= stacks[handler] == UNINITIALIZED;
                    stacks[handler] = target;
                }
            }
        }
        return new Result(stacks);
    }

    /** Sets a jump target's stack; true if a backward target was newly reached (another pass). */
    private static boolean set(long[] stacks, int target, long stack, int from) {
        boolean again = target <= from && stacks[target] == UNINITIALIZED;
        stacks[target] = stack;
        return again;
    }

    private static boolean compatibleKind(int from, int to) {
        if (to == 0) {
            return false;
        }
        if (to == OBJECT) {
            return from != NULL;
        }
        if (to == NULL) {
            return true;
        }
        return from == to;
    }

    /** Whether a jump from a point with stack {@code from} to one with stack {@code to} is legal. */
    static boolean compatible(long from, long to) {
        if (from < 0 || to < 0) {
            return false;
        }
        int df = depth(from);
        int dt = depth(to);
        while (df > dt) {
            from = pop(from);
            df--;
        }
        if (df < dt) {
            return false;
        }
        while (from != 0) {
            if (!compatibleKind(top(from), top(to))) {
                return false;
            }
            from = pop(from);
            to = pop(to);
        }
        return to == 0;
    }

    /** CPython's explanation of why the target's stack is incompatible. */
    static String explainIncompatible(long from, long to) {
        if (from == OVERFLOWED) {
            return "stack to deep to analyze"; // sic, CPython 3.11's message
        }
        if (from == UNINITIALIZED) {
            return "can't jump from unreachable code";
        }
        if (to == OVERFLOWED) {
            return "stack is too deep to analyze";
        }
        if (to == UNINITIALIZED) {
            return "can't jump into an exception handler, or code may be unreachable";
        }
        switch (top(to)) {
            case EXCEPT:
                return "can't jump into an 'except' block as there's no exception";
            case LASTI:
                return "can't jump into a re-raising block as there's no location";
            case ITERATOR:
                return "can't jump into the body of a for loop";
            default:
                return "incompatible stacks";
        }
    }
}
