package org.taipan.vm;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyFunction;
import org.taipan.objects.PyMethod;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.TypeSlots;

/** Calling a Python function: binds arguments into a new frame and runs it. */
public final class FunctionCall {
    private FunctionCall() {
    }

    public static PyObject call(PyFunction f, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyFrame frame = ArgumentBinder.newFrame(f, args, off, nargs, kwnames);
        return Eval.run(ThreadState.current(), frame);
    }

    /**
     * The CALL instruction's path for a Python function: the caller's thread state is at hand, so
     * no thread-local look-up, and no dispatch through the type's call slot.
     */
    static PyObject call(ThreadState ts, PyFunction f, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyFrame frame = ArgumentBinder.newFrame(f, args, off, nargs, kwnames);
        return Eval.run(ts, frame);
    }

    /**
     * Calls {@code f} as a method of {@code self} (a Python-level dunder called by a slot, a
     * bound method's function): no argument array is made with self in front on the common path.
     */
    public static PyObject callWithSelf(PyFunction f, PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyFrame frame = ArgumentBinder.newFrameWithSelf(f, self, args, off, nargs, kwnames);
        return Eval.run(ThreadState.current(), frame);
    }

    /**
     * The CALL instruction's path for callables other than functions and built-ins. The stack slot
     * just below the arguments ({@code s[first - 1]}) held the callable or the NULL before it and
     * is free: a bound method's self or a new instance goes there, so its Python function is
     * called on the stack slice itself, as CPython's vectorcall offset allows.
     */
    static PyObject callObject(ThreadState ts, PyObject callable, PyObject[] s, int first, int npos, PyTuple kwnames) {
        if (callable instanceof PyMethod) {
            PyMethod m = (PyMethod) callable;
            if (m.func instanceof PyFunction) {
                s[first - 1] = m.self;
                return call(ts, (PyFunction) m.func, s, first - 1, npos + 1, kwnames);
            }
        } else if (callable instanceof PyType) {
            PyType t = (PyType) callable;
            PyFunction init = TypeSlots.plainPythonInit(t);
            if (init != null) {
                PyObject obj = t.newFunc.make(t, s, first, npos, kwnames);
                s[first - 1] = obj;
                TypeSlots.initResult(call(ts, init, s, first - 1, npos + 1, kwnames));
                return obj;
            }
        }
        return Abstract.call(callable, s, first, npos, kwnames);
    }
}
