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
    /** Set by {@link ColdOps}: a jump target, a return value, or KW_NAMES, for the loop to apply. */
    int pendingJump = -1;
    PyObject pendingReturn;
    org.taipan.objects.PyTuple pendingKwnames;
    /** The dict {@code locals()} returns for a function frame (kept, as in CPython 3.11). */
    PyDict localsSnapshot;
    /** True while a generator's frame is suspended at a yield. */
    boolean suspended;
    /** An exception {@code gen.throw()} raises at the suspension point when the frame resumes. */
    org.taipan.objects.PyException pendingThrow;

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
        t.getset("f_locals", self -> Frames.locals((PyFrame) self), null);
        t.repr = self -> {
            PyFrame f = (PyFrame) self;
            return PyUnicode.of("<frame at " + org.taipan.objects.ObjectIds.address(f) + ", file '"
                    + f.code.data.filename + "', line " + f.lineno() + ", code " + f.code.data.name + ">");
        };
    }
}
