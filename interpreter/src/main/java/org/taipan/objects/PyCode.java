package org.taipan.objects;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.BytesLiteral;
import org.taipan.ast.EllipsisLiteral;
import org.taipan.compile.CodeData;
import org.taipan.compile.ConstantFrozenSet;
import org.taipan.compile.ConstantTuple;

/**
 * {@code code}: the runtime form of a compiled {@link CodeData}: the same instructions and
 * tables, with the constants turned into Python objects once and the names into interned
 * {@link PyUnicode}s, plus what the VM precomputes per code (frame size, cell layout).
 */
public final class PyCode extends PyObject {
    public static PyType TYPE;

    public final CodeData data;
    public final int[] code;
    public final PyObject[] consts;
    public final PyUnicode[] names;
    public final PyUnicode[] localsPlusNames;
    public final int nlocalsplus;
    public final int frameSize;
    /** Number of positional parameters plus keyword-only ones (the named parameters). */
    public final int totalArgs;
    public final int nfree;
    public final int flags;
    /** LOAD_GLOBAL's caches, one per name, made by the evaluation loop on first use. */
    public org.taipan.vm.GlobalCache[] globalCaches;
    /** LOAD_ATTR's and LOAD_METHOD's caches, one per instruction, made by the evaluation loop on first use. */
    public org.taipan.vm.AttributeCache[] attributeCaches;

    public PyCode(CodeData data) {
        this(data, data.flags);
    }

    /** The same code with other {@code co_flags} ({@code code.replace(co_flags=...)}). */
    public PyCode(CodeData data, int flags) {
        this.data = data;
        this.code = data.code;
        this.flags = flags;
        this.consts = new PyObject[data.consts.length];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = constant(data.consts[i]);
        }
        this.names = new PyUnicode[data.names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyUnicode.interned(data.names[i]);
        }
        this.localsPlusNames = new PyUnicode[data.localsPlusNames.length];
        int free = 0;
        for (int i = 0; i < localsPlusNames.length; i++) {
            localsPlusNames[i] = PyUnicode.interned(data.localsPlusNames[i]);
            if ((data.localsPlusKinds[i] & CodeData.KIND_FREE) != 0) {
                free++;
            }
        }
        this.nfree = free;
        this.nlocalsplus = localsPlusNames.length;
        this.frameSize = nlocalsplus + data.stackSize;
        this.totalArgs = data.argCount + data.kwOnlyArgCount;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public boolean hasFlag(int f) {
        return (flags & f) != 0;
    }

    /** The line of instruction {@code index}, or -1 when it has none. */
    public int lineOf(int index) {
        if (index < 0 || index >= data.lines.length) {
            return -1;
        }
        return data.lines[index];
    }

