package org.taipan.embed;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.taipan.modules.Stdio;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.Interpreter;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.ThreadState;

/**
 * The embedded Python runtime: CPython's {@code Py_InitializeEx}, {@code Py_IsInitialized} and
 * {@code Py_FinalizeEx}, and the list of live interpreters. There is at most one runtime per JVM;
 * after {@link #close()} (finalization) a new one can be initialized. As in CPython, the thread
 * that initializes holds the GIL afterwards, with the main interpreter's first thread state;
 * it lets other threads in with {@link AllowThreads#begin()}.
 * <pre>
 * try (PythonRuntime python = PythonRuntime.initialize()) {
 *     Run.string("print('hello')");
 * }
 * </pre>
 */
public final class PythonRuntime implements AutoCloseable {
    private static volatile PythonRuntime current;

    private final InterpreterState main;
    private final PathConfig paths;
    private final RuntimeConfig config;
    private boolean signalHandlers;
    private final List<SubInterpreter> subInterpreters = new CopyOnWriteArrayList<>();
    private final PrintStream savedOut = Stdio.out();
    private final PrintStream savedErr = Stdio.err();
    /** Thread states made for host threads (not Python's own threads): finalization does not interrupt them. */
    private final java.util.Set<ThreadState> hostThreadStates =
            java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    private PythonRuntime(RuntimeConfig config, boolean signalHandlers) {
        this.signalHandlers = signalHandlers;
        this.config = config;
        if (config.stdioEncoding != null) {
            EncodedStdStream.canonicalName(config.stdioEncoding); // an unknown codec fails here, before anything changes
        }
        if (config.stdout != null || config.stderr != null) {
            Stdio.configure(config.stdout != null ? config.stdout : savedOut, config.stderr != null ? config.stderr : savedErr);
        }
        if (config.stdin != null) {
            Stdio.setInput(config.stdin);
        }
        this.paths = new PathConfig(config, launcherExecutable());
        this.main = InterpreterState.createMain();
        Interpreter.ensureInitialized();
    }

    /** Py_Initialize: initializes with the default configuration and signal handlers. */
    public static PythonRuntime initialize() {
        return initialize(new RuntimeConfig(), true);
    }

    /** Py_InitializeEx(installSignalHandlers). */
    public static PythonRuntime initialize(boolean installSignalHandlers) {
        return initialize(new RuntimeConfig(), installSignalHandlers);
    }

    /** Py_InitializeFromConfig with signal handlers. */
    public static PythonRuntime initialize(RuntimeConfig config) {
        return initialize(config, true);
    }

    /**
     * Initializes the runtime, or returns the running one unchanged (initializing twice is a
     * no-op, as in CPython). On return the calling thread holds the GIL.
     */
    public static synchronized PythonRuntime initialize(RuntimeConfig config, boolean installSignalHandlers) {
        PythonRuntime rt = current;
        if (rt != null) {
            return rt;
        }
        rt = new PythonRuntime(config, installSignalHandlers);
        ThreadState ts = ThreadStates.create(rt.main);
        rt.hostThreadStates.add(ts);
        ThreadStates.bind(ts);
        rt.main.gil.acquire();
        rt.configureSys(rt.main);
        current = rt;
        PyModule mainModule = newMainModule(rt.main);
        rt.main.modules.setStr("__main__", mainModule);
        rt.signalHandlers = installSignalHandlers && SignalHandlers.install(rt);
        return rt;
    }

    /** Py_IsInitialized. */
    public static boolean isInitialized() {
        return current != null;
    }

    /** The running runtime; IllegalStateException when Python is not initialized. */
    public static PythonRuntime get() {
        PythonRuntime rt = current;
        if (rt == null) {
            throw new IllegalStateException("the Python runtime is not initialized");
        }
        return rt;
    }

    /** The running runtime, or null. */
    static PythonRuntime current() {
        return current;
    }

