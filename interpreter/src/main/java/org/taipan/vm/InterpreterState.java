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
    public final Gil gil = new Gil();
    private final List<ThreadState> threads = new ArrayList<>();

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
        InterpreterState i = new InterpreterState();
        i.builtins = org.taipan.modules.BuiltinsModule.create(i);
        i.sys = org.taipan.modules.SysModule.create(i);
        i.modules.setStr("builtins", i.builtins);
        i.modules.setStr("sys", i.sys);
        i.modules.setStr("math", org.taipan.modules.MathModule.create()); // loaded at start-up, as in CPython 3.11
        main = i;
        return i;
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
