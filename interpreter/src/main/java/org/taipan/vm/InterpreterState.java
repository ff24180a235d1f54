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

    public static synchronized InterpreterState main() {
        if (main == null) {
            main = new InterpreterState();
            main.builtins = org.taipan.modules.BuiltinsModule.create(main);
            main.sys = org.taipan.modules.SysModule.create(main);
            main.modules.setStr("builtins", main.builtins);
            main.modules.setStr("sys", main.sys);
        }
        return main;
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
