package org.taipan.compile;

/**
 * Taipan's instruction set: the contract between the compiler and the VM.
 *
 * <p><b>Encoding.</b> One instruction is one {@code int}: the opcode in the low 8 bits, the
 * argument in the high 24 bits ({@code op | arg << 8}); there is no EXTENDED_ARG and there are no
 * inline cache entries (per-instruction caches live in side arrays of the code object).
 * Instruction positions ("offsets") are instruction indexes; {@code co_code} exposes each word as
 * 4 little-endian bytes, and {@code f_lasti} is the byte offset ({@code 4 * index}).
 *
 * <p><b>Semantics.</b> They follow CPython 3.11's instructions (same names, same stack effects)
 * without the specialised and cache forms, so that the compiler's instruction layout, and with it
 * CPython 3.11's line events, stack analysis for {@code f_lineno} jumps and exception table,
 * carry over one to one. Differences from 3.11: jump arguments are absolute instruction indexes,
 * so there is one opcode per jump kind instead of forward/backward pairs (a jump is backward when
 * its target is not after it, which the tracer needs for line events); PRECALL is folded into
 * CALL; no EXTENDED_ARG or CACHE.
 *
 * <p>Stack effects are written {@code (before -- after)}, top of stack rightmost.
 */
public enum Opcode {
    // --- general ---
    /** Does nothing; keeps a line alive for tracing (e.g. {@code pass}, loop headers). */
    NOP,
    /** {@code (x -- )} */
    POP_TOP,
    /** {@code ( -- NULL)} pushes the null marker used by CALL. */
    PUSH_NULL,
    /** {@code (a1 .. an -- a1 .. an an-arg+1)}: push a copy of the arg-th item from the top (1 = top). */
    COPY,
    /** {@code swap TOS with the arg-th item from the top} (arg &gt;= 2). */
    SWAP,
    /**
     * Start of a code block or resumption point: arg 0 = function start, 1 = after yield,
     * 2 = after yield from, 3 = after await. Emits the 'call' trace event; checks eval-breaker.
     */
    RESUME,
    /** Creates the generator/coroutine object for this frame and returns it to the caller. */
    RETURN_GENERATOR,

    // --- unary and binary operators ---
    UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
    /** {@code (a b -- a op b)}; arg is a {@link BinaryOp} ordinal (the 13 operators, then in-place forms). */
    BINARY_OP,
    /** {@code (container key -- container[key])} */
    BINARY_SUBSCR,
    /** {@code (v container key -- )} container[key] = v */
    STORE_SUBSCR,
    /** {@code (container key -- )} */
    DELETE_SUBSCR,
    /** {@code (a b -- a cmp b)}; arg: 0 {@code <}, 1 {@code <=}, 2 {@code ==}, 3 {@code !=}, 4 {@code >}, 5 {@code >=}. */
    COMPARE_OP,
    /** {@code (a b -- a is b)}, or {@code is not} when arg is 1. */
    IS_OP,
    /** {@code (a b -- a in b)}, or {@code not in} when arg is 1. */
    CONTAINS_OP,

    // --- names ---
    /** {@code ( -- co_consts[arg])} */
    LOAD_CONST,
    /** {@code ( -- localsplus[arg])}; UnboundLocalError when unset. */
    LOAD_FAST,
    STORE_FAST,
    DELETE_FAST,
    /** Turns localsplus[arg] into a cell holding its current value (or an empty cell). */
    MAKE_CELL,
    /** {@code ( -- cell)} pushes the cell object in localsplus[arg] itself (for closures). */
    LOAD_CLOSURE,
    /** {@code ( -- cell contents)} of localsplus[arg]; NameError/UnboundLocalError when empty. */
    LOAD_DEREF,
    STORE_DEREF,
    DELETE_DEREF,
    /** Class bodies: look in the class namespace first, then the cell localsplus[arg]. */
    LOAD_CLASSDEREF,
    /** Copies the arg free-variable cells of the function's closure into the end of localsplus. */
    COPY_FREE_VARS,
    /** {@code ( -- value)} locals, then globals, then builtins, name co_names[arg]. */
    LOAD_NAME,
    STORE_NAME,
    DELETE_NAME,
    /**
     * {@code ( -- [NULL] value)}: global/builtin co_names[arg &gt;&gt; 1]; when arg &amp; 1, pushes
     * NULL before the value (for a following CALL).
     */
    LOAD_GLOBAL,
    STORE_GLOBAL,
    DELETE_GLOBAL,
    /** {@code (obj -- obj.name)} name co_names[arg]. */
    LOAD_ATTR,
    /** {@code (v obj -- )} obj.name = v. */
    STORE_ATTR,
    DELETE_ATTR,
    /**
     * {@code (obj -- meth obj)} when the attribute is a plain method found on the type, else
     * {@code (obj -- NULL attr)}: the two layouts CALL accepts.
     */
    LOAD_METHOD,

