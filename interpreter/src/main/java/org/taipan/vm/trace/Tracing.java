package org.taipan.vm.trace;

import org.taipan.compile.Opcode;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBuiltinFunction;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyException;
import org.taipan.objects.PyMethodDescr;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyExc;
import org.taipan.vm.PyGenerator;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.PyFrame;
import org.taipan.vm.ThreadState;

/**
 * The evaluation loop's side of tracing (CPython's {@code call_trace}, {@code
 * maybe_call_line_trace}, {@code trace_function_entry/exit}, {@code call_exc_trace} and {@code
 * C_TRACE}), and installing hooks ({@code PyEval_SetTrace}/{@code PyEval_SetProfile} and their
 * all-threads forms). {@code Eval} calls in here only when {@link ThreadState#tracing} is set,
 * which is true exactly when a hook is installed and no hook is running, so tracing off costs
 * the one field check per instruction and nested code run by a hook is not traced.
 */
public final class Tracing {
    private static final int RESUME = Opcode.RESUME.ordinal();
    private static final int SEND = Opcode.SEND.ordinal();
    private static final int CALL = Opcode.CALL.ordinal();

    /** A hook and its object, installed together for all threads. */
    private static final class Installed {
        final TraceHook hook;
        final Object obj;

        Installed(TraceHook hook, Object obj) {
            this.hook = hook;
            this.obj = obj;
        }
    }

    /**
     * The hooks new threads start with ({@link #setTraceAllThreads}). Volatile, not locked:
     * taking a lock here would order against the interpreter's thread-list lock the other way
     * round from thread creation. A thread created during the installation either reads the new
     * value or is already in the list that is updated next.
     */
    private static volatile Installed newThreadTrace;
    private static volatile Installed newThreadProfile;

    /**
     * {@link ThreadState#tracing} is volatile so that a hook installed from another thread is seen;
     * the owning thread's own toggling around each hook call needs no fence (a release store).
     */
    private static final java.lang.invoke.VarHandle TRACING;

