package org.taipan.vm;

import java.util.ArrayList;
import java.util.List;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyModule;

/**
 * One interpreter (CPython's PyInterpreterState): its module table ({@code sys.modules}), the
 * builtins and sys modules, its threads, the recursion limit and the GIL.
 */
public final class InterpreterState {
    private static InterpreterState main;

    public final PyDict modules = new PyDict();
    public PyModule builtins;
    public PyModule sys;
    public volatile int recursionLimit = 1000;
    public final Gil gil;
    private final List<ThreadState> threads = new ArrayList<>();
    /** The thread that runs {@code __main__}: the first attached; it alone runs pending calls. */
    public volatile ThreadState mainThread;
    private final java.util.concurrent.ConcurrentLinkedQueue<Runnable> pendingCalls =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    private InterpreterState(Gil gil) {
        this.gil = gil;
    }

    /** The main interpreter, created on first use. */
    public static synchronized InterpreterState main() {
        if (main == null) {
            createMain();
        }
        return main;
    }

    /**
     * A fresh main interpreter (new sys.modules, builtins and sys), replacing the previous one:
     * each program run by {@code Main.run} gets its own, so runs in one JVM do not share state.
     */
    public static synchronized InterpreterState createMain() {
        InterpreterState i = new InterpreterState(new Gil());
        populate(i);
        main = i;
        return i;
    }

    private static void populate(InterpreterState i) {
        i.builtins = org.taipan.modules.BuiltinsModule.create(i);
        i.sys = org.taipan.modules.SysModule.create(i);
        i.modules.setItem(org.taipan.objects.PyUnicode.interned("builtins"), i.builtins); // the interned name, as type.__module__ gives
        i.modules.setStr("sys", i.sys);
        i.modules.setStr("math", org.taipan.modules.MathModule.create()); // loaded at start-up, as in CPython 3.11
    }

    /**
     * A sub-interpreter (Py_NewInterpreter's state): its own sys.modules, builtins and sys (so its
     * own sys.path and standard stream objects), sharing {@code parent}'s GIL, since CPython 3.11
     * has one GIL per process and Java-level state (type caches, int digit limit) is shared too.
     */
    public static InterpreterState createSub(InterpreterState parent) {
        InterpreterState i = new InterpreterState(parent.gil);
        populate(i);
        return i;
    }

    /**
     * Forgets {@code interp} as the main interpreter once it is finalized (Py_FinalizeEx), so the
     * next use of {@link #main()} makes a fresh one instead of reusing a finalized one.
     */
    public static synchronized void forgetMain(InterpreterState interp) {
        if (main == interp) {
            main = null;
        }
    }

    /** Makes {@code ts} the calling Java thread's current thread state ({@code null}: none). */
    public static void setCurrentThreadState(ThreadState ts) {
        ThreadState.bind(ts);
    }

    /**
     * PyThreadState_Swap's side of the GIL: the GIL that {@code from} holds (at whatever nesting)
     * passes to {@code to}, on the calling thread. Nothing happens when {@code from} does not hold
     * it. (The GIL is released and retaken, so another thread may run in between.)
     */
    public static void moveGil(ThreadState from, ThreadState to) {
        if (from == to || from == null || to == null) {
            return;
        }
        int depth = from.interp.gil.drop(from);
        if (depth > 0) {
            to.interp.gil.take(to, depth);
        }
    }

    /** Whether {@code ts} holds its interpreter's GIL. */
    public static boolean holdsGil(ThreadState ts) {
        return ts != null && ts.interp.gil.isHeldBy(ts);
    }

    synchronized ThreadState attach(Thread t) {
        ThreadState ts = new ThreadState(this, t);
        threads.add(ts);
        if (mainThread == null) {
            mainThread = ts;
        }
        return ts;
    }

    /** Threads started by {@code _thread.start_new_thread} and still running ({@code _thread._count()}). */
    public final java.util.concurrent.atomic.AtomicInteger runningThreads = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A state for Python code about to run on {@code t} ({@code PyThreadState_New}); the thread
     * itself then calls {@link ThreadState#bindToCurrentThread()} and, at its end,
     * {@link ThreadState#delete()}.
     */
    public ThreadState newThreadState(Thread t) {
        return attach(t);
    }

    /** Removes a finished thread's state ({@code PyThreadState_Delete}). */
    synchronized void detach(ThreadState ts) {
        threads.remove(ts);
    }

    /**
     * {@code Py_AddPendingCall}: schedules {@code call} to run in the main thread at its next eval
     * breaker check, with the GIL held. Any thread may call it, with or without the GIL. A call
     * that throws a Python exception raises it in the code the main thread is running; the calls
     * after it stay queued for the next check.
     */
    public boolean addPendingCall(Runnable call) {
        pendingCalls.add(call);
        ThreadState m = mainThread;
        if (m != null) {
            m.signalEvalBreaker();
        }
        return true;
    }

    boolean hasPendingCalls() {
        return !pendingCalls.isEmpty();
    }

    /** Runs the queued pending calls in order (main thread, at the eval breaker). */
    void runPendingCalls(ThreadState ts) {
        Runnable r;
        while ((r = pendingCalls.poll()) != null) {
            try {
                r.run();
            } catch (RuntimeException e) {
                if (!pendingCalls.isEmpty()) {
                    ts.signalEvalBreaker();
                }
                throw e;
            }
        }
    }

    /**
     * Interpreter shutdown after {@code __main__} and the exit functions, called by the finalizing
     * thread holding the GIL: other (daemon) threads end as soon as they want the GIL again;
     * blocked ones are interrupted so they do. Waits up to {@code waitMillis} for them to end, so a
     * run in a JVM that runs many programs (the test suite) leaves no thread behind.
     */
    public void finalizeThreads(long waitMillis) {
        gil.finalizeGil();
        ThreadState self = ThreadState.currentOrNull();
        List<ThreadState> others = new ArrayList<>();
        for (ThreadState t : threads()) {
            if (t != self && t.thread != Thread.currentThread()) {
                others.add(t);
                t.signalEvalBreaker();
                t.thread.interrupt();
            }
        }
        if (others.isEmpty()) {
            return;
        }
        int d = self == null ? 0 : self.save();
        long deadline = System.nanoTime() + waitMillis * 1_000_000L;
        try {
            for (ThreadState t : others) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    break;
                }
                try {
                    t.thread.join(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } finally {
            if (self != null && d > 0) {
                self.restore(d);
            }
        }
    }

    /** The thread states, for {@code sys._current_frames()} and the profiler. */
    public synchronized List<ThreadState> threads() {
        return new ArrayList<>(threads);
    }
}
