package org.taipan.compile;

/**
 * What the compiler makes of one code block (module, class body, function, lambda,
 * comprehension): the instructions and every attribute a CPython 3.11 code object has. It is plain
 * data with no dependency on the runtime; the VM wraps it as a {@code code} object, turning the
 * constants into Python objects once.
 *
 * <p>Constants ({@link #consts}) use the AST's constant representation (see
 * {@code org.taipan.ast} package doc: null for None, Boolean, BigInteger, Double, ComplexLiteral,
 * String or CodePointString, BytesLiteral, EllipsisLiteral) plus nested {@code CodeData}, {@link ConstantTuple} and
 * {@link ConstantFrozenSet}.
 *
 * <p>Variables follow CPython 3.11's "localsplus" layout: {@link #localsPlusNames} lists every
 * local, cell and free variable, with {@link #localsPlusKinds} flags {@link #KIND_LOCAL},
 * {@link #KIND_CELL} (an argument that is also a cell has both) and {@link #KIND_FREE}; LOAD_FAST,
 * LOAD_DEREF and friends index this array.
 *
 * <p>Positions are per instruction: {@link #lines}, {@link #endLines}, {@link #cols},
 * {@link #endCols} (columns in UTF-8 bytes like the AST; -1 where CPython has None). The exception
 * table has 4 ints per entry: start index, end index (exclusive), handler index, and
 * {@code depth << 1 | pushLasti}, with CPython 3.11's meaning; inner entries come first.
 */
public final class CodeData {
    public static final byte KIND_LOCAL = 0x20;
    public static final byte KIND_CELL = 0x40;
    public static final byte KIND_FREE = (byte) 0x80;

    // co_flags values, as in CPython 3.11.
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_NOFREE = 0x40;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    public final String name;
    public final String qualname;
    public final String filename;
    /** The module's compile-time SyntaxWarnings (set on the module's code only), for {@code warnings}. */
    public java.util.List<CompileWarning> warnings = java.util.List.of();
    public final int firstLineno;
    public final int argCount;
    public final int posOnlyArgCount;
    public final int kwOnlyArgCount;
    public final int flags;
    public final int stackSize;
    public final int[] code;
    public final Object[] consts;
    public final String[] names;
    public final String[] localsPlusNames;
    public final byte[] localsPlusKinds;
    public final int[] exceptionTable;
    public final int[] lines;
    public final int[] endLines;
    public final int[] cols;
    public final int[] endCols;

    public CodeData(String name, String qualname, String filename, int firstLineno, int argCount,
                    int posOnlyArgCount, int kwOnlyArgCount, int flags, int stackSize, int[] code,
                    Object[] consts, String[] names, String[] localsPlusNames,
                    byte[] localsPlusKinds, int[] exceptionTable, int[] lines, int[] endLines,
                    int[] cols, int[] endCols) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineno = firstLineno;
        this.argCount = argCount;
        this.posOnlyArgCount = posOnlyArgCount;
        this.kwOnlyArgCount = kwOnlyArgCount;
        this.flags = flags;
        this.stackSize = stackSize;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.localsPlusNames = localsPlusNames;
        this.localsPlusKinds = localsPlusKinds;
        this.exceptionTable = exceptionTable;
        this.lines = lines;
        this.endLines = endLines;
        this.cols = cols;
        this.endCols = endCols;
    }
}