    // --- building ---
    /** {@code (x1 .. xn -- tuple)} n = arg. */
    BUILD_TUPLE,
    BUILD_LIST,
    BUILD_SET,
    /** {@code (k1 v1 .. kn vn -- dict)} n = arg. */
    BUILD_MAP,
    /** {@code (v1 .. vn keys -- dict)} keys is a constant tuple of n keys. */
    BUILD_CONST_KEY_MAP,
    /** {@code (s1 .. sn -- joined str)} n = arg. */
    BUILD_STRING,
    /** {@code (start stop [step] -- slice)} arg 2 or 3. */
    BUILD_SLICE,
    /** {@code (list -- tuple)} */
    LIST_TO_TUPLE,
    /** {@code (list .. x -- list .. )} appends x to the list arg items down (comprehensions). */
    LIST_APPEND,
    SET_ADD,
    /** {@code (dict .. k v -- dict .. )} */
    MAP_ADD,
    /** {@code (list .. iterable -- list .. )} list.extend(iterable), list arg items down. */
    LIST_EXTEND,
    SET_UPDATE,
    DICT_UPDATE,
    /** Like DICT_UPDATE but raises TypeError on duplicate keys (for {@code **} in calls). */
    DICT_MERGE,
    /** {@code (seq -- xn .. x1)} unpacks exactly arg items, first item on top. */
    UNPACK_SEQUENCE,
    /** Starred unpacking: arg low byte = items before the star, high bits = items after. */
    UNPACK_EX,
    /**
     * {@code (value [spec] -- str)}: arg &amp; 3 = conversion (0 none, 1 str, 2 repr, 3 ascii),
     * arg &amp; 4 = a format spec is on the stack.
     */
    FORMAT_VALUE,

    // --- control flow; jump args are absolute instruction indexes ---
    JUMP,
    /** A backward jump that does not check the eval breaker (inside yield-from/await loops). */
    JUMP_NO_INTERRUPT,
    /** {@code (x -- )} */
    POP_JUMP_IF_FALSE,
    POP_JUMP_IF_TRUE,
    POP_JUMP_IF_NONE,
    POP_JUMP_IF_NOT_NONE,
    /** {@code (x -- x)} jump if false, else {@code (x -- )}. */
    JUMP_IF_FALSE_OR_POP,
    JUMP_IF_TRUE_OR_POP,
    /** {@code (iterable -- iterator)} */
    GET_ITER,
    /** {@code (iter -- iter next)}, or pops iter and jumps to arg when exhausted. */
    FOR_ITER,
    /** {@code (receiver value -- receiver result)}: send; when the receiver returns, {@code (-- value)} and jump to arg. */
    SEND,
    /** Like GET_ITER but leaves generators and coroutines as they are (yield from). */
    GET_YIELD_FROM_ITER,
    /** {@code (value -- )} returns from the frame. */
    RETURN_VALUE,
    /** {@code (value -- sent)} yields value; the sent value is pushed on resumption. */
    YIELD_VALUE,
    /** Wraps the yielded value of an async generator. */
    ASYNC_GEN_WRAP,
    /** {@code (x -- awaitable)}; arg says where (for error messages): 0 other, 1 after __aenter__, 2 after __aexit__. */
    GET_AWAITABLE,
    GET_AITER,
    GET_ANEXT,
    END_ASYNC_FOR,

