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
        i.modules.setStr("builtins", i.builtins);
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

    /** Whether this is the current main interpreter. */
    public boolean isMain() {
        return this == main;
    }

    /** PyThreadState_New: a thread state of this interpreter for Java thread {@code t}, not yet current. */
    public ThreadState newThreadState(Thread t) {
        return attach(t);
    }

    /** PyThreadState_Delete: the state leaves this interpreter's list of threads. */
    public synchronized void removeThreadState(ThreadState ts) {
        threads.remove(ts);
    }

    /** Makes {@code ts} the calling Java thread's current thread state ({@code null}: none). */
    public static void setCurrentThreadState(ThreadState ts) {
        ThreadState.bind(ts);
    }

    synchronized ThreadState attach(Thread t) {
        ThreadState ts = new ThreadState(this, t);
        threads.add(ts);
        return ts;
    }

    /** The thread states, for {@code sys._current_frames()} and the profiler. */
    public synchronized List<ThreadState> threads() {
        return new ArrayList<>(threads);
    }
}