    static {
        try {
            TRACING = java.lang.invoke.MethodHandles.lookup().findVarHandle(ThreadState.class, "tracing", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Tracing() {
    }

    /** Installs (or, with a null hook, removes) the trace hook of one thread. */
    public static void setTrace(ThreadState ts, TraceHook hook, Object obj) {
        ts.traceHook = hook;
        ts.traceObj = hook == null ? null : obj;
        ts.tracing = useTracing(ts);
    }

    /** Installs (or removes) the profile hook of one thread; it gets every event but LINE and OPCODE. */
    public static void setProfile(ThreadState ts, TraceHook hook, Object obj) {
        ts.profileHook = hook;
        ts.profileObj = hook == null ? null : obj;
        ts.tracing = useTracing(ts);
    }

    /** {@code PyEval_SetTraceAllThreads}: every present thread of {@code interp}, and every future one. */
    public static void setTraceAllThreads(InterpreterState interp, TraceHook hook, Object obj) {
        newThreadTrace = hook == null ? null : new Installed(hook, obj);
        for (ThreadState ts : interp.threads()) {
            setTrace(ts, hook, obj);
        }
    }

    /** {@code PyEval_SetProfileAllThreads}: every present thread of {@code interp}, and every future one. */
    public static void setProfileAllThreads(InterpreterState interp, TraceHook hook, Object obj) {
        newThreadProfile = hook == null ? null : new Installed(hook, obj);
        for (ThreadState ts : interp.threads()) {
            setProfile(ts, hook, obj);
        }
    }

    /** Gives a new thread the hooks installed for all threads (called when its state is created). */
    public static void initThread(ThreadState ts) {
        Installed t = newThreadTrace;
        if (t != null) {
            setTrace(ts, t.hook, t.obj);
        }
        Installed p = newThreadProfile;
        if (p != null) {
            setProfile(ts, p.hook, p.obj);
        }
    }

    static boolean useTracing(ThreadState ts) {
        return ts.tracingDepth == 0 && (ts.traceHook != null || ts.profileHook != null);
    }

    /**
     * Calls one hook with events suspended for this thread ({@code tstate->tracing}); records the
     * event for the {@code f_lineno} setter ({@code tracing_what}).
     */
    static void callTrace(ThreadState ts, PyFrame f, TraceHook hook, Object obj, TraceEvent what, PyObject arg) {
        if (ts.tracingDepth > 0) {
            return;
        }
        TraceEvent oldWhat = ts.tracingWhat;
        ts.tracingWhat = what;
        ts.tracingDepth++;
        TRACING.setRelease(ts, false);
        try {
            hook.trace(obj, f, what, arg);
        } finally {
            ts.tracingDepth--;
            TRACING.setRelease(ts, useTracing(ts));
            ts.tracingWhat = oldWhat;
        }
    }

    /**
     * Before instruction {@code at} of {@code f}: the 'call' event at RESUME, else 'line' (the
     * line changed, or a backward jump other than to SEND) and 'opcode'. Returns the index of the
     * instruction to run: {@code at}, or a jump target set through {@code f_lineno}, in which case
     * the frame's stack top was moved too. {@code f.lasti} holds the previous instruction on entry.
     */
    public static int instruction(ThreadState ts, PyFrame f, int at) {
        int prev = f.lasti;
        f.lasti = at;
        // Fast path, small enough to inline: the next instruction on the same line, with no
        // opcode events wanted, gets no event (and is not the start of the frame or a RESUME).
        int[] insns = f.code.code;
        int[] lines = f.code.data.lines;
        if (at == prev + 1 && prev >= 0 && lines[at] == lines[prev] && !f.traceOpcodes()
                && (insns[at] & 0xFF) != RESUME && (insns[prev] & 0xFF) != RESUME) {
            if (GeneratorOwnership.active) {
                GeneratorOwnership.beforeInstruction(f, at);
            }
            return at;
        }
        return instructionSlow(ts, f, at, prev);
    }

    private static int instructionSlow(ThreadState ts, PyFrame f, int at, int prev) {
        PyCode code = f.code;
        int op = code.code[at] & 0xFF;
        int first = firstTraceable(code);
        if (at < first) {
            return at;
        }
        if (op == RESUME) {
            callEvent(ts, f);
            return at;
        }
        TraceHook hook = ts.traceHook;
        if (hook == null) {
            GeneratorOwnership.beforeInstruction(f, at);
            return at;
        }
        Object obj = ts.traceObj;
        int line = code.lineOf(at);
        if (line >= 0 && f.traceLines()) {
            int lastLine = prev <= first ? -1 : code.lineOf(prev);
            if (line != lastLine || (at < prev && op != SEND)) {
                callTrace(ts, f, hook, obj, TraceEvent.LINE, PyNone.NONE);
            }
        }
        if (f.traceOpcodes() && ts.traceHook != null) {
            if (op == CALL && ts.traceHook != null) {
                // CPython 3.11 runs PRECALL before every CALL; we fold it into CALL, so the
                // event it gets is given here, keeping the per-line count of opcode events.
                callTrace(ts, f, ts.traceHook, ts.traceObj, TraceEvent.OPCODE, PyNone.NONE);
            }
            if (ts.traceHook != null) {
                callTrace(ts, f, ts.traceHook, ts.traceObj, TraceEvent.OPCODE, PyNone.NONE);
            }
        }
        GeneratorOwnership.beforeInstruction(f, f.lasti);
        return f.lasti;
    }

    /** The index of the first RESUME ({@code _co_firsttraceable}): earlier instructions are not traced. */
    static int firstTraceable(PyCode code) {
        int[] insns = code.code;
        for (int i = 0; i < insns.length; i++) {
            if ((insns[i] & 0xFF) == RESUME) {
                return i;
            }
        }
        return 0;
    }

    /** 'call' to the trace and the profile hook: a frame starts or resumes ({@code trace_function_entry}). */
    public static void callEvent(ThreadState ts, PyFrame f) {
        if (ts.traceHook != null) {
            callTrace(ts, f, ts.traceHook, ts.traceObj, TraceEvent.CALL, PyNone.NONE);
        }
        if (ts.profileHook != null) {
            callTrace(ts, f, ts.profileHook, ts.profileObj, TraceEvent.CALL, PyNone.NONE);
        }
    }

    /**
     * 'return' with the value returned or yielded ({@code trace_function_exit}); a frame that
     * returned (not suspended at a yield) then drops its locals ({@link GeneratorOwnership}).
     */
    public static void returnEvent(ThreadState ts, PyFrame f, PyObject value) {
        fireReturn(ts, f, value);
        if (!f.isSuspended()) {
            GeneratorOwnership.frameReturned(f);
        }
    }

    private static void fireReturn(ThreadState ts, PyFrame f, PyObject value) {
        if (ts.traceHook != null) {
            callTrace(ts, f, ts.traceHook, ts.traceObj, TraceEvent.RETURN, value);
        }
        if (ts.profileHook != null) {
            callTrace(ts, f, ts.profileHook, ts.profileObj, TraceEvent.RETURN, value);
        }
    }

    /**
     * 'exception' to the trace hook when an exception is raised in {@code f} (not for a re-raise):
     * returns the exception to continue with, which is the hook's own if it raised.
     */
    public static PyException exception(ThreadState ts, PyFrame f, PyException e) {
        if (ts.traceHook == null) {
            return e;
        }
        PyBaseException v = e.value;
        PyObject tb = v.traceback == null ? PyNone.NONE : v.traceback;
        try {
            callTrace(ts, f, ts.traceHook, ts.traceObj, TraceEvent.EXCEPTION, new PyTuple(v.getType(), v, tb));
        } catch (PyException raised) {
            return raised;
        }
        return e;
    }

    /**
     * SEND finished its sub-iterator while a trace function is set: CPython 3.11 then takes the
     * slow path (tp_iternext, or the send method) and reports the StopIteration that path raises
     * as an 'exception' event in the delegating frame. A generator's tp_iternext raises it only
     * for a non-None return value; builtin iterators end without one; coroutines' send and user
     * iterators always raise it.
     */
    public static void sendStopped(ThreadState ts, PyFrame f, PyObject receiver, PyObject sent, PyObject value) {
        if (ts.traceHook == null) {
            return;
        }
        PyType t = receiver.getType();
        boolean raised;
        if (sent == PyNone.NONE && t == PyGenerator.GENERATOR) {
            raised = value != PyNone.NONE;
        } else if (sent == PyNone.NONE && !t.isHeapType && t != PyGenerator.COROUTINE
                && !t.getName().startsWith("async_generator_") && !t.getName().equals("FutureIter")) {
            // Builtin iterators end without an exception; the async generator's asend/athrow
            // awaitables and asyncio's future iterator raise StopIteration with the value.
            raised = false;
        } else {
            raised = true;
        }
        if (raised) {
            stopIteration(ts, f, value == PyNone.NONE ? PyTuple.EMPTY : new PyTuple(value));
        }
    }

    /**
     * FOR_ITER's iterator is exhausted: when a user-defined {@code __next__} raised StopIteration,
     * or a generator returned a value other than None, the caller's trace function sees it as an
     * 'exception' event (other generators and builtin iterators end silently).
     */
    public static void forIterStopped(ThreadState ts, PyFrame f, PyObject iterator) {
        if (ts.traceHook == null) {
            return;
        }
        if (iterator.getType().isHeapType) {
            stopIteration(ts, f, PyTuple.EMPTY);
        } else if (iterator.getType() == PyGenerator.GENERATOR) {
            // A generator that returned a value ends its iteration with StopIteration(value).
            PyObject value = PyGenerator.returnValueOf(iterator);
            if (value != PyNone.NONE) {
                stopIteration(ts, f, new PyTuple(value));
            }
        }
    }

    private static void stopIteration(ThreadState ts, PyFrame f, PyTuple args) {
        PyException e = new PyException(new PyBaseException(PyExc.StopIteration, args));
        PyException r = exception(ts, f, e);
        if (r != e) {
            throw r;
        }
    }

    /** 'return' with None when an exception leaves {@code f}; a hook's own exception replaces it. */
    public static PyException unwind(ThreadState ts, PyFrame f, PyException e) {
        try {
            fireReturn(ts, f, PyNone.NONE);
        } catch (PyException raised) {
            return raised;
        }
        GeneratorOwnership.frameUnwound(f);
        return e;
    }

    /**
     * A call from the evaluation loop while tracing: builtin functions and method descriptors
     * (with a self argument) are reported to the profile hook as c_call, then c_return or
     * c_exception ({@code C_TRACE}); other callables (types such as {@code int}) are not.
     */
    public static PyObject call(ThreadState ts, PyFrame f, PyObject callable, PyObject[] args, int off,
                                int npos, PyTuple kwnames) {
        PyGenerator temporary = GeneratorOwnership.temporaryArgument(f, callable, args, off, npos);
        if (temporary == null) {
            return callTraced(ts, f, callable, args, off, npos, kwnames);
        }
        try {
            return callTraced(ts, f, callable, args, off, npos, kwnames);
        } finally {
            GeneratorOwnership.dropTemporary(temporary);
        }
    }

    private static PyObject callTraced(ThreadState ts, PyFrame f, PyObject callable, PyObject[] args, int off,
                                       int npos, PyTuple kwnames) {
        TraceHook hook = ts.profileHook;
        if (hook == null || !(callable instanceof PyBuiltinFunction
                || (callable instanceof PyMethodDescr && npos > 0))) {
            PyObject r = Abstract.call(callable, args, off, npos, kwnames);
            GeneratorOwnership.called(f, callable, r);
            return r;
        }
        Object obj = ts.profileObj;
        callTrace(ts, f, hook, obj, TraceEvent.C_CALL, callable);
        PyObject r;
        try {
            r = Abstract.call(callable, args, off, npos, kwnames);
        } catch (PyException e) {
            if (ts.profileHook != null) {
                callTrace(ts, f, ts.profileHook, ts.profileObj, TraceEvent.C_EXCEPTION, callable);
            }
            throw e;
        }
        if (ts.profileHook != null) {
            callTrace(ts, f, ts.profileHook, ts.profileObj, TraceEvent.C_RETURN, callable);
        }
        return r;
    }

    /** CALL_FUNCTION_EX while tracing: the same c_* events as {@link #call} ({@code do_call_core}). */
    public static PyObject callArgs(ThreadState ts, PyFrame f, PyObject callable, PyTuple args,
                                    org.taipan.objects.PyDict kwargs) {
        TraceHook hook = ts.profileHook;
        if (hook == null || !(callable instanceof PyBuiltinFunction
                || (callable instanceof PyMethodDescr && args.size() > 0))) {
            return Abstract.callArgs(callable, args, kwargs);
        }
        callTrace(ts, f, hook, ts.profileObj, TraceEvent.C_CALL, callable);
        PyObject r;
        try {
            r = Abstract.callArgs(callable, args, kwargs);
        } catch (PyException e) {
            if (ts.profileHook != null) {
                callTrace(ts, f, ts.profileHook, ts.profileObj, TraceEvent.C_EXCEPTION, callable);
            }
            throw e;
        }
        if (ts.profileHook != null) {
            callTrace(ts, f, ts.profileHook, ts.profileObj, TraceEvent.C_RETURN, callable);
        }
        return r;
    }

    /**
     * {@code sys.call_tracing(func, args)}: calls func with events enabled even from inside a
     * trace function. Unlike CPython 3.11 (which leaves its per-C-frame use_tracing flag off, so
     * func is not traced), func is traced, as documented and as in 3.10 and 3.12.
     */
    public static PyObject callTracing(ThreadState ts, PyObject func, PyTuple args) {
        int savedDepth = ts.tracingDepth;
        ts.tracingDepth = 0;
        ts.tracing = useTracing(ts);
        try {
            return Abstract.call(func, args.items(), 0, args.size(), null);
        } finally {
            ts.tracingDepth = savedDepth;
            ts.tracing = useTracing(ts);
        }
    }
}
