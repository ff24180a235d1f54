package org.taipan.embed;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyObject;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.ThreadState;
import org.taipan.vm.trace.Tracing;

/**
 * Thread-state operations for hosts: CPython's {@code PyThreadState_New}, {@code _Clear},
 * {@code _Delete}, {@code _Swap}, {@code _Get}, {@code _GetDict} and the iteration of an
 * interpreter's thread states ({@code PyInterpreterState_ThreadHead}/{@code PyThreadState_Next}).
 * A Java thread runs Python with its "current" thread state, which must hold the GIL.
 */
public final class ThreadStates {
    private static final Map<ThreadState, PyDict> DICTS = new WeakHashMap<>();
    /** The state swapped out by {@code swap(null)} while it held the GIL: the GIL stays with it. */
    private static final ThreadLocal<ThreadState> DETACHED_HOLDER = new ThreadLocal<>();

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

    /**
     * _PyThreadState_UncheckedGet: the calling thread's current state, or null when it has none
     * (or only one left over from a runtime that was finalized since).
     */
    public static ThreadState currentOrNull() {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return null;
        }
        PythonRuntime rt = PythonRuntime.current();
        if (rt == null || !rt.interpreters().contains(ts.interp)) {
            return null;
        }
        return ts;
    }

    /** PyThreadState_New: a new state of {@code interp} for the calling Java thread, not yet current. */
    public static ThreadState create(InterpreterState interp) {
        return create(interp, Thread.currentThread());
    }

    /** A new state of {@code interp} for Java thread {@code t}, not yet current. */
    public static ThreadState create(InterpreterState interp, Thread t) {
        ThreadState ts = interp.newThreadState(t);
        PythonRuntime rt = PythonRuntime.current();
        if (rt != null) {
            rt.addHostThreadState(ts);
        }
        return ts;
    }

    /**
     * PyThreadState_Clear: forgets the state's frames, handled exception, pending asynchronous
     * exception, trace and profile hooks and its dict; IllegalStateException while another live
     * thread is running Python code on it.
     */
    public static void clear(ThreadState ts) {
        if (ts.frame != null && ts.thread != Thread.currentThread() && ts.thread.isAlive()) {
            throw new IllegalStateException("cannot clear a thread state while its thread runs Python code");
        }
        ts.frame = null;
        ts.handledException = null;
        ts.recursionDepth = 0;
        ts.setAsyncExc(null);
        Tracing.setTrace(ts, null, null);
        Tracing.setProfile(ts, null, null);
        synchronized (DICTS) {
            DICTS.remove(ts);
        }
    }

    /**
     * PyThreadState_Delete (and _DeleteCurrent): clears the state and removes it from its
     * interpreter; the calling thread forgets it if it was current. It must not hold the GIL.
     */
    public static void delete(ThreadState ts) {
        clear(ts);
        ts.delete();
    }

    /**
     * PyThreadState_Swap: makes {@code ts} (or none) current for the calling thread and returns the
     * previous one. The GIL the previous state held passes to {@code ts}; swapping to none keeps it
     * held, for the state swapped in next.
     */
    public static ThreadState swap(ThreadState ts) {
        ThreadState previous = currentOrNull();
        ThreadState holder = previous != null ? previous : DETACHED_HOLDER.get();
        DETACHED_HOLDER.remove();
        bind(ts);
        if (ts == null) {
            if (holder != null && InterpreterState.holdsGil(holder)) {
                DETACHED_HOLDER.set(holder);
            }
        } else if (holder != null && holder != ts) {
            InterpreterState.moveGil(holder, ts);
        }
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

    /** The current thread state's dict (PyThreadState_GetDict). */
    public static PyDict getDict() {
        return getDict(get());
    }

    /**
     * PyThreadState_SetAsyncExc: the thread states of the main interpreter and the
     * sub-interpreters whose thread has id {@code ident} raise {@code excType} at their next eval
     * breaker check (null cancels a pending one); returns how many states were given it.
     */
    public static int setAsyncExc(long ident, PyObject excType) {
        int n = 0;
        for (InterpreterState interp : PythonRuntime.get().interpreters()) {
            for (ThreadState ts : interp.threads()) {
                if (ts.ident == ident) {
                    ts.setAsyncExc(excType);
                    n++;
                }
            }
        }
        return n;
    }

    /** PyInterpreterState_ThreadHead / PyThreadState_Next: the interpreter's thread states. */
    public static List<ThreadState> threads(InterpreterState interp) {
        return interp.threads();
    }

    /** Makes {@code ts} current without touching the GIL. */
    static void bind(ThreadState ts) {
        InterpreterState.setCurrentThreadState(ts);
    }
}
