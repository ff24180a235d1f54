package org.taipan.vm;

/**
 * The numbers {@link Eval}'s opcode switch dispatches on: the opcodes the loop handles itself,
 * numbered by how often programs execute them (most frequent first), and a table from opcode
 * ({@link OpcodeNumbers}) to that number. The order is the opcodes' dynamic frequency over the
 * first instructions of the programs in {@code bench/programs} ({@code tools/opcode_frequencies.py}
 * counts them under CPython, whose instructions ours follow).
 *
 * <p>Why: the loop is compiled by C1 only (see the launcher), and C1 in Java 17 lowers a
 * {@code tableswitch} to a chain of compares over the case keys in ascending order, not to a jump
 * table; dispatching CALL (opcode 77) took about 49 compares. Through this table the hottest
 * opcodes are the first keys, at the price of one byte load per instruction. Opcodes the loop
 * leaves to {@link ColdOps} map to {@link #COLD}, which no case names. The instruction words
 * themselves (and so {@code co_code}, {@code dis} and the tracer) keep the compiler's numbering.
 */
final class DispatchOrder {
    private DispatchOrder() {
    }

    static final int LOAD_FAST = 0;
    static final int LOAD_CONST = 1;
    static final int BINARY_OP = 2;
    static final int STORE_FAST = 3;
    static final int BINARY_SUBSCR = 4;
    static final int CALL = 5;
    static final int LOAD_GLOBAL = 6;
    static final int LOAD_ATTR = 7;
    static final int RESUME = 8;
    static final int RETURN_VALUE = 9;
    static final int POP_JUMP_IF_FALSE = 10;
    static final int COMPARE_OP = 11;
    static final int LOAD_DEREF = 12;
    static final int COPY = 13;
    static final int SWAP = 14;
    static final int STORE_SUBSCR = 15;
    static final int JUMP = 16;
    static final int FOR_ITER = 17;
    static final int POP_TOP = 18;
    static final int LOAD_METHOD = 19;
    static final int STORE_ATTR = 20;
    static final int YIELD_VALUE = 21;
    static final int UNARY_NOT = 22;
    static final int JUMP_IF_FALSE_OR_POP = 23;
    static final int POP_JUMP_IF_NONE = 24;
    static final int POP_JUMP_IF_TRUE = 25;
    static final int GET_ITER = 26;
    static final int POP_JUMP_IF_NOT_NONE = 27;
    static final int LOAD_CLOSURE = 28;
    static final int BUILD_TUPLE = 29;
    static final int STORE_DEREF = 30;
    static final int IS_OP = 31;
    static final int UNPACK_SEQUENCE = 32;
    static final int NOP = 33;
    static final int UNARY_NEGATIVE = 34;
    static final int LIST_APPEND = 35;
    static final int PUSH_NULL = 36;
    static final int CONTAINS_OP = 37;
    static final int BUILD_LIST = 38;
    static final int KW_NAMES = 39;
    static final int JUMP_IF_TRUE_OR_POP = 40;
    static final int SEND = 41;
    static final int JUMP_NO_INTERRUPT = 42;
    static final int COPY_FREE_VARS = 43;
    static final int MAKE_CELL = 44;
    static final int RETURN_GENERATOR = 45;
    static final int LOAD_NAME = 46;
    static final int STORE_NAME = 47;
    static final int DELETE_FAST = 48;

    /** The number of opcodes {@link ColdOps} executes. */
    static final int COLD = 127;

    /** Opcode (an instruction word's low byte) to dispatch number. */
    static final byte[] OF_OPCODE = new byte[256];

