package org.taipan.compile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A readable listing of a {@link CodeData} tree (every code object, its attributes, its
 * instructions with positions, its exception table), in the text format of
 * {@code tools/record_bytecode.py} so that the compiler's tests can compare it with CPython 3.11's
 * {@code dis} output line by line; also handy when debugging the VM.
 */
public final class CodeListing {
    /** Opcodes that take no argument in CPython 3.11 (below HAVE_ARGUMENT). */
    private static final Set<Opcode> NO_ARG = EnumSet.of(Opcode.POP_TOP, Opcode.PUSH_NULL, Opcode.NOP,
            Opcode.UNARY_POSITIVE, Opcode.UNARY_NEGATIVE, Opcode.UNARY_NOT, Opcode.UNARY_INVERT,
            Opcode.BINARY_SUBSCR, Opcode.GET_LEN, Opcode.MATCH_MAPPING, Opcode.MATCH_SEQUENCE,
            Opcode.MATCH_KEYS, Opcode.PUSH_EXC_INFO, Opcode.CHECK_EXC_MATCH, Opcode.CHECK_EG_MATCH,
            Opcode.WITH_EXCEPT_START, Opcode.GET_AITER, Opcode.GET_ANEXT, Opcode.BEFORE_ASYNC_WITH,
            Opcode.BEFORE_WITH, Opcode.END_ASYNC_FOR, Opcode.STORE_SUBSCR, Opcode.DELETE_SUBSCR,
            Opcode.GET_ITER, Opcode.GET_YIELD_FROM_ITER, Opcode.PRINT_EXPR, Opcode.LOAD_BUILD_CLASS,
            Opcode.LOAD_ASSERTION_ERROR, Opcode.RETURN_GENERATOR, Opcode.LIST_TO_TUPLE,
            Opcode.RETURN_VALUE, Opcode.IMPORT_STAR, Opcode.SETUP_ANNOTATIONS, Opcode.YIELD_VALUE,
            Opcode.ASYNC_GEN_WRAP, Opcode.PREP_RERAISE_STAR, Opcode.POP_EXCEPT);
    private static final Set<Opcode> NAME_OPS = EnumSet.of(Opcode.LOAD_NAME, Opcode.STORE_NAME,
            Opcode.DELETE_NAME, Opcode.LOAD_ATTR, Opcode.STORE_ATTR, Opcode.DELETE_ATTR,
            Opcode.LOAD_METHOD, Opcode.IMPORT_NAME, Opcode.IMPORT_FROM, Opcode.STORE_GLOBAL,
            Opcode.DELETE_GLOBAL);
    private static final Set<Opcode> LOCAL_OPS = EnumSet.of(Opcode.LOAD_FAST, Opcode.STORE_FAST,
            Opcode.DELETE_FAST, Opcode.MAKE_CELL, Opcode.LOAD_CLOSURE, Opcode.LOAD_DEREF,
            Opcode.STORE_DEREF, Opcode.DELETE_DEREF, Opcode.LOAD_CLASSDEREF);

    private CodeListing() {
    }

    /** The listing of {@code code} and, after it, of every code object in its constants. */
    public static String of(CodeData code) {
        List<String> out = new ArrayList<>();
        describe(code, out);
        return String.join("\n", out);
    }

    private static void describe(CodeData c, List<String> out) {
        out.add("code " + c.qualname);
        out.add("name " + c.name);
        out.add("flags 0x" + Integer.toHexString(c.flags));
        out.add("args " + c.argCount + " " + c.posOnlyArgCount + " " + c.kwOnlyArgCount);
        out.add("firstlineno " + c.firstLineno);
        out.add("stacksize " + c.stackSize);
        out.add("varnames " + kind(c, CodeData.KIND_LOCAL));
        out.add("cellvars " + kind(c, CodeData.KIND_CELL));
        out.add("freevars " + kind(c, CodeData.KIND_FREE));
        out.add("names " + String.join(" ", c.names));
        List<String> consts = new ArrayList<>();
        for (Object o : c.consts) {
            consts.add(CodeRepr.repr(o));
        }
        out.add("consts " + String.join(" | ", consts));
        for (int i = 0; i < c.code.length; i++) {
            Opcode op = Opcode.of(c.code[i]);
            int arg = Opcode.arg(c.code[i]);
            String a;
            if (NO_ARG.contains(op)) {
                a = "";
            } else if (op == Opcode.LOAD_GLOBAL) {
                a = c.names[arg >> 1] + ((arg & 1) != 0 ? " +NULL" : "");
            } else if (NAME_OPS.contains(op)) {
                a = c.names[arg];
            } else if (LOCAL_OPS.contains(op)) {
                a = c.localsPlusNames[arg];
            } else if (op == Opcode.LOAD_CONST || op == Opcode.KW_NAMES) {
                a = CodeRepr.repr(c.consts[arg]);
            } else if (op.isJump()) {
                a = "->" + arg;
            } else {
                a = String.valueOf(arg);
            }
            out.add(i + " " + op.name() + " " + a + " @" + p(c.lines[i]) + "," + p(c.endLines[i]) + ","
                    + p(c.cols[i]) + "," + p(c.endCols[i]));
        }
        for (int i = 0; i < c.exceptionTable.length; i += 4) {
            int dl = c.exceptionTable[i + 3];
            out.add("exc " + c.exceptionTable[i] + " " + c.exceptionTable[i + 1] + " ->"
                    + c.exceptionTable[i + 2] + " depth " + (dl >> 1) + ((dl & 1) != 0 ? " lasti" : ""));
        }
        out.add("");
        for (Object o : c.consts) {
            if (o instanceof CodeData inner) {
                describe(inner, out);
            }
        }
    }

    private static String p(int v) {
        return v < 0 ? "-" : String.valueOf(v);
    }

    private static String kind(CodeData c, int kind) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < c.localsPlusNames.length; i++) {
            if ((c.localsPlusKinds[i] & kind) != 0) {
                names.add(c.localsPlusNames[i]);
            }
        }
        return String.join(" ", names);
    }



}
