package org.taipan.vm;

/**
 * The {@link org.taipan.compile.Opcode} ordinals as compile-time {@code int} constants, so the
 * evaluation loop switches on the instruction word's low byte directly: a switch over the enum
 * would cost two extra dependent loads per instruction (the values array and the compiler's
 * ordinal map). {@code OpcodeNumbersTest} holds these equal to the enum's ordinals.
 */
final class OpcodeNumbers {
    private OpcodeNumbers() {
    }

    static final int NOP = 0;
    static final int POP_TOP = 1;
    static final int PUSH_NULL = 2;
    static final int COPY = 3;
    static final int SWAP = 4;
    static final int RESUME = 5;
    static final int RETURN_GENERATOR = 6;
    static final int UNARY_POSITIVE = 7;
    static final int UNARY_NEGATIVE = 8;
    static final int UNARY_NOT = 9;
    static final int UNARY_INVERT = 10;
    static final int BINARY_OP = 11;
    static final int BINARY_SUBSCR = 12;
    static final int STORE_SUBSCR = 13;
    static final int DELETE_SUBSCR = 14;
    static final int COMPARE_OP = 15;
    static final int IS_OP = 16;
    static final int CONTAINS_OP = 17;
    static final int LOAD_CONST = 18;
    static final int LOAD_FAST = 19;
    static final int STORE_FAST = 20;
    static final int DELETE_FAST = 21;
    static final int MAKE_CELL = 22;
    static final int LOAD_CLOSURE = 23;
    static final int LOAD_DEREF = 24;
    static final int STORE_DEREF = 25;
    static final int DELETE_DEREF = 26;
    static final int LOAD_CLASSDEREF = 27;
    static final int COPY_FREE_VARS = 28;
    static final int LOAD_NAME = 29;
    static final int STORE_NAME = 30;
    static final int DELETE_NAME = 31;
    static final int LOAD_GLOBAL = 32;
    static final int STORE_GLOBAL = 33;
    static final int DELETE_GLOBAL = 34;
    static final int LOAD_ATTR = 35;
    static final int STORE_ATTR = 36;
    static final int DELETE_ATTR = 37;
    static final int LOAD_METHOD = 38;
    static final int BUILD_TUPLE = 39;
    static final int BUILD_LIST = 40;
    static final int BUILD_SET = 41;
    static final int BUILD_MAP = 42;
    static final int BUILD_CONST_KEY_MAP = 43;
    static final int BUILD_STRING = 44;
    static final int BUILD_SLICE = 45;
    static final int LIST_TO_TUPLE = 46;
    static final int LIST_APPEND = 47;
    static final int SET_ADD = 48;
    static final int MAP_ADD = 49;
    static final int LIST_EXTEND = 50;
    static final int SET_UPDATE = 51;
    static final int DICT_UPDATE = 52;
    static final int DICT_MERGE = 53;
    static final int UNPACK_SEQUENCE = 54;
    static final int UNPACK_EX = 55;
    static final int FORMAT_VALUE = 56;
    static final int JUMP = 57;
    static final int JUMP_NO_INTERRUPT = 58;
    static final int POP_JUMP_IF_FALSE = 59;
    static final int POP_JUMP_IF_TRUE = 60;
    static final int POP_JUMP_IF_NONE = 61;
    static final int POP_JUMP_IF_NOT_NONE = 62;
    static final int JUMP_IF_FALSE_OR_POP = 63;
    static final int JUMP_IF_TRUE_OR_POP = 64;
    static final int GET_ITER = 65;
    static final int FOR_ITER = 66;
    static final int SEND = 67;
    static final int GET_YIELD_FROM_ITER = 68;
    static final int RETURN_VALUE = 69;
    static final int YIELD_VALUE = 70;
    static final int ASYNC_GEN_WRAP = 71;
    static final int GET_AWAITABLE = 72;
    static final int GET_AITER = 73;
    static final int GET_ANEXT = 74;
    static final int END_ASYNC_FOR = 75;
    static final int KW_NAMES = 76;
    static final int CALL = 77;
    static final int CALL_FUNCTION_EX = 78;
    static final int MAKE_FUNCTION = 79;
    static final int LOAD_BUILD_CLASS = 80;
    static final int LOAD_ASSERTION_ERROR = 81;
    static final int SETUP_ANNOTATIONS = 82;
    static final int PRINT_EXPR = 83;
    static final int IMPORT_NAME = 84;
    static final int IMPORT_FROM = 85;
    static final int IMPORT_STAR = 86;
    static final int RAISE_VARARGS = 87;
    static final int PUSH_EXC_INFO = 88;
    static final int POP_EXCEPT = 89;
    static final int RERAISE = 90;
    static final int CHECK_EXC_MATCH = 91;
    static final int CHECK_EG_MATCH = 92;
    static final int PREP_RERAISE_STAR = 93;
    static final int BEFORE_WITH = 94;
    static final int BEFORE_ASYNC_WITH = 95;
    static final int WITH_EXCEPT_START = 96;
    static final int GET_LEN = 97;
    static final int MATCH_MAPPING = 98;
    static final int MATCH_SEQUENCE = 99;
    static final int MATCH_KEYS = 100;
    static final int MATCH_CLASS = 101;
}
