package org.taipan.embed;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.taipan.objects.PyDict;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.ThreadState;
import org.taipan.vm.trace.Tracing;

/**
 * Thread-state operations for hosts: CPython's {@code PyThreadState_New}, {@code _Clear},
 * {@code _Delete}, {@code _Swap}, {@code _Get}, {@code _GetDict} and the iteration of an
 * interpreter's thread states ({@code PyInterpreterState_ThreadHead}/{@code PyThreadState_Next}).
 * Which thread state a Java thread runs Python with is its "current" one; a thread that was
 * swapped to none has no current state until one is swapped in again.
 */
public final class ThreadStates {
    /** What this layer made current on each thread; null: the VM's own binding stands. */
    private static final ThreadLocal<ThreadState[]> BOUND = new ThreadLocal<>();
    private static final Map<ThreadState, PyDict> DICTS = new WeakHashMap<>();

    private ThreadStates() {
    }

    /** PyThreadState_Get: the calling thread's current state; IllegalStateException when it has none. */
    public static ThreadState get() {
        ThreadState ts = currentOrNull();
        if (ts == null) {
            throw new IllegalStateException("the calling thread has no current Python thread state");
        }
        return ts;
    }

    /** _PyThreadState_UncheckedGet: the current state, or null after {@code swap(null)}. */
    public static ThreadState currentOrNull() {
        ThreadState[] b = BOUND.get();
        return b != null ? b[0] : ThreadState.current();
    }

    /**
     * The calling thread's current state without creating one: null for a Java thread that never
     * ran Python under this runtime (PyGILState_Ensure then makes it one).
     */
    static ThreadState currentOrNullIfFresh() {
        ThreadState[] b = BOUND.get();
        if (b != null) {
            return b[0];
        }
        Thread self = Thread.currentThread();
        for (InterpreterState interp : PythonRuntime.get().interpreters()) {
            for (ThreadState ts : interp.threads()) {
                if (ts.thread == self) {
                    return ThreadState.current();
                }
            }
        }
        return null;
    }

    /** PyThreadState_New: a new state of {@code interp} for the calling Java thread, not yet current. */
    public static ThreadState create(InterpreterState interp) {
        return interp.newThreadState(Thread.currentThread());
    }

    /** A new state of {@code interp} for Java thread {@code t}, not yet current. */
    public static ThreadState create(InterpreterState interp, Thread t) {
        return interp.newThreadState(t);
    }

    /**
     * PyThreadState_Clear: forgets the state's frames, handled exception, trace and profile hooks
     * and its dict; IllegalStateException while Python code is running on it.
     */
    public static void clear(ThreadState ts) {
        if (ts.frame != null && ts.thread != Thread.currentThread() && ts.thread.isAlive()) {
            throw new IllegalStateException("cannot clear a thread state while its thread runs Python code");
        }
        ts.frame = null;
        ts.handledException = null;
        ts.recursionDepth = 0;
        Tracing.setTrace(ts, null, null);
        Tracing.setProfile(ts, null, null);
        synchronized (DICTS) {
            DICTS.remove(ts);
        }
    }

    /** PyThreadState_Delete (and _DeleteCurrent): the state leaves its interpreter. */
    public static void delete(ThreadState ts) {
        clear(ts);
        ts.interp.removeThreadState(ts);
        if (currentOrNull() == ts) {
            bind(null);
        }
    }

    /** PyThreadState_Swap: makes {@code ts} (or none) current for the calling thread; returns the previous one. */
    public static ThreadState swap(ThreadState ts) {
        ThreadState previous = currentOrNull();
        bind(ts);
        return previous;
    }

    /**
     * PyThreadState_GetDict: a dict private to a thread state where extensions keep per-thread
     * data; created on first use, dropped by {@link #clear}.
     */
    public static PyDict getDict(ThreadState ts) {
        synchronized (DICTS) {
            return DICTS.computeIfAbsent(ts, k -> new PyDict());
        }
    }

    /** The current thread state's dict (PyThreadState_GetDict with the current state). */
    public static PyDict getDict() {
        return getDict(get());
    }

    /** PyInterpreterState_ThreadHead / PyThreadState_Next: the interpreter's thread states. */
    public static List<ThreadState> threads(InterpreterState interp) {
        return interp.threads();
    }

    static void bind(ThreadState ts) {
        InterpreterState.setCurrentThreadState(ts);
        BOUND.set(new ThreadState[] {ts});
    }

    /** Forgets this layer's binding of the calling thread (after the runtime is finalized). */
    static void unbindAll() {
        InterpreterState.setCurrentThreadState(null);
        BOUND.remove();
    }
}
