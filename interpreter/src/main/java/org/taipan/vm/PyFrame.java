package org.taipan.vm;

import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyFunction;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * {@code frame}: one activation of a code object. {@link #localsPlus} holds the fast locals,
 * cells and free variables (CodeData's localsplus layout) followed by the value stack. A frame is
 * fully built before it is published as {@link ThreadState#frame}; {@link #back} links to the
 * caller, so any thread can walk any thread's stack.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", null, PyFrame::setup);

    public final PyCode code;
    public final PyFunction function;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping for module and class bodies (LOAD_NAME); null for functions. */
    public PyObject locals;
    public final PyObject[] localsPlus;
    public PyFrame back;
    /** Index of the instruction being executed (f_lasti is 4 * this). */
    public int lasti = -1;
    /** Stack pointer for a suspended frame (generators). */
    int stackTop;
    /** Set by {@link ColdOps} at KW_NAMES: the keyword names for the loop's next CALL. */
    org.taipan.objects.PyTuple pendingKwnames;
    /** True while a generator's frame is suspended at a yield. */
    boolean suspended;
    /** An exception {@code gen.throw()} raises at the suspension point when the frame resumes. */
    org.taipan.objects.PyException pendingThrow;

    /** f_trace, f_trace_lines, f_trace_opcodes and the f_locals dict; null while all are at their defaults. */
    private FrameTraceState traceState;

    private FrameTraceState traceState() {
        FrameTraceState t = traceState;
        if (t == null) {
            t = new FrameTraceState();
            traceState = t;
        }
        return t;
    }

    /** The local trace function ({@code f_trace}); null when None. */
    public PyObject fTrace() {
        FrameTraceState t = traceState;
        return t == null ? null : t.fTrace;
    }

    public void setFTrace(PyObject trace) {
        if (trace != null || traceState != null) {
            traceState().fTrace = trace;
        }
    }

    /** {@code f_trace_lines}. */
    public boolean traceLines() {
        FrameTraceState t = traceState;
        return t == null || t.traceLines;
    }

    public void setTraceLines(boolean on) {
        if (!on || traceState != null) {
            traceState().traceLines = on;
        }
    }

    /** {@code f_trace_opcodes}. */
    public boolean traceOpcodes() {
        FrameTraceState t = traceState;
        return t != null && t.traceOpcodes;
    }

    public void setTraceOpcodes(boolean on) {
        if (on || traceState != null) {
            traceState().traceOpcodes = on;
        }
    }

    /**
     * True once {@code frame.f_locals} was read (CPython's {@code f_fast_as_locals}): from then on
     * the dict is refreshed before and written back after each trace function call. A dict from
     * {@code locals()} alone is neither.
     */
    public boolean fastAsLocals() {
        FrameTraceState t = traceState;
        return t != null && t.fastAsLocals;
    }

    /** The dict {@code locals()} handed out for this function frame, or null. */
    PyDict localsSnapshot() {
        FrameTraceState t = traceState;
        return t == null ? null : t.localsSnapshot;
    }

    void setLocalsSnapshot(PyDict d) {
        traceState().localsSnapshot = d;
    }

    /** The value-stack top (an index into {@link #localsPlus}) saved for tracing and jumps. */
    public int stackTop() {
        return stackTop;
    }

    public void setStackTop(int top) {
        stackTop = top;
    }

    /** True while a generator's frame is suspended at a yield (a jump from its 'return' event is allowed). */
    public boolean isSuspended() {
        return suspended;
    }

    /** The locals mapping as {@code locals()}, {@code vars()} and {@code dir()} see it (without marking f_locals read). */
    public PyObject localsMapping() {
        return Frames.locals(this);
    }

    /** True once {@code locals()} or {@code f_locals} handed out this frame's locals as a dict. */
    public boolean hasLocalsSnapshot() {
        return localsSnapshot() != null;
    }

    /** Refreshes the {@code f_locals} dict if one was handed out (before a trace function runs). */
    public void refreshLocalsSnapshot() {
        if (locals == null && localsSnapshot() != null) {
            Frames.locals(this);
        }
    }

    /** Writes the {@code f_locals} dict back to the fast locals and cells (after a trace function). */
    public void localsSnapshotToFast() {
        PyDict d = localsSnapshot();
        if (locals != null || d == null) {
            return;
        }
        org.taipan.compile.CodeData c = code.data;
        for (int i = 0; i < code.nlocalsplus; i++) {
            PyObject v = d.getItem(code.localsPlusNames[i]);
            PyObject old = localsPlus[i];
            if ((c.localsPlusKinds[i] & (org.taipan.compile.CodeData.KIND_CELL | org.taipan.compile.CodeData.KIND_FREE)) != 0) {
                if (old instanceof org.taipan.objects.PyCell) {
                    ((org.taipan.objects.PyCell) old).ref = v;
                }
            } else {
                localsPlus[i] = v;
            }
        }
    }

    public PyFrame(PyCode code, PyFunction function, PyDict globals, PyDict builtins, PyObject locals) {
        this.code = code;
        this.function = function;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.localsPlus = new PyObject[code.frameSize];
        this.stackTop = code.nlocalsplus;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The current line, from the instruction index and the code's line table. */
    public int lineno() {
        int i = Math.max(lasti, 0);
        int l = code.lineOf(i);
        return l < 0 ? code.data.firstLineno : l;
    }

    private static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.getset("f_lineno", self -> PyLong.of(((PyFrame) self).lineno()), null);
        t.getset("f_lasti", self -> PyLong.of(4L * ((PyFrame) self).lasti), null);
        t.getset("f_code", self -> ((PyFrame) self).code, null);
        t.getset("f_globals", self -> ((PyFrame) self).globals, null);
        t.getset("f_builtins", self -> ((PyFrame) self).builtins, null);
        t.getset("f_back", self -> {
            PyFrame b = ((PyFrame) self).back;
            return b == null ? PyNone.NONE : b;
        }, null);
        t.getset("f_locals", self -> {
            PyFrame f = (PyFrame) self;
            f.traceState().fastAsLocals = true;
            return Frames.locals(f);
        }, null);
        org.taipan.vm.trace.FrameTraceAttributes.add(t);
        t.repr = self -> {
            PyFrame f = (PyFrame) self;
            return PyUnicode.of("<frame at " + org.taipan.objects.ObjectIds.address(f) + ", file '"
                    + f.code.data.filename + "', line " + f.lineno() + ", code " + f.code.data.name + ">");
        };
    }
}
