package org.taipan.compile;

/** CPython 3.11's {@code stack_effect}: how an instruction changes the stack depth. */
public final class StackEffect {
    private StackEffect() {
    }

    public static int of(int op, int arg, boolean jump) {
        switch (op) {
            case Instruction.SETUP_FINALLY: return jump ? 1 : 0;
            case Instruction.SETUP_CLEANUP: return jump ? 2 : 0;
            case Instruction.SETUP_WITH: return jump ? 1 : 0;
            case Instruction.POP_BLOCK: return 0;
            default: break;
        }
        switch (Instruction.OPCODES[op]) {
            case NOP: case SWAP: case RESUME: case UNARY_POSITIVE:
            case UNARY_NEGATIVE: case UNARY_NOT: case UNARY_INVERT: case DELETE_FAST: case MAKE_CELL:
            case DELETE_DEREF: case COPY_FREE_VARS: case DELETE_NAME: case DELETE_GLOBAL:
            case LOAD_ATTR: case LIST_TO_TUPLE: case JUMP: case JUMP_NO_INTERRUPT: case GET_ITER:
            case GET_YIELD_FROM_ITER: case YIELD_VALUE: case ASYNC_GEN_WRAP: case GET_AWAITABLE:
            case GET_AITER: case KW_NAMES: case SETUP_ANNOTATIONS: case CHECK_EXC_MATCH:
            case CHECK_EG_MATCH:
                return 0;
            case POP_TOP: case BINARY_OP: case BINARY_SUBSCR: case COMPARE_OP: case IS_OP:
            case CONTAINS_OP: case STORE_FAST: case STORE_DEREF: case STORE_NAME: case STORE_GLOBAL:
            case DELETE_ATTR: case LIST_APPEND: case SET_ADD: case LIST_EXTEND: case SET_UPDATE:
            case DICT_UPDATE: case DICT_MERGE: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
            case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: case RETURN_VALUE: case PRINT_EXPR:
            case IMPORT_NAME: case IMPORT_STAR: case POP_EXCEPT: case RERAISE: case PREP_RERAISE_STAR:
                return -1;
            case RETURN_GENERATOR: case PUSH_NULL: case COPY: case LOAD_CONST: case LOAD_FAST: case LOAD_CLOSURE:
            case LOAD_DEREF: case LOAD_CLASSDEREF: case LOAD_NAME: case LOAD_METHOD:
            case GET_ANEXT: case LOAD_BUILD_CLASS: case LOAD_ASSERTION_ERROR: case IMPORT_FROM:
            case PUSH_EXC_INFO: case BEFORE_WITH: case BEFORE_ASYNC_WITH: case WITH_EXCEPT_START:
            case GET_LEN: case MATCH_MAPPING: case MATCH_SEQUENCE: case MATCH_KEYS:
                return 1;
            case STORE_SUBSCR: return -3;
            case DELETE_SUBSCR: case STORE_ATTR: case MAP_ADD: case END_ASYNC_FOR: case MATCH_CLASS:
                return -2;
            case LOAD_GLOBAL: return 1 + (arg & 1);
            case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING: return 1 - arg;
            case BUILD_MAP: return 1 - 2 * arg;
            case BUILD_CONST_KEY_MAP: return -arg;
            case BUILD_SLICE: return arg == 3 ? -2 : -1;
            case UNPACK_SEQUENCE: return arg - 1;
            case UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
            case FORMAT_VALUE: return (arg & 4) == 4 ? -1 : 0;
            case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
            case FOR_ITER: return jump ? -1 : 1;
            case SEND: return jump ? -1 : 0;
            case CALL: return -1 - arg;
            case CALL_FUNCTION_EX: return -2 - (arg & 1);
            case MAKE_FUNCTION:
                return -Integer.bitCount(arg & 0x0F);
            case RAISE_VARARGS: return -arg;
            default:
                throw new IllegalStateException("no stack effect for " + Instruction.OPCODES[op]);
        }
    }
}
