package org.taipan.vm;

import org.taipan.objects.PyBaseException;

/**
 * The per-thread interpreter state (CPython's PyThreadState): the current frame, published with a
 * volatile write so another thread (the sampling profiler, {@code sys._current_frames}) always
 * sees a complete frame chain; the handled-exception state for {@code sys.exc_info()}; the
 * recursion depth; and the tracing flag the evaluation loop checks at instruction boundaries.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    public final InterpreterState interp;
    public final Thread thread;
    /** The innermost running frame; written only by the owning thread. */
    public volatile PyFrame frame;
    /** The exception being handled ({@code sys.exc_info()}), or null. */
    public PyBaseException handledException;
    public int recursionDepth;
    /** Checked once per instruction boundary; the tracing issue sets it when a hook is installed. */
    public boolean tracing;
    /** The trace and profile hooks and their objects (tracing: {@code org.taipan.vm.trace.Tracing}). */
    public org.taipan.vm.trace.TraceHook traceHook;
    public Object traceObj;
    public org.taipan.vm.trace.TraceHook profileHook;
    public Object profileObj;
    /** Nonzero while a hook runs (CPython's {@code tstate->tracing}): no events then. */
    public int tracingDepth;
    /** The event being traced, for the {@code f_lineno} setter (CPython's {@code tracing_what}). */
    public org.taipan.vm.trace.TraceEvent tracingWhat = org.taipan.vm.trace.TraceEvent.CALL;
    /**
     * Counts down at RESUME and backward jumps (CPython's eval breaker points); at zero the thread
     * offers the GIL to waiting threads and runs pending work.
     */
    int evalBreaker = BREAKER_INTERVAL;
    private static final int BREAKER_INTERVAL = 1000;

    void handleEvalBreaker() {
        evalBreaker = BREAKER_INTERVAL;
        if (pendingInterrupt) {
            pendingInterrupt = false;
            throw new org.taipan.objects.PyException(new PyBaseException(
                    org.taipan.objects.PyExc.KeyboardInterrupt, org.taipan.objects.PyTuple.EMPTY));
        }
        interp.gil.yieldIfContended();
    }

    /** Set by a SIGINT handler (the REPL's): KeyboardInterrupt at the next eval breaker point. */
    private volatile boolean pendingInterrupt;

    /** Asks this thread to raise KeyboardInterrupt soon (CPython's signal handling at the eval breaker). */
    public void interrupt() {
        pendingInterrupt = true;
        evalBreaker = 0;
    }

    ThreadState(InterpreterState interp, Thread thread) {
        this.interp = interp;
        this.thread = thread;
        org.taipan.vm.trace.Tracing.initThread(this);
    }

    /** The calling thread's state, creating one on the main interpreter for a new thread. */
    public static ThreadState current() {
        ThreadState ts = CURRENT.get();
        if (ts == null) {
            ts = InterpreterState.main().attach(Thread.currentThread());
            CURRENT.set(ts);
        }
        return ts;
    }

    static void bind(ThreadState ts) {
        CURRENT.set(ts);
    }
}
