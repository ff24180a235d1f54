package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyException;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.Gil;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.ThreadState;
import org.taipan.vm.TracebackPrinter;

/**
 * {@code _thread}: starting Python threads on Java threads, locks ({@link PyLock},
 * {@link PyRLock}), thread-local objects ({@link ThreadLocalObject}) and the default
 * {@code threading.excepthook}. The {@code threading} module (Python, in the library) is built on it.
 */
public final class ThreadModule {
    /**
     * Stack of a started thread: big enough that deep recursion meets the recursion limit
     * (RecursionError) before the Java stack ends; only touched pages are committed.
     */
    private static final long THREAD_STACK = 256L << 20;
    private static final double TIMEOUT_MAX = LockWait.TIMEOUT_MAX;

    static final PyType EXCEPTHOOK_ARGS = StructSequence.newType("_thread._ExceptHookArgs", true,
            "exc_type", "exc_value", "exc_traceback", "thread");

    /** The sentinel locks of the running thread ({@code _set_sentinel}), released when it ends. */
    private static final ThreadLocal<java.util.List<PyLock>> SENTINELS = new ThreadLocal<>();

    private ThreadModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_thread");
        m.add("LockType", PyLock.TYPE);
        m.add("lock", PyLock.TYPE);
        m.add("RLock", PyRLock.TYPE);
        m.add("_local", ThreadLocalObject.TYPE);
        m.add("error", PyExc.RuntimeError);
        m.add("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
        m.add("_ExceptHookArgs", EXCEPTHOOK_ARGS);
        long[] stackSize = {0};
        for (String name : new String[] {"allocate_lock", "allocate"}) {
            m.addFunction(name, (self, a, off, n, kw) -> {
                ArgParser.noKeywords(name, kw);
                ArgParser.checkCount(name, n, 0, 0);
                return new PyLock();
            });
        }
        for (String name : new String[] {"start_new_thread", "start_new"}) {
            m.addFunction(name, (self, a, off, n, kw) -> {
                ArgParser.noKeywords(name, kw);
                ArgParser.checkCount(name, n, 2, 3);
                return PyLong.of(startNewThread(interp, a[off], a[off + 1], n > 2 ? a[off + 2] : null));
            });
        }
        m.addFunction("get_ident", (self, a, off, n, kw) -> PyLong.of(ThreadState.current().ident));
        m.addFunction("get_native_id", (self, a, off, n, kw) -> PyLong.of(ThreadState.current().ident));
        m.addFunction("_count", (self, a, off, n, kw) -> PyLong.of(interp.runningThreads.get()));
        for (String name : new String[] {"exit", "exit_thread"}) {
            m.addFunction(name, (self, a, off, n, kw) -> {
                throw new PyException(new PyBaseException(PyExc.SystemExit, PyTuple.EMPTY));
            });
        }
        m.addFunction("stack_size", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("stack_size", kw);
            ArgParser.checkCount("stack_size", n, 0, 1);
            long old = stackSize[0];
            if (n == 1) {
                long size = Abstract.index(a[off]).longValue();
                if (size != 0 && size < 32768) {
                    throw PyExc.valueError("size not valid: " + size + " bytes");
                }
                stackSize[0] = size;
            }
            return PyLong.of(old);
        });
        m.addFunction("interrupt_main", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("interrupt_main", new String[] {"signum"}, 0, 0, a, off, n, kw);
            long signum = p[0] == null ? 2 : Abstract.index(p[0]).longValue();
            if (signum < 1 || signum > 64) {
                throw PyExc.valueError("signal number out of range");
            }
            if (signum == 2) {
                // As if SIGINT arrived: the default handler raises KeyboardInterrupt in the main thread.
                interp.addPendingCall(() -> {
                    throw new PyException(new PyBaseException(PyExc.KeyboardInterrupt, PyTuple.EMPTY));
                });
            }
            return PyNone.NONE;
        });
        m.addFunction("_set_sentinel", (self, a, off, n, kw) -> {
            PyLock lock = new PyLock();
            lock.acquire(0);
            java.util.List<PyLock> list = SENTINELS.get();
            if (list == null) {
                list = new java.util.ArrayList<>();
                SENTINELS.set(list);
            }
            list.add(lock);
            return lock;
        });
        m.addFunction("_excepthook", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("_excepthook", kw);
            ArgParser.checkCount("_excepthook", n, 1, 1);
            excepthook(a[off]);
            return PyNone.NONE;
        });
        return m;
    }

    /** {@code start_new_thread(function, args[, kwargs])}: returns the new thread's ident. */
    static long startNewThread(InterpreterState interp, PyObject func, PyObject args, PyObject kwargs) {
        if (!Abstract.isCallable(func)) {
            throw PyExc.typeError("first arg must be callable");
        }
        if (!(args instanceof PyTuple)) {
            throw PyExc.typeError("2nd arg must be a tuple");
        }
        if (kwargs != null && !(kwargs instanceof PyDict)) {
            throw PyExc.typeError("optional 3rd arg must be a dictionary");
        }
        ThreadState[] holder = new ThreadState[1];
        Thread t = new Thread(null, () -> run(holder[0], func, (PyTuple) args, (PyDict) kwargs),
                "Python thread", THREAD_STACK);
        // Java-daemon always: threading._shutdown() joins the non-daemon Python threads itself.
        t.setDaemon(true);
        ThreadState ts = interp.newThreadState(t);
        holder[0] = ts;
        interp.runningThreads.incrementAndGet();
        try {
            t.start();
        } catch (OutOfMemoryError e) {
            interp.runningThreads.decrementAndGet();
            ts.delete();
            throw PyExc.raise(PyExc.RuntimeError, "can't start new thread");
        }
        return ts.ident;
    }

    /** A started thread's body (CPython's {@code thread_run}). */
    private static void run(ThreadState ts, PyObject func, PyTuple args, PyDict kwargs) {
        InterpreterState interp = ts.interp;
        ts.bindToCurrentThread();
        try {
            interp.gil.acquire();
            try {
                Abstract.callArgs(func, args, kwargs);
            } catch (PyException e) {
                if (!e.matches(PyExc.SystemExit)) {
                    writeUnraisable(interp, e.value, func);
                }
            } catch (StackOverflowError e) {
                writeUnraisable(interp, PyExc.raise(PyExc.RecursionError, "maximum recursion depth exceeded").value, func);
            }
        } catch (Gil.ThreadExit e) {
            // the interpreter finalized: a daemon thread just stops, running no more Python code
        } finally {
            releaseSentinels();
            interp.runningThreads.decrementAndGet();
            if (interp.gil.isHeld()) {
                interp.gil.release();
            }
            ts.delete();
        }
    }

    private static void releaseSentinels() {
        java.util.List<PyLock> list = SENTINELS.get();
        if (list != null) {
            for (PyLock l : list) {
                if (l.locked()) {
                    l.release();
                }
            }
            SENTINELS.remove();
        }
    }

    /** Reports an exception that ended a thread through {@code sys.unraisablehook}. */
    private static void writeUnraisable(InterpreterState interp, PyBaseException exc, PyObject func) {
        PyObject args = UnraisableHook.args(exc, "Exception ignored in thread started by", func);
        PyObject hook = interp.sys.getDict().getStr("unraisablehook");
        try {
            if (hook != null && hook != PyNone.NONE) {
                Abstract.call(hook, args);
                return;
            }
        } catch (PyException e) {
            // fall back to the default report, as CPython does when the hook fails
        }
        try {
            UnraisableHook.write(args);
        } catch (PyException e) {
            // nothing else can be done
        }
    }

    /** {@code _thread._excepthook(args)}: the default {@code threading.excepthook}. */
    private static void excepthook(PyObject arg) {
        if (arg.getType() != EXCEPTHOOK_ARGS) {
            throw PyExc.typeError("_thread.excepthook argument type must be ExceptHookArgs");
        }
        PyTuple t = (PyTuple) arg;
        PyObject type = t.get(0);
        PyObject value = t.get(1);
        PyObject thread = t.get(3);
        if (type == PyExc.SystemExit) {
            return;
        }
        PyObject file = SysModule.stream("stderr");
        if (file == PyNone.NONE || file == null) {
            if (thread == PyNone.NONE) {
                return;
            }
            file = Abstract.getAttr(thread, "_stderr");
            if (file == PyNone.NONE) {
                return;
            }
        }
        String name = null;
        if (thread != PyNone.NONE) {
            PyObject nm = Abstract.getAttr(thread, "name");
            if (nm != PyNone.NONE) {
                name = Abstract.str(nm).value;
            }
        }
        StringBuilder sb = new StringBuilder("Exception in thread ");
        sb.append(name != null ? name : Long.toString(ThreadState.current().ident)).append(":\n");
        StdStream.writeTo(file, sb.toString());
        Abstract.callMethod(file, "flush");
        String text;
        if (value instanceof PyBaseException) {
            text = TracebackPrinter.format((PyBaseException) value);
        } else {
            text = (type instanceof PyType ? ((PyType) type).getName() : Abstract.str(type).value) + "\n";
        }
        StdStream.writeTo(file, text);
        Abstract.callMethod(file, "flush");
    }
}
