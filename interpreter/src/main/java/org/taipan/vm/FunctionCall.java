package org.taipan.vm;

import org.taipan.objects.PyFunction;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;

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
}
