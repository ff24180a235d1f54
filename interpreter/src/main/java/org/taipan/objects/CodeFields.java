package org.taipan.objects;

import java.util.ArrayList;
import java.util.List;
import org.taipan.compile.CodeData;
import org.taipan.compile.Opcode;

/**
 * The fields of a code object as Python sees them ({@code co_*}), gathered from a code object or
 * from arguments and checked the way CPython checks them, then built into a new {@link PyCode}:
 * what {@code code.replace(**changes)} and the {@code code(...)} constructor share.
 *
 * <p>{@code co_code}, {@code co_linetable} and {@code co_exceptiontable} are Taipan's own
 * encodings (see {@link Opcode}): instruction words, and per-instruction positions and
 * exception-table entries, each as little-endian 32-bit integers.
 */
final class CodeFields {
    /** The keywords of {@code code.replace()}, in CPython 3.11's order. */
    static final String[] KEYWORDS = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
        "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames",
        "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable",
        "co_exceptiontable"};
    /** The positional parameters of the {@code code(...)} constructor, in CPython 3.11's order. */
    static final String[] CONSTRUCTOR = {"argcount", "posonlyargcount", "kwonlyargcount", "nlocals", "stacksize",
        "flags", "codestring", "constants", "names", "varnames", "filename", "name", "qualname", "firstlineno",
        "linetable", "exceptiontable", "freevars", "cellvars"};
    /** For each constructor parameter, the field it sets (its index in {@link #KEYWORDS}). */
    private static final int[] CONSTRUCTOR_FIELD = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 13, 14, 15, 6, 16, 17, 11, 12};

    int argCount;
    int posOnlyArgCount;
    int kwOnlyArgCount;
    int nlocals;
    int stackSize;
    int flags;
    int firstLineno;
    int[] code;
    PyObject[] consts;
    String[] names;
    String[] varnames;
    String[] freevars;
    String[] cellvars;
    String filename;
    String name;
    String qualname;
    int[] positions;
    int[] exceptionTable;
    /** Whether the local, cell and free variable names were changed (their layout is then rebuilt). */
    private boolean variablesChanged;
    private CodeData original;

    /** The fields of {@code c}. */
    static CodeFields of(PyCode c) {
        CodeFields f = new CodeFields();
        CodeData d = c.data;
        f.original = d;
        f.argCount = d.argCount;
        f.posOnlyArgCount = d.posOnlyArgCount;
        f.kwOnlyArgCount = d.kwOnlyArgCount;
        f.stackSize = d.stackSize;
        f.flags = c.flags;
        f.firstLineno = d.firstLineno;
        f.code = d.code;
        f.consts = c.consts.clone();
        f.names = d.names;
        f.varnames = strings(c.namesOfKind(CodeData.KIND_LOCAL));
        f.cellvars = strings(c.namesOfKind(CodeData.KIND_CELL));
        f.freevars = strings(c.namesOfKind(CodeData.KIND_FREE));
        f.nlocals = f.varnames.length;
        f.filename = d.filename;
        f.name = d.name;
        f.qualname = d.qualname;
        f.positions = new int[d.code.length * 4];
        for (int i = 0; i < d.code.length; i++) {
            f.positions[4 * i] = d.lines[i];
            f.positions[4 * i + 1] = d.endLines[i];
            f.positions[4 * i + 2] = d.cols[i];
            f.positions[4 * i + 3] = d.endCols[i];
        }
        f.exceptionTable = d.exceptionTable;
        return f;
    }

    /** {@code code.replace(**changes)}: the keyword arguments {@code values[off..]} named by {@code kwnames}. */
    static PyCode replace(PyCode c, PyObject[] values, int off, PyTuple kwnames) {
        PyObject[] bound = ArgParser.bind("replace", KEYWORDS, 0, 0, values, off, 0, kwnames);
        CodeFields f = of(c);
        for (int i = 0; i < KEYWORDS.length; i++) {
            if (bound[i] != null) {
                f.set(i, bound[i], "replace() argument '" + KEYWORDS[i] + "'");
            }
        }
        return f.build();
    }

    /** {@code code(argcount, ..., exceptiontable, freevars=(), cellvars=())}. */
    static PyCode construct(PyObject[] args, int off, int n, PyTuple kw) {
        if (kw != null && kw.size() > 0) {
            throw PyExc.typeError("code() takes no keyword arguments");
        }
        if (n < 16 || n > 18) {
            throw PyExc.typeError("code expected at " + (n < 16 ? "least 16" : "most 18") + " arguments, got " + n);
        }
        PyObject[] bound = ArgParser.bind("code", CONSTRUCTOR, 0, 16, args, off, n, null);
        CodeFields f = new CodeFields();
        f.freevars = new String[0];
        f.cellvars = new String[0];
        for (int i = 0; i < CONSTRUCTOR.length; i++) {
            if (bound[i] != null) {
                f.set(CONSTRUCTOR_FIELD[i], bound[i], "code() argument '" + CONSTRUCTOR[i] + "'");
            }
        }
        org.taipan.modules.SysModule.audit("code.__new__", bound[6], bound[10], bound[11], bound[0], bound[1],
                bound[2], bound[3], bound[4], bound[5]);
        return f.build();
    }

    /** Sets field {@code i} (in {@link #KEYWORDS} order) from a Python value, checking its type. */
    private void set(int i, PyObject v, String what) {
        switch (i) {
            case 0: argCount = count(v, "co_argcount"); break;
            case 1: posOnlyArgCount = count(v, "co_posonlyargcount"); break;
            case 2: kwOnlyArgCount = count(v, "co_kwonlyargcount"); break;
            case 3: nlocals = count(v, "co_nlocals"); break;
            case 4: stackSize = count(v, "co_stacksize"); break;
            case 5: flags = count(v, "co_flags"); break;
            case 6: firstLineno = count(v, "co_firstlineno"); break;
            case 7: code = words(bytes(v, what)); break;
            case 8: consts = tuple(v, what).items(); break;
            case 9: names = strings(tuple(v, what)); break;
            case 10: varnames = strings(tuple(v, what)); variablesChanged = true; break;
            case 11: freevars = strings(tuple(v, what)); variablesChanged = true; break;
            case 12: cellvars = strings(tuple(v, what)); variablesChanged = true; break;
            case 13: filename = str(v, what); break;
            case 14: name = str(v, what); break;
            case 15: qualname = str(v, what); break;
            case 16: positions = words(bytes(v, what)); break;
            default: exceptionTable = words(bytes(v, what)); break;
        }
    }

    private PyCode build() {
        int named = argCount + kwOnlyArgCount + ((flags & CodeData.CO_VARARGS) != 0 ? 1 : 0)
                + ((flags & CodeData.CO_VARKEYWORDS) != 0 ? 1 : 0);
        if (named > varnames.length) {
            throw PyExc.valueError("code: co_varnames is too small");
        }
        if (nlocals != varnames.length) {
            throw PyExc.valueError("code: co_nlocals != len(co_varnames)");
        }
        if (argCount < posOnlyArgCount) {
            throw PyExc.systemError("bad argument to internal function");
        }
        int count = Opcode.values().length;
        for (int w : code) {
            if ((w & 0xff) >= count) {
                throw PyExc.valueError("code: co_code is malformed");
            }
        }
        if (exceptionTable.length % 4 != 0) {
            throw PyExc.valueError("code: co_exceptiontable is malformed");
        }
        String[] plusNames;
        byte[] plusKinds;
        if (original != null && !variablesChanged) {
            plusNames = original.localsPlusNames;
            plusKinds = original.localsPlusKinds;
        } else {
            List<String> n = new ArrayList<>();
            List<Byte> k = new ArrayList<>();
            List<String> cells = List.of(cellvars);
            for (String v : varnames) {
                n.add(v);
                k.add((byte) (cells.contains(v) ? CodeData.KIND_LOCAL | CodeData.KIND_CELL : CodeData.KIND_LOCAL));
            }
            for (String v : cellvars) {
                if (!n.contains(v)) {
                    n.add(v);
                    k.add(CodeData.KIND_CELL);
                }
            }
            for (String v : freevars) {
                n.add(v);
                k.add(CodeData.KIND_FREE);
            }
            plusNames = n.toArray(new String[0]);
            plusKinds = new byte[k.size()];
            for (int i = 0; i < plusKinds.length; i++) {
                plusKinds[i] = k.get(i);
            }
        }
        // Each instruction has four position numbers; missing ones (a longer co_code) have none.
        int[] lines = new int[code.length];
        int[] endLines = new int[code.length];
        int[] cols = new int[code.length];
        int[] endCols = new int[code.length];
        for (int i = 0; i < code.length; i++) {
            boolean known = 4 * i + 3 < positions.length;
            lines[i] = known ? positions[4 * i] : -1;
            endLines[i] = known ? positions[4 * i + 1] : -1;
            cols[i] = known ? positions[4 * i + 2] : -1;
            endCols[i] = known ? positions[4 * i + 3] : -1;
        }
        CodeData d = new CodeData(name, qualname, filename, firstLineno, argCount, posOnlyArgCount,
                kwOnlyArgCount, flags, stackSize, code, consts, names, plusNames, plusKinds, exceptionTable,
                lines, endLines, cols, endCols);
        return new PyCode(d);
    }

    private static int count(PyObject v, String field) {
        int n = Abstract.asIndex(v);
        if (n < 0) {
            throw PyExc.valueError(field + " must be a positive integer");
        }
        return n;
    }

    private static PyTuple tuple(PyObject v, String what) {
        if (!(v instanceof PyTuple)) {
            throw PyExc.typeError(what + " must be tuple, not " + v.getType().getName());
        }
        return (PyTuple) v;
    }

    private static String str(PyObject v, String what) {
        if (!(v instanceof PyUnicode)) {
            throw PyExc.typeError(what + " must be str, not " + v.getType().getName());
        }
        return ((PyUnicode) v).value;
    }

    private static byte[] bytes(PyObject v, String what) {
        if (!(v instanceof PyBytes)) {
            throw PyExc.typeError(what + " must be bytes, not " + v.getType().getName());
        }
        return ((PyBytes) v).value;
    }

    private static String[] strings(PyObject tuple) {
        PyTuple t = (PyTuple) tuple;
        String[] r = new String[t.size()];
        for (int i = 0; i < r.length; i++) {
            if (!(t.get(i) instanceof PyUnicode)) {
                throw PyExc.systemError("non-string found in code slot");
            }
            r[i] = ((PyUnicode) t.get(i)).value;
        }
        return r;
    }

    /** Little-endian 32-bit words; a length that is not a multiple of 4 is malformed. */
    private static int[] words(byte[] b) {
        if (b.length % 4 != 0) {
            throw PyExc.valueError("code: co_code is malformed");
        }
        int[] w = new int[b.length / 4];
        for (int i = 0; i < w.length; i++) {
            w[i] = (b[4 * i] & 0xff) | (b[4 * i + 1] & 0xff) << 8 | (b[4 * i + 2] & 0xff) << 16 | b[4 * i + 3] << 24;
        }
        return w;
    }

    /** The inverse of {@link #words}. */
    static PyBytes bytesOf(int[] words) {
        byte[] b = new byte[words.length * 4];
        for (int i = 0; i < words.length; i++) {
            b[4 * i] = (byte) words[i];
            b[4 * i + 1] = (byte) (words[i] >>> 8);
            b[4 * i + 2] = (byte) (words[i] >>> 16);
            b[4 * i + 3] = (byte) (words[i] >>> 24);
        }
        return new PyBytes(b);
    }
}