    /** A compile-time constant as a Python object (see CodeData's constant representation). */
    public static PyObject constant(Object c) {
        if (c == null) {
            return PyNone.NONE;
        }
        if (c instanceof PyObject) {
            return (PyObject) c;
        }
        if (c instanceof Boolean) {
            return PyBool.of((Boolean) c);
        }
        if (c instanceof BigInteger) {
            return PyLong.of((BigInteger) c);
        }
        if (c instanceof Double) {
            return new PyFloat((Double) c);
        }
        if (c instanceof String) {
            return PyUnicode.of((String) c);
        }
        if (c instanceof org.taipan.ast.CodePointString) {
            return PyUnicode.fromConstant(c); // a str holding a split surrogate pair
        }
        if (c instanceof BytesLiteral) {
            return new PyBytes(((BytesLiteral) c).bytes());
        }
        if (c instanceof EllipsisLiteral) {
            return PyEllipsis.ELLIPSIS;
        }
        if (c instanceof CodeData) {
            return new PyCode((CodeData) c);
        }
        if (c instanceof ConstantTuple) {
            Object[] items = ((ConstantTuple) c).items();
            PyObject[] r = new PyObject[items.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = constant(items[i]);
            }
            return new PyTuple(r);
        }
        if (c instanceof ConstantFrozenSet) {
            // Built the way CPython's compiler builds it (a set, then a frozenset of that), so
            // its iteration order matches CPython's even when hashes collide.
            Object[] items = ((ConstantFrozenSet) c).items();
            PyObject[] values = new PyObject[items.length];
            for (int i = 0; i < items.length; i++) {
                values[i] = constant(items[i]);
            }
            return PySet.constantFrozenSet(values);
        }
        if (c instanceof org.taipan.ast.ComplexLiteral) {
            org.taipan.ast.ComplexLiteral z = (org.taipan.ast.ComplexLiteral) c;
            return new PyComplex(z.real(), z.imag());
        }
        throw new IllegalArgumentException("unknown constant " + c.getClass());
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.repr = self -> {
            PyCode c = (PyCode) self;
            return PyUnicode.of("<code object " + c.data.name + " at " + ObjectIds.address(self)
                    + ", file \"" + c.data.filename + "\", line " + c.data.firstLineno + ">");
        };
        t.getset("co_name", self -> PyUnicode.of(((PyCode) self).data.name), null);
        t.getset("co_qualname", self -> PyUnicode.of(((PyCode) self).data.qualname), null);
        t.getset("co_filename", self -> PyUnicode.of(((PyCode) self).data.filename), null);
        t.getset("co_firstlineno", self -> PyLong.of(((PyCode) self).data.firstLineno), null);
        t.getset("co_argcount", self -> PyLong.of(((PyCode) self).data.argCount), null);
        t.getset("co_posonlyargcount", self -> PyLong.of(((PyCode) self).data.posOnlyArgCount), null);
        t.getset("co_kwonlyargcount", self -> PyLong.of(((PyCode) self).data.kwOnlyArgCount), null);
        t.getset("co_flags", self -> PyLong.of(((PyCode) self).flags), null);
        t.methodKw("replace", (self, a, off, n, kw) -> {
            if (n > 0) {
                throw PyExc.typeError("replace() takes no positional arguments");
            }
            return CodeFields.replace((PyCode) self, a, off + n, kw);
        });
        t.getset("co_stacksize", self -> PyLong.of(((PyCode) self).data.stackSize), null);
        t.getset("co_consts", self -> new PyTuple(((PyCode) self).consts.clone()), null);
        t.getset("co_names", self -> new PyTuple((PyObject[]) ((PyCode) self).names.clone()), null);
        t.getset("co_varnames", self -> ((PyCode) self).namesOfKind(CodeData.KIND_LOCAL), null);
        t.getset("co_cellvars", self -> ((PyCode) self).namesOfKind(CodeData.KIND_CELL), null);
        t.getset("co_freevars", self -> ((PyCode) self).namesOfKind(CodeData.KIND_FREE), null);
        t.getset("co_nlocals", self -> PyLong.of(((PyTuple) ((PyCode) self).namesOfKind(CodeData.KIND_LOCAL)).size()), null);
        t.getset("co_code", self -> CodeFields.bytesOf(((PyCode) self).code), null);
        t.getset("co_linetable", self -> CodeFields.bytesOf(CodeFields.of((PyCode) self).positions), null);
        t.getset("co_exceptiontable", self -> CodeFields.bytesOf(((PyCode) self).data.exceptionTable), null);
        t.method("co_lines", self -> ((PyCode) self).lineRanges());
        t.method("co_positions", self -> ((PyCode) self).positions());
        t.newFunc = (type, args, off, nargs, kw) -> CodeFields.construct(args, off, nargs, kw);
        t.hash = self -> ObjectIds.id(self) >>> 4;
    }

    /** {@code co_lines()}: (start, end, line) byte ranges of runs of instructions on one line. */
    PyObject lineRanges() {
        List<PyObject> l = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= code.length; i++) {
            if (i == code.length || data.lines[i] != data.lines[start]) {
                int line = data.lines[start];
                l.add(PyTuple.of(List.of(PyLong.of(4 * start), PyLong.of(4 * i),
                        line < 0 ? PyNone.NONE : PyLong.of(line))));
                start = i;
            }
        }
        return Abstract.getIter(new PyList(l.toArray(new PyObject[0]), l.size()));
    }

    /** {@code co_positions()}: (line, end line, column, end column) of each instruction, None where unknown. */
    PyObject positions() {
        List<PyObject> l = new ArrayList<>();
        for (int i = 0; i < code.length; i++) {
            l.add(PyTuple.of(List.of(position(data.lines[i]), position(data.endLines[i]),
                    position(data.cols[i]), position(data.endCols[i]))));
        }
        return Abstract.getIter(new PyList(l.toArray(new PyObject[0]), l.size()));
    }

    private static PyObject position(int n) {
        return n < 0 ? PyNone.NONE : PyLong.of(n);
    }

    PyObject namesOfKind(byte kind) {
        java.util.List<PyObject> l = new java.util.ArrayList<>();
        for (int i = 0; i < nlocalsplus; i++) {
            byte k = data.localsPlusKinds[i];
            if ((k & kind) != 0 && !(kind == CodeData.KIND_LOCAL && (k & CodeData.KIND_FREE) != 0)) {
                l.add(localsPlusNames[i]);
            }
        }
        return PyTuple.of(l);
    }
}