    /** Whether this runtime installed its signal handlers (Py_InitializeEx's argument). */
    public boolean signalHandlersInstalled() {
        return signalHandlers;
    }

    /**
     * Py_AddPendingCall: {@code call} runs in the main thread, holding the GIL, at its next eval
     * breaker check (while it runs Python code). Any thread may call this, with or without the
     * GIL. A Python exception the call throws is raised in the code the main thread is running.
     */
    public void addPendingCall(Runnable call) {
        main.addPendingCall(call);
    }

    /** The main interpreter (PyInterpreterState_Main). */
    public InterpreterState mainInterpreter() {
        return main;
    }

    /**
     * PyInterpreterState_Head / _Next: the live interpreters, the main one first, then the
     * sub-interpreters in creation order.
     */
    public List<InterpreterState> interpreters() {
        List<InterpreterState> l = new ArrayList<>();
        l.add(main);
        for (SubInterpreter s : subInterpreters) {
            l.add(s.interpreterState());
        }
        return l;
    }

    /** The sub-interpreters not yet ended. */
    public List<SubInterpreter> subInterpreters() {
        return new ArrayList<>(subInterpreters);
    }

    void register(SubInterpreter s) {
        subInterpreters.add(s);
    }

    void unregister(SubInterpreter s) {
        subInterpreters.remove(s);
    }

    /** Records a thread state made for a host thread by this API. */
    void addHostThreadState(ThreadState ts) {
        hostThreadStates.add(ts);
    }

    PathConfig paths() {
        return paths;
    }

    /**
     * Py_FinalizeEx: waits for non-daemon Python threads, runs the {@code atexit} handlers,
     * ends the sub-interpreters, flushes {@code sys.stdout} and {@code sys.stderr} and forgets
     * every thread state. Finalizing when not initialized is a no-op. Returns false when flushing
     * the streams failed (CPython's -1).
     */
    public static boolean finalizeRuntime() {
        synchronized (PythonRuntime.class) {
            PythonRuntime rt = current;
            if (rt == null) {
                return true;
            }
            return rt.finalizeNow();
        }
    }

    /** Finalizes this runtime ({@link #finalizeRuntime()}); a second close is a no-op. */
    @Override
    public void close() {
        synchronized (PythonRuntime.class) {
            if (current == this) {
                finalizeNow();
            }
        }
    }

    private boolean finalizeNow() {
        ThreadState mine = ThreadState.currentOrNull();
        if (mine == null || mine.interp != main) {
            // Finalizing from a thread without a main-interpreter state (or from inside a
            // sub-interpreter): give it one for the duration.
            if (mine != null && InterpreterState.holdsGil(mine)) {
                mine.save();
            }
            mine = main.newThreadState(Thread.currentThread());
            hostThreadStates.add(mine);
            ThreadStates.bind(mine);
        }
        if (!main.gil.isHeld()) {
            main.gil.acquire();
        }
        try {
            callIfImported(main, "threading", "_shutdown");
            runExitFunctions(main);
            for (SubInterpreter s : subInterpreters()) {
                s.end(mine);
            }
            // Python's daemon threads end with Gil.ThreadExit when they next want the GIL (so do
            // host threads that want it after this point); host threads are not interrupted.
            for (ThreadState ts : main.threads()) {
                if (ts != mine && hostThreadStates.contains(ts)) {
                    ThreadStates.clear(ts);
                    ts.delete();
                }
            }
            main.finalizeThreads(THREAD_EXIT_WAIT_MILLIS);
            return flushStandardStreams(main);
        } finally {
            SignalHandlers.uninstall(this);
            current = null;
            mine.save();
            for (ThreadState ts : main.threads()) {
                ThreadStates.clear(ts);
                ts.delete();
            }
            ThreadStates.bind(null);
            Stdio.configure(savedOut, savedErr);
            Stdio.setInput(null);
        }
    }

