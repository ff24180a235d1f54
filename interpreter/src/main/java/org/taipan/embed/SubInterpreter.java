package org.taipan.embed;

import org.taipan.objects.PyDict;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.ThreadState;

/**
 * Py_NewInterpreter / Py_EndInterpreter: an isolated interpreter in the same runtime, with its own
 * {@code sys.modules}, {@code builtins}, {@code __main__}, {@code sys.path} and standard stream
 * objects, sharing the one GIL. Creating one makes its first thread state current on the calling
 * thread; {@link #close()} ends it (running its {@code atexit} handlers, ending all its thread
 * states) and makes the previous thread state current again.
 * <pre>
 * try (SubInterpreter sub = SubInterpreter.create()) {
 *     Run.string("import sys; sys.path.append('/plugins')");
 * }
 * </pre>
 */
public final class SubInterpreter implements AutoCloseable {
    private final PythonRuntime runtime;
    private final InterpreterState interp;
    private final ThreadState threadState;
    private final ThreadState previous;
    private boolean ended;

    private SubInterpreter(PythonRuntime runtime, InterpreterState interp, ThreadState ts, ThreadState previous) {
        this.runtime = runtime;
        this.interp = interp;
        this.threadState = ts;
        this.previous = previous;
    }

    /**
     * Py_NewInterpreter: the calling thread must hold the GIL (IllegalStateException otherwise);
     * on return the new interpreter's thread state is current.
     */
    public static SubInterpreter create() {
        PythonRuntime rt = PythonRuntime.get();
        ThreadState previous = ThreadStates.currentOrNull();
        if (!InterpreterState.holdsGil(previous)) {
            throw new IllegalStateException("Py_NewInterpreter needs the GIL");
        }
        InterpreterState interp = InterpreterState.createSub(rt.mainInterpreter());
        ThreadState ts = interp.newThreadState(Thread.currentThread());
        ThreadStates.swap(ts);
        rt.configureSys(interp);
        interp.modules.setStr("__main__", PythonRuntime.newMainModule(interp));
        SubInterpreter sub = new SubInterpreter(rt, interp, ts, previous);
        rt.register(sub);
        return sub;
    }

    public InterpreterState interpreterState() {
        return interp;
    }

    /** The thread state made current by {@link #create()}. */
    public ThreadState threadState() {
        return threadState;
    }

    /** This interpreter's {@code __main__} module. */
    public PyModule mainModule() {
        return (PyModule) interp.modules.getStr("__main__");
    }

    /** This interpreter's {@code sys.path}. */
    public PyList sysPath() {
        return (PyList) interp.sys.getDict().getStr("path");
    }

    public boolean isEnded() {
        return ended;
    }

    /**
     * Py_EndInterpreter: ends this interpreter from the calling thread (which must hold the GIL),
     * then makes the thread state that was current before {@link #create()} current again.
     * Ending twice is a no-op.
     */
    @Override
    public void close() {
        if (ended) {
            return;
        }
        if (ThreadStates.currentOrNull() != threadState || !InterpreterState.holdsGil(threadState)) {
            throw new IllegalStateException("Py_EndInterpreter: its thread state must be current and hold the GIL");
        }
        end(previous);
    }

    /** Runs the atexit handlers, flushes, deletes every thread state, then makes {@code next} current. */
    void end(ThreadState next) {
        if (ended) {
            return;
        }
        ThreadStates.swap(threadState);
        try {
            PythonRuntime.runExitFunctions(interp);
            PythonRuntime.flushStandardStreams(interp);
        } finally {
            ended = true;
            ThreadStates.swap(next);
            for (ThreadState ts : interp.threads()) {
                ThreadStates.clear(ts);
                ts.delete();
            }
            runtime.unregister(this);
            ThreadStates.bind(next);
        }
    }

    /** The {@code __main__} namespace, for running code in this interpreter. */
    PyDict globals() {
        return mainModule().getDict();
    }
}