    static {
        java.util.Arrays.fill(OF_OPCODE, (byte) COLD);
        put(OpcodeNumbers.LOAD_FAST, LOAD_FAST);
        put(OpcodeNumbers.LOAD_CONST, LOAD_CONST);
        put(OpcodeNumbers.BINARY_OP, BINARY_OP);
        put(OpcodeNumbers.STORE_FAST, STORE_FAST);
        put(OpcodeNumbers.BINARY_SUBSCR, BINARY_SUBSCR);
        put(OpcodeNumbers.CALL, CALL);
        put(OpcodeNumbers.LOAD_GLOBAL, LOAD_GLOBAL);
        put(OpcodeNumbers.LOAD_ATTR, LOAD_ATTR);
        put(OpcodeNumbers.RESUME, RESUME);
        put(OpcodeNumbers.RETURN_VALUE, RETURN_VALUE);
        put(OpcodeNumbers.POP_JUMP_IF_FALSE, POP_JUMP_IF_FALSE);
        put(OpcodeNumbers.COMPARE_OP, COMPARE_OP);
        put(OpcodeNumbers.LOAD_DEREF, LOAD_DEREF);
        put(OpcodeNumbers.COPY, COPY);
        put(OpcodeNumbers.SWAP, SWAP);
        put(OpcodeNumbers.STORE_SUBSCR, STORE_SUBSCR);
        put(OpcodeNumbers.JUMP, JUMP);
        put(OpcodeNumbers.FOR_ITER, FOR_ITER);
        put(OpcodeNumbers.POP_TOP, POP_TOP);
        put(OpcodeNumbers.LOAD_METHOD, LOAD_METHOD);
        put(OpcodeNumbers.STORE_ATTR, STORE_ATTR);
        put(OpcodeNumbers.YIELD_VALUE, YIELD_VALUE);
        put(OpcodeNumbers.UNARY_NOT, UNARY_NOT);
        put(OpcodeNumbers.JUMP_IF_FALSE_OR_POP, JUMP_IF_FALSE_OR_POP);
        put(OpcodeNumbers.POP_JUMP_IF_NONE, POP_JUMP_IF_NONE);
        put(OpcodeNumbers.POP_JUMP_IF_TRUE, POP_JUMP_IF_TRUE);
        put(OpcodeNumbers.GET_ITER, GET_ITER);
        put(OpcodeNumbers.POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NOT_NONE);
        put(OpcodeNumbers.LOAD_CLOSURE, LOAD_CLOSURE);
        put(OpcodeNumbers.BUILD_TUPLE, BUILD_TUPLE);
        put(OpcodeNumbers.STORE_DEREF, STORE_DEREF);
        put(OpcodeNumbers.IS_OP, IS_OP);
        put(OpcodeNumbers.UNPACK_SEQUENCE, UNPACK_SEQUENCE);
        put(OpcodeNumbers.NOP, NOP);
        put(OpcodeNumbers.UNARY_NEGATIVE, UNARY_NEGATIVE);
        put(OpcodeNumbers.LIST_APPEND, LIST_APPEND);
        put(OpcodeNumbers.PUSH_NULL, PUSH_NULL);
        put(OpcodeNumbers.CONTAINS_OP, CONTAINS_OP);
        put(OpcodeNumbers.BUILD_LIST, BUILD_LIST);
        put(OpcodeNumbers.KW_NAMES, KW_NAMES);
        put(OpcodeNumbers.JUMP_IF_TRUE_OR_POP, JUMP_IF_TRUE_OR_POP);
        put(OpcodeNumbers.SEND, SEND);
        put(OpcodeNumbers.JUMP_NO_INTERRUPT, JUMP_NO_INTERRUPT);
        put(OpcodeNumbers.COPY_FREE_VARS, COPY_FREE_VARS);
        put(OpcodeNumbers.MAKE_CELL, MAKE_CELL);
        put(OpcodeNumbers.RETURN_GENERATOR, RETURN_GENERATOR);
        put(OpcodeNumbers.LOAD_NAME, LOAD_NAME);
        put(OpcodeNumbers.STORE_NAME, STORE_NAME);
        put(OpcodeNumbers.DELETE_FAST, DELETE_FAST);
    }

    private static void put(int opcode, int dispatchNumber) {
        OF_OPCODE[opcode] = (byte) dispatchNumber;
    }
}
