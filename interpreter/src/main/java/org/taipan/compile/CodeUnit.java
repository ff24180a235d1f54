package org.taipan.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one code block while it is being generated (CPython's {@code compiler_unit}):
 * its scope, constants, names, variables, basic blocks, the current source location and the
 * stack of open control structures ("frame blocks").
 */
final class CodeUnit {
    enum ScopeType { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    /** Marker used as the map key of the {@code None} constant. */
    private static final Object NONE_KEY = new Object();

    final Scope ste;
    final String name;
    final ScopeType scopeType;
    String qualname;
    String privateName;
    int firstLineno;
    int argCount;
    int posOnlyArgCount;
    int kwOnlyArgCount;

    final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final List<String> cellvars;
    final List<String> freevars;

    final List<BasicBlock> blocks = new ArrayList<>();
    final BasicBlock entry;
    BasicBlock current;

    int lineno;
    int endLineno;
    int col;
    int endCol;

    final List<FrameBlock> fblocks = new ArrayList<>();

    CodeUnit(Scope ste, String name, ScopeType scopeType, int firstLineno) {
        this.ste = ste;
        this.name = name;
        this.scopeType = scopeType;
        this.firstLineno = firstLineno;
        for (String p : ste.params) {
            varnames.put(p, varnames.size());
        }
        cellvars = ste.sortedNames(Scope.Binding.CELL, 0);
        if (ste.needsClassClosure) {
            cellvars.add(0, "__class__");
        }
        freevars = ste.sortedNames(Scope.Binding.FREE, Scope.DEF_FREE_CLASS);
        entry = newBlock();
        current = entry;
    }

    BasicBlock newBlock() {
        BasicBlock b = new BasicBlock(blocks.size());
        blocks.add(b);
        return b;
    }

    int addConst(Object value) {
        Object key = constantKey(value);
        Integer i = constIndex.get(key);
        if (i != null) {
            return i;
        }
        consts.add(value);
        constIndex.put(key, consts.size() - 1);
        return consts.size() - 1;
    }

    /**
     * The dictionary key of a constant: CPython merges equal constants of the same type, and code
     * objects compare equal when all their attributes are equal (a loop condition compiled twice
     * yields one code constant).
     */
    static Object constantKey(Object value) {
        if (value == null) {
            return NONE_KEY;
        }
        // A NaN is not equal to itself, so CPython never merges two NaN constants.
        if (value instanceof Double d && d.isNaN()
                || value instanceof org.taipan.ast.ComplexLiteral z && (Double.isNaN(z.real()) || Double.isNaN(z.imag()))) {
            return new Object();
        }
        if (value instanceof ConstantFrozenSet fs) {
            // Sets are equal whatever their order; items keep their type-distinguishing keys.
            java.util.Set<Object> items = new java.util.HashSet<>();
            for (Object o : fs.items()) {
                items.add(constantKey(o));
            }
            return List.of(ConstantFrozenSet.class, items);
        }
        if (value instanceof CodeData c) {
            List<Object> key = new ArrayList<>();
            key.add(c.name);
            key.add(c.qualname);
            key.add(c.firstLineno);
            key.add(c.argCount);
            key.add(c.posOnlyArgCount);
            key.add(c.kwOnlyArgCount);
            key.add(c.flags);
            key.add(java.util.Arrays.asList(java.util.Arrays.stream(c.code).boxed().toArray()));
            List<Object> consts = new ArrayList<>();
            for (Object o : c.consts) {
                consts.add(constantKey(o));
            }
            key.add(consts);
            key.add(java.util.Arrays.asList(c.names));
            key.add(java.util.Arrays.asList(c.localsPlusNames));
            for (int[] a : new int[][] {c.exceptionTable, c.lines, c.endLines, c.cols, c.endCols}) {
                key.add(java.util.Arrays.asList(java.util.Arrays.stream(a).boxed().toArray()));
            }
            return key;
        }
        return value;
    }

    int addName(String n) {
        Integer i = names.get(n);
        if (i != null) {
            return i;
        }
        names.put(n, names.size());
        return names.size() - 1;
    }

    void addVarname(String n) {
        if (!varnames.containsKey(n)) {
            varnames.put(n, varnames.size());
        }
    }

    /** An open control structure, for break/continue/return unwinding. */
    static final class FrameBlock {
        enum Type {
            WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
            HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER,
            ASYNC_COMPREHENSION_GENERATOR
        }

        final Type type;
        final BasicBlock block;
        final BasicBlock exit;
        final Object datum;

        FrameBlock(Type type, BasicBlock block, BasicBlock exit, Object datum) {
            this.type = type;
            this.block = block;
            this.exit = exit;
            this.datum = datum;
        }
    }
}