    /** How long finalization waits for daemon threads to notice it and end. */
    private static final long THREAD_EXIT_WAIT_MILLIS = 2000;

    /** A fresh {@code __main__} module as an embedded CPython has it. */
    static PyModule newMainModule(InterpreterState interp) {
        PyModule m = new PyModule("__main__");
        PyDict g = m.getDict();
        g.setStr("__builtins__", interp.builtins);
        g.setStr("__annotations__", new PyDict());
        return m;
    }

    /** Puts the path configuration into {@code interp}'s sys (paths, prefixes, argv, executable). */
    void configureSys(InterpreterState interp) {
        PyDict sys = interp.sys.getDict();
        PyList path = new PyList();
        for (String p : paths.path) {
            path.append(PyUnicode.of(p));
        }
        sys.setStr("path", path);
        for (String k : new String[] {"prefix", "base_prefix"}) {
            sys.setStr(k, PyUnicode.of(paths.prefix));
        }
        for (String k : new String[] {"exec_prefix", "base_exec_prefix"}) {
            sys.setStr(k, PyUnicode.of(paths.execPrefix));
        }
        sys.setStr("executable", PyUnicode.of(paths.programFullPath));
        sys.setStr("_base_executable", PyUnicode.of(paths.programFullPath));
        sys.setStr("_home", paths.home == null ? PyNone.NONE : PyUnicode.of(paths.home));
        PyList argv = new PyList();
        argv.append(PyUnicode.of(""));
        sys.setStr("argv", argv);
        if (config.stdioEncoding != null || config.stdioErrors != null) {
            // Py_SetStandardStreamEncoding: stdin and stdout take the error handler (default
            // strict); stderr always uses backslashreplace, as CPython's.
            String enc = config.stdioEncoding != null ? config.stdioEncoding : "utf-8";
            String errors = config.stdioErrors != null ? config.stdioErrors : "strict";
            PyObject in = EncodedStdStream.input(Stdio.input(), enc, errors);
            PyObject out = EncodedStdStream.output("<stdout>", 1, Stdio.out(), enc, errors);
            PyObject err = EncodedStdStream.output("<stderr>", 2, Stdio.err(), enc, "backslashreplace");
            sys.setStr("stdin", in);
            sys.setStr("__stdin__", in);
            sys.setStr("stdout", out);
            sys.setStr("__stdout__", out);
            sys.setStr("stderr", err);
            sys.setStr("__stderr__", err);
        }
    }

    /** Runs {@code interp}'s atexit handlers if its program imported atexit. */
    static void runExitFunctions(InterpreterState interp) {
        callIfImported(interp, "atexit", "_run_exitfuncs");
    }

    private static void callIfImported(InterpreterState interp, String module, String function) {
        PyObject m = interp.modules.getStr(module);
        if (m == null || m == PyNone.NONE || Abstract.getAttrOrNull(m, function) == null) {
            return;
        }
        try {
            Abstract.callMethod(m, function);
        } catch (PyException e) {
            // Finalization goes on: the handlers report their own errors, as in CPython.
        }
    }

    /** Flushes {@code sys.stdout} and {@code sys.stderr}; false if a flush raised. */
    static boolean flushStandardStreams(InterpreterState interp) {
        boolean ok = true;
        for (String name : new String[] {"stdout", "stderr"}) {
            PyObject s = interp.sys.getDict().getStr(name);
            if (s == null || s == PyNone.NONE) {
                continue;
            }
            try {
                Abstract.callMethod(s, "flush");
            } catch (PyException e) {
                ok = false;
            }
        }
        Stdio.out().flush();
        Stdio.err().flush();
        return ok;
    }

    private static String launcherExecutable() {
        String launcher = System.getProperty("taipan.executable");
        if (launcher == null || launcher.isEmpty()) {
            return "";
        }
        return java.nio.file.Paths.get(launcher).toAbsolutePath().normalize().toString();
    }

}
