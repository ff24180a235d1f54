package org.taipan.vm;

import java.io.PrintStream;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;
import org.taipan.Main;

/**
 * Runs a program as {@code __main__} the way {@code python3 FILE} does: sets {@code sys.argv} and
 * {@code sys.path[0]}, runs on a thread with a large stack (so deep Python recursion reaches
 * RecursionError, not a Java StackOverflowError), and turns the outcome into an exit status:
 * SystemExit's code, or 1 after printing an uncaught exception's traceback to stderr.
 */
public final class MainProgram {
    private static final long STACK_SIZE = 1L << 30;

    private MainProgram() {
    }

    /**
     * What runs in {@code __main__} after the program when the interpreter stays interactive
     * ({@code -i}, or no program at all): the read-eval-print loop, given the module's globals.
     */
    public interface Interactive {
        /** Runs the loop and returns the process exit status. */
        int run(PyDict mainGlobals);
    }

    /** Runs {@code code} as the main module; returns the process exit status. */
    public static int run(PyCode code, String filename, boolean isFile, java.util.List<String> argv,
                          String path0, PrintStream err) {
        return run(code, filename, isFile, argv, path0, err, null);
    }

    /**
     * Runs {@code code} (null: nothing) as the main module ({@code path0}, put in front of
     * {@code sys.path}, is null under -P/-I), then {@code interactive} if given,
     * also after an uncaught exception (which is reported first, SystemExit included, as
     * {@code python3 -i} does); returns the process exit status.
     */
    public static int run(PyCode code, String filename, boolean isFile, java.util.List<String> argv,
                          String path0, PrintStream err, Interactive interactive) {
        int[] status = new int[1];
        Thread t = new Thread(null, () -> status[0] = runHere(code, filename, isFile, argv, path0, err, interactive),
                "MainThread", STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        return status[0];
    }

    /** {@code python3 -m module args…}: the module (or a package's __main__) runs as __main__. */
    public static int runModule(String module, java.util.List<String> args, PrintStream err) {
        return runModule(module, args, err, false, null);
    }

    /**
     * {@code python3 -m module}, with -P/-I's safe path (no working directory in front of
     * {@code sys.path}) and the interactive loop afterwards for -i (null: none).
     */
    public static int runModule(String module, java.util.List<String> args, PrintStream err, boolean safePath,
                                Interactive interactive) {
        int[] status = new int[1];
        Thread t = new Thread(null, () -> status[0] = runModuleHere(module, args, err, safePath, interactive),
                "MainThread", STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        return status[0];
    }

    private static int runModuleHere(String module, java.util.List<String> args, PrintStream err, boolean safePath,
                                     Interactive interactive) {
        InterpreterState interp = InterpreterState.createMain();
        Interpreter.ensureInitialized();
        ThreadState.bind(interp.attach(Thread.currentThread()));
        interp.gil.acquire();
        try {
            PyList sysArgv = (PyList) interp.sys.getDict().getStr("argv");
            sysArgv.append(PyUnicode.of("-m"));
            for (String a : args) {
                sysArgv.append(PyUnicode.of(a));
            }
            PyList path = (PyList) interp.sys.getDict().getStr("path");
            if (!safePath) {
                path.insert(0, PyUnicode.of(org.taipan.modules.Stdio.workingDirectory().toString()));
            }
            try {
                startUp(interp);
            } catch (PyException e) {
                return handleUncaught(e.value, err);
            }
            Object[] found;
            try {
                found = Import.findMain(interp, module);
            } catch (PyException e) {
                if (e.matches(PyExc.ImportError) && !e.matches(PyExc.ModuleNotFoundError) || e.value.traceback != null) {
                    return handleUncaught(e.value, err);
                }
                flushStdout();
                err.println(Main.programName() + ": " + Abstract.str(e.value).value);
                return 1;
            }
            java.nio.file.Path file = (java.nio.file.Path) found[0];
            String modName = (String) found[1];
            // a module of the bundled library (e.g. -m unittest) lives in the jar, not on disk
            boolean inLibrary = org.taipan.modules.LibraryModules.isLibraryDir(file.toString());
            String filename = inLibrary ? file.toString() : file.toAbsolutePath().normalize().toString();
            sysArgv.set(0, PyUnicode.of(filename));
            PyModule main = new PyModule("__main__");
            PyDict g = main.getDict();
            g.setStr("__builtins__", interp.builtins);
            int dot = modName.lastIndexOf('.');
            g.setStr("__package__", PyUnicode.of(dot < 0 ? "" : modName.substring(0, dot)));
            PyObject loader = new SourceFileLoader(modName, filename);
            g.setStr("__spec__", new ModuleSpec(modName, filename, loader, PyNone.NONE));
            g.setStr("__loader__", loader);
            g.setStr("__file__", PyUnicode.of(filename));
            g.setStr("__cached__", ModuleSpec.cachedFile(filename));
            interp.modules.setStr("__main__", main);
            try {
                try {
                    byte[] source = inLibrary ? org.taipan.modules.LibraryModules.read(filename)
                            : java.nio.file.Files.readAllBytes(file);
                    PyCode code = Interpreter.compileFile(source, filename);
                    Interpreter.exec(code, g, g);
                    flushStdout();
                    if (interactive == null) {
                        return 0;
                    }
                } catch (PyException e) {
                    if (interactive == null) {
                        return handleUncaught(e.value, err);
                    }
                    printException(e.value, err);
                }
                return interactive.run(g);
            } catch (PyException e) {
                return handleUncaught(e.value, err);
            } catch (java.io.IOException e) {
                err.println(Main.programName() + ": " + e.getMessage());
                return 1;
            }
        } finally {
            waitForThreads(interp);
            runExitFunctions(interp);
            interp.finalizeThreads(THREAD_EXIT_WAIT_MILLIS);
            interp.gil.release();
        }
    }

    static int runHere(PyCode code, String filename, boolean isFile, java.util.List<String> argv,
                       String path0, PrintStream err, Interactive interactive) {
        InterpreterState interp = InterpreterState.createMain();
        Interpreter.ensureInitialized();
        ThreadState.bind(interp.attach(Thread.currentThread()));
        interp.gil.acquire();
        try {
            PyList sysArgv = (PyList) interp.sys.getDict().getStr("argv");
            sysArgv.clear();
            for (String a : argv) {
                sysArgv.append(PyUnicode.of(a));
            }
            PyList path = (PyList) interp.sys.getDict().getStr("path");
            if (path0 != null) {
                path.insert(0, PyUnicode.of(path0));
            }
            PyModule main = new PyModule("__main__");
            PyDict g = main.getDict();
            g.setStr("__builtins__", interp.builtins);
            g.setStr("__package__", PyNone.NONE);
            g.setStr("__spec__", PyNone.NONE);
            g.setStr("__loader__", isFile ? new SourceFileLoader("__main__", filename) : PyNone.NONE);
            if (isFile) {
                g.setStr("__file__", PyUnicode.of(filename));
                g.setStr("__cached__", PyNone.NONE);
            }
            interp.modules.setStr("__main__", main);
            try {
                startUp(interp);
                try {
                    if (code != null) {
                        // cpython.run_file/run_command: no hook can exist this early, so they are not raised.
                        CompileWarnings.issue(code.data);
                        Interpreter.exec(code, g, g);
                        flushStdout();
                    }
                    if (interactive == null) {
                        return 0;
                    }
                } catch (PyException e) {
                    if (interactive == null) {
                        return handleUncaught(e.value, err);
                    }
                    printException(e.value, err);
                }
                // CPython removes a script's __file__ once it has run (PyRun_SimpleFile).
                if (isFile) {
                    g.delItemOrNull(PyUnicode.of("__file__"));
                }
                return interactive.run(g);
            } catch (PyException e) {
                return handleUncaught(e.value, err);
            } catch (RuntimeException | StackOverflowError e) {
                // A bug in Taipan, not in the program: report it plainly instead of dying silently.
                flushStdout();
                err.println("taipan: internal error: " + e);
                for (StackTraceElement el : e.getStackTrace()) {
                    err.println("\tat " + el);
                }
                err.flush();
                return 1;
            }
        } finally {
            waitForThreads(interp);
            runExitFunctions(interp);
            interp.finalizeThreads(THREAD_EXIT_WAIT_MILLIS);
            interp.gil.release();
        }
    }

    /** How long finalization waits for daemon threads to notice it and end. */
    private static final long THREAD_EXIT_WAIT_MILLIS = 2000;

    /**
     * Joins the non-daemon threads before the exit functions, as CPython's finalization calls
     * {@code threading._shutdown()}. Only if the program imported threading.
     */
    private static void waitForThreads(InterpreterState interp) {
        PyObject threading = interp.modules.getStr("threading");
        if (threading == null || threading == PyNone.NONE) {
            return;
        }
        try {
            Abstract.callMethod(threading, "_shutdown");
        } catch (PyException e) {
            // CPython reports it as unraisable and goes on finalizing.
            org.taipan.modules.StdStream.writeTo(org.taipan.modules.SysModule.stream("stderr"),
                    "Exception ignored on threading shutdown:\n" + TracebackPrinter.format(e.value));
        }
    }

    /**
     * The imports CPython's start-up does before the program: {@code warnings} when there are
     * -W options (so that malformed ones are reported first), and {@code site} unless -S.
     */
    private static void startUp(InterpreterState interp) {
        // CPython does these imports inside Py_Initialize, before a host can install a trace or
        // profile hook, so hooks installed ahead of the run (on all threads) must not see them
        ThreadState ts = ThreadState.current();
        ts.tracingDepth++;
        try {
            startUpImports(interp);
        } finally {
            ts.tracingDepth--;
        }
    }

    private static void startUpImports(InterpreterState interp) {
        PyDict sys = interp.sys.getDict();
        PyObject warnoptions = sys.getStr("warnoptions");
        if (warnoptions instanceof PyList && ((PyList) warnoptions).size() > 0) {
            Interpreter.importModule("warnings", new PyDict(), PyNone.NONE, 0);
        }
        PyObject flags = sys.getStr("flags");
        boolean noSite = flags != null && Abstract.isTrue(Abstract.getAttr(flags, "no_site"));
        if (!noSite) {
            Interpreter.importModule("site", new PyDict(), PyNone.NONE, 0);
        }
    }

    /**
     * Runs the {@code atexit} handlers as CPython's finalization does, after the program (and any
     * uncaught exception's report) and before the final flush. Only if the program imported atexit.
     */
    private static void runExitFunctions(InterpreterState interp) {
        PyObject atexit = interp.modules.getStr("atexit");
        if (atexit == null || atexit == PyNone.NONE) {
            return;
        }
        try {
            Abstract.callMethod(atexit, "_run_exitfuncs");
        } catch (PyException e) {
            // _run_exitfuncs reports its handlers' errors itself; nothing may escape finalization.
        }
        flushStdout();
    }

    private static void flushStdout() {
        try {
            PyObject out = org.taipan.modules.SysModule.stream("stdout");
            if (out != PyNone.NONE) {
                Abstract.callMethod(out, "flush");
            }
        } catch (PyException e) {
            // CPython ignores a failing flush at exit here as well (it reports it to stderr)
        }
        org.taipan.modules.io.PyBuffered.flushAll();
        org.taipan.modules.Stdio.out().flush();
    }

    /** SystemExit's status, or the printed traceback and status 1 (CPython's handle_system_exit/PyErr_Print). */
    public static int handleUncaught(PyBaseException exc, PrintStream err) {
        flushStdout();
        if (exc.getType().isSubtypeOf(PyExc.SystemExit)) {
            PyObject code = exc.attr("code");
            if (code == PyNone.NONE) {
                return 0;
            }
            if (code instanceof PyLong) {
                return (int) ((PyLong) code).longValue();
            }
            String s;
            try {
                s = Abstract.str(code).value;
            } catch (PyException e) {
                s = "";
            }
            org.taipan.modules.StdStream.writeTo(org.taipan.modules.SysModule.stream("stderr"), s + "\n");
            return 1;
        }
        printException(exc, err);
        return 1;
    }

    /**
     * CPython's PyErr_Print for an exception that is not (or no longer) an exit request: sets
     * {@code sys.last_type}, {@code last_value} and {@code last_traceback} and calls
     * {@code sys.excepthook}, with CPython's fallbacks when the hook is missing or fails.
     */
    public static void printException(PyBaseException exc, PrintStream err) {
        flushStdout();
        PyDict sys = ThreadState.current().interp.sys.getDict();
        PyObject tb = exc.traceback == null ? PyNone.NONE : exc.traceback;
        sys.setStr("last_type", exc.getType());
        sys.setStr("last_value", exc);
        sys.setStr("last_traceback", tb);
        PyObject hook = sys.getStr("excepthook");
        try {
            Audit.raise("sys.excepthook", hook == null ? PyNone.NONE : hook, exc.getType(), exc, tb);
        } catch (PyException e) {
            // CPython: a hook's RuntimeError silently skips the report; anything else is unraisable.
            if (e.matches(PyExc.RuntimeError)) {
                return;
            }
            err.print("Exception ignored in audit hook:\n" + TracebackPrinter.format(e.value));
        }
        if (hook == null) {
            // CPython's PyErr_Display fallback when sys.excepthook was deleted.
            err.print("sys.excepthook is missing\n" + TracebackPrinter.format(exc));
            flushStdout();
            err.flush();
            return;
        }
        try {
            Abstract.call(hook, exc.getType(), exc, tb);
        } catch (PyException e) {
            err.print("Error in sys.excepthook:\n" + TracebackPrinter.format(e.value)
                    + "\nOriginal exception was:\n" + TracebackPrinter.format(exc));
        }
        flushStdout();
        err.flush();
    }
}
