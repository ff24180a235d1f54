package org.taipan.vm.trace;

import org.taipan.compile.CodeData;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyCode;
import org.taipan.vm.PyFrame;
import org.taipan.vm.ThreadState;

/**
 * Assigning {@code frame.f_lineno} from a trace function: a jump, with CPython 3.11's rules and
 * messages ({@code frame_setlineno}). The jump is allowed from a 'line' event, or from the
 * 'return' event of a generator suspended at a yield; the target line is moved to the first
 * line with code; the value stacks before and after must be compatible ({@link StackAnalysis}).
 * The jump moves {@code f_lasti} to the target's first instruction and pops the stack down to
 * the target's depth; the evaluation loop resumes there without another line event.
 */
public final class LineJump {
    private LineJump() {
    }

    /** The line each instruction starts, or -1 (CPython's marklines: a line starts where it changes). */
    static int[] lineStarts(int[] lines) {
        int[] starts = new int[lines.length];
        int last = -1;
        for (int i = 0; i < lines.length; i++) {
            starts[i] = -1;
            if (lines[i] != -1 && lines[i] != last) {
                starts[i] = lines[i];
                last = lines[i];
            }
        }
        return starts;
    }

    static void setLineno(PyFrame f, PyObject value) {
        if (value == null) {
            throw PyExc.typeError("cannot delete attribute");
        }
        if (!(value instanceof PyLong) || value instanceof PyBool) {
            throw PyExc.valueError("lineno must be an integer");
        }
        ThreadState ts = ThreadState.current();
        TraceEvent what = ts.tracingWhat;
        switch (what) {
            case LINE:
                break;
            case RETURN:
                if (!f.isSuspended()) {
                    throw PyExc.valueError("can only jump from a 'line' trace event");
                }
                break;
            case CALL:
                throw PyExc.valueError("can't jump from the 'call' trace event of a new frame");
            default:
                throw PyExc.valueError("can only jump from a 'line' trace event");
        }
        if (f.fTrace() == null) {
            throw PyExc.valueError("f_lineno can only be set by a trace function");
        }
        PyCode code = f.code;
        long target = ((PyLong) value).longValue();
        int first = code.data.firstLineno;
        if (target < first) {
            throw PyExc.valueError("line " + target + " comes before the current code block");
        }
        int[] lines = code.data.lines;
        // The first line not before the target that has code (CPython's first_line_not_before).
        long best = Long.MAX_VALUE;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] >= target && lines[i] < best) {
                best = lines[i];
            }
        }
        if (best == Long.MAX_VALUE) {
            throw PyExc.valueError("line " + target + " comes after the current code block");
        }
        StackAnalysis.Result stacks = StackAnalysis.analyse(code);
        long fromStack = stacks.stackAt(f.lasti);
        int[] starts = lineStarts(lines);
        String error = null;
        int bestAddr = -1;
        long bestStack = StackAnalysis.OVERFLOWED;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] != best) {
                continue;
            }
            long toStack = stacks.stackAt(i);
            if (StackAnalysis.compatible(fromStack, toStack)) {
                if (toStack > bestStack) {
                    bestStack = toStack;
                    bestAddr = i;
                }
            } else if (error == null) {
                error = StackAnalysis.explainIncompatible(fromStack, toStack);
            }
        }
        if (bestAddr < 0) {
            throw PyExc.valueError(error != null ? error : "cannot find bytecode for specified line");
        }
        PyObject[] s = f.localsPlus;
        // CPython 3.11.7 leaves unbound locals unbound (no None, no warning; that is 3.12).
        // Pop what the target does not have: leaving an except block restores the exception
        // that was being handled before it (the saved entry), as POP_EXCEPT would.
        int top = f.stackTop();
        long stack = fromStack;
        while (StackAnalysis.depth(stack) > StackAnalysis.depth(bestStack)) {
            if (top > code.nlocalsplus) {
                PyObject v = s[--top];
                s[top] = null;
                if (StackAnalysis.top(stack) == StackAnalysis.EXCEPT) {
                    ts.handledException = v instanceof PyBaseException ? (PyBaseException) v : null;
                }
            }
            stack = StackAnalysis.pop(stack);
        }
        f.setStackTop(top);
        f.lasti = bestAddr;
    }
}
