package org.taipan.vm;

import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyException;
import org.taipan.objects.PyObject;

/**
 * The per-thread interpreter state (CPython's PyThreadState): the current frame, published with a
 * volatile write so another thread (the sampling profiler, {@code sys._current_frames}) always
 * sees a complete frame chain; the handled-exception state for {@code sys.exc_info()}; the
 * recursion depth; the tracing flag the evaluation loop checks at instruction boundaries; and the
 * eval breaker through which other threads ask this one to drop the GIL, run pending calls or
 * raise an asynchronous exception. Lifecycle for a thread Taipan did not start (embedding):
 * {@link InterpreterState#newThreadState}, {@link #bindToCurrentThread()}, then {@link #delete()}.
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
    /**
     * Checked once per instruction boundary; set while a hook is installed and none is running.
     * Volatile because a tool may install a hook from another thread: the running thread must see
     * it (and the hook written before it) at its next instruction.
     */
    public volatile boolean tracing;
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
     * The eval breaker (CPython's {@code eval_breaker}): set when this thread has something to do
     * besides running bytecode, checked only at RESUME and backward jumps. Reasons: another thread
     * asked for the GIL ({@link #gilDropRequested}), pending calls wait for the main thread
     * ({@link InterpreterState#addPendingCall}), an asynchronous exception was set
     * ({@link #setAsyncExc}).
     */
    volatile boolean evalBreaker;
    /** Another thread has waited a switch interval for the GIL this thread holds. */
    volatile boolean gilDropRequested;
    /** The exception type to raise at the next breaker check ({@code PyThreadState_SetAsyncExc}). */
    private volatile PyObject asyncExc;
    /** Python's thread identity ({@code threading.get_ident()}): the Java thread's id. */
    public final long ident;
    /** {@code sys.set_asyncgen_hooks}: per thread, as CPython's; None when unset. */
    public org.taipan.objects.PyObject asyncgenFirstiter = org.taipan.objects.PyNone.NONE;
    public org.taipan.objects.PyObject asyncgenFinalizer = org.taipan.objects.PyNone.NONE;

    /** Runs what the eval breaker was set for; a pending call's or the async exception propagates. */
    void handleEvalBreaker() {
        evalBreaker = false;
        if (interp.hasPendingCalls() && interp.mainThread == this) {
            interp.runPendingCalls(this);
        }
        if (gilDropRequested) {
            interp.gil.switchAway(this);
        }
        PyObject exc = asyncExc;
        if (exc != null) {
            asyncExc = null;
            throw new PyException(Exceptions.instantiate(exc));
        }
    }

    /** Sets the eval breaker so the thread handles whatever was just asked of it. */
    void signalEvalBreaker() {
        evalBreaker = true;
    }

    /** Asks this thread, holding the GIL, to drop it at its next breaker check. */
    void requestGilDrop() {
        gilDropRequested = true;
        evalBreaker = true;
    }

    /**
     * Raises an exception of type {@code excType} in this thread at its next eval breaker check
     * ({@code PyThreadState_SetAsyncExc}); null cancels a pending one. Any thread may call it.
     */
    public void setAsyncExc(PyObject excType) {
        asyncExc = excType;
        if (excType != null) {
            evalBreaker = true;
        }
    }

    /**
     * {@code Py_BEGIN_ALLOW_THREADS}: releases the GIL entirely if this (the calling) thread holds
     * it, returning the depth to hand to {@link #restore(int)}, 0 if it was not held. Call it
     * around blocking Java work; touch no Python object until {@code restore}.
     */
    public int save() {
        return interp.gil.drop(this);
    }

    /** {@code Py_END_ALLOW_THREADS}: retakes the GIL released by {@link #save()}, at the same depth. */
    public void restore(int depth) {
        if (depth > 0) {
            interp.gil.take(this, depth);
        }
    }

    /** Blocking Java work run with the GIL released. */
    @FunctionalInterface
    public interface BlockingCall<T> {
        T call() throws InterruptedException;
    }

    /**
     * Runs {@code work} with the calling thread's GIL released ({@link #save()}/{@link #restore})
     * and returns its result.
     */
    public static <T> T allowThreads(BlockingCall<T> work) throws InterruptedException {
        ThreadState ts = current();
        int d = ts.save();
        try {
            return work.call();
        } finally {
            ts.restore(d);
        }
    }

    ThreadState(InterpreterState interp, Thread thread) {
        this.interp = interp;
        this.thread = thread;
        this.ident = thread.getId();
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

    /** The calling thread's state, or null if it has none yet. */
    public static ThreadState currentOrNull() {
        return CURRENT.get();
    }

    static void bind(ThreadState ts) {
        CURRENT.set(ts);
    }

    /** Makes this the calling thread's state (it was made for this thread by {@code newThreadState}). */
    public void bindToCurrentThread() {
        CURRENT.set(this);
    }

    /**
     * Ends this thread state ({@code PyThreadState_Delete}): it leaves the interpreter's list, so
     * {@code sys._current_frames()} no longer shows it, and the calling thread forgets it if bound.
     */
    public void delete() {
        interp.detach(this);
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }

    /** Forgets the calling thread's state (its Python thread has ended). */
    static void unbind() {
        CURRENT.remove();
    }
}