    // --- calls and functions ---
    /** Records the constant tuple co_consts[arg] of keyword names for the next CALL. */
    KW_NAMES,
    /**
     * {@code (NULL callable a1 .. an -- result)} or {@code (callable self a1 .. an -- result)}:
     * n = arg positional+keyword arguments, the last len(kwnames) of them by keyword.
     */
    CALL,
    /** {@code (NULL callable args [kwargs] -- result)}; arg &amp; 1 = kwargs dict present. */
    CALL_FUNCTION_EX,
    /**
     * {@code ([defaults] [kwdefaults] [annotations] [closure] code -- function)}: arg flags
     * 0x01 defaults tuple, 0x02 kw-defaults dict, 0x04 annotations tuple, 0x08 closure tuple.
     */
    MAKE_FUNCTION,
    /** {@code ( -- builtins.__build_class__)} */
    LOAD_BUILD_CLASS,
    /** {@code ( -- AssertionError)} */
    LOAD_ASSERTION_ERROR,
    /** Creates {@code __annotations__} in the local namespace if missing. */
    SETUP_ANNOTATIONS,
    /** {@code (value -- )} interactive mode: calls sys.displayhook. */
    PRINT_EXPR,

    // --- imports ---
    /** {@code (level fromlist -- module)} imports co_names[arg]. */
    IMPORT_NAME,
    /** {@code (module -- module attr)} from-import of co_names[arg]. */
    IMPORT_FROM,
    /** {@code (module -- )} from module import *. */
    IMPORT_STAR,

    // --- exceptions (CPython 3.11's zero-cost model: see the code object's exception table) ---
    /** {@code ([cause] [exc] -- )} arg 0: re-raise the handled exception; 1: raise exc; 2: raise exc from cause. */
    RAISE_VARARGS,
    /** {@code (exc -- prev_exc exc)}: makes exc the handled exception, saving the previous one. */
    PUSH_EXC_INFO,
    /** {@code (prev_exc -- )} restores the previously handled exception. */
    POP_EXCEPT,
    /** {@code (exc -- )} re-raises exc; when arg is non-zero, first restores f_lasti from the item below. */
    RERAISE,
    /** {@code (exc type -- exc bool)} */
    CHECK_EXC_MATCH,
    /** {@code (eg type -- rest match)} for except*. */
    CHECK_EG_MATCH,
    /** {@code (orig list -- exc_to_raise)} combines except* results. */
    PREP_RERAISE_STAR,
    /** {@code (mgr -- exit enter_result)} */
    BEFORE_WITH,
    BEFORE_ASYNC_WITH,
    /** {@code (exit lasti prev exc -- exit lasti prev exc result)} calls exit(type, exc, tb). */
    WITH_EXCEPT_START,

    // --- pattern matching ---
    /** {@code (x -- x len(x))} */
    GET_LEN,
    /** {@code (x -- x bool)} */
    MATCH_MAPPING,
    MATCH_SEQUENCE,
    /** {@code (subject keys -- subject keys values_or_None)} */
    MATCH_KEYS,
    /** {@code (subject cls names -- attrs_or_None)} arg = number of positional sub-patterns. */
    MATCH_CLASS;

    private static final Opcode[] VALUES = values();

    /** The opcode of an encoded instruction word. */
    public static Opcode of(int word) {
        return VALUES[word & 0xFF];
    }

    public static int arg(int word) {
        return word >>> 8;
    }

    public int encode(int arg) {
        return ordinal() | (arg << 8);
    }

    public boolean isJump() {
        switch (this) {
            case JUMP: case JUMP_NO_INTERRUPT: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
            case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: case JUMP_IF_FALSE_OR_POP:
            case JUMP_IF_TRUE_OR_POP: case FOR_ITER: case SEND:
                return true;
            default:
                return false;
        }
    }
}
