package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.PyFrame;
import org.taipan.vm.ThreadState;

/**
 * The {@code sys} module: argv, path, modules, the standard streams, exit, exception state,
 * recursion limit, frames, hooks. Trace and profile functions arrive with the tracing issue.
 */
public final class SysModule {
    private SysModule() {
    }

    /** {@code sys.<name>} of the current interpreter (stdout, stderr, stdin), or None. */
    /**
     * {@code sys.path} before the launcher puts the program's directory first: the entries of
     * $PYTHONPATH made absolute (an empty entry is the working directory), then our standard
     * library in the jar ({@link LibraryModules#ROOT}), where CPython has its Lib directory: a
     * module next to the program shadows a library module of the same name, as in CPython.
     */
    private static PyList initialPath() {
        PyList path = new PyList();
        String env = SysConfig.current().environmentVariable("PYTHONPATH");
        if (!env.isEmpty()) {
            java.nio.file.Path cwd = Stdio.workingDirectory();
            for (String entry : env.split(":", -1)) {
                path.append(PyUnicode.of(cwd.resolve(entry).toAbsolutePath().normalize().toString()));
            }
        }
        path.append(PyUnicode.of(LibraryModules.ROOT));
        return path;
    }

    public static PyObject stream(String name) {
        PyObject s = ThreadState.current().interp.sys.getDict().getStr(name);
        return s == null ? PyNone.NONE : s;
    }

    /** Raises an audit event ({@code PySys_Audit}); one path for the whole interpreter: {@link org.taipan.vm.Audit}. */
    public static void audit(String event, PyObject... args) {
        org.taipan.vm.Audit.raise(event, args);
    }

    /**
     * {@code sys.tracebacklimit} for the traceback printer: the number of entries to show
     * (the innermost ones), 1000 when unset or not an int; 0 or less shows no traceback at all.
     */
    public static long tracebackLimit() {
        ThreadState ts = ThreadState.current();
        PyObject v = ts == null || ts.interp.sys == null ? null : ts.interp.sys.getDict().getStr("tracebacklimit");
        if (!(v instanceof PyLong)) {
            return 1000;
        }
        PyLong l = (PyLong) v;
        return !l.fitsLong() ? (l.signum() < 0 ? 0 : Long.MAX_VALUE) : l.longValue();
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("sys");
        m.add("__doc__", PyUnicode.of("This module provides access to some objects used or maintained by the\n"
                + "interpreter and to functions that interact strongly with the interpreter.\n\n"
                + "In Taipan it describes the Taipan interpreter (sys.implementation.name is 'taipan')."));
        m.add("__package__", PyUnicode.of(""));
        m.add("argv", new PyList());
        m.add("path", initialPath());
        m.add("modules", interp.modules);
        m.add("maxsize", PyLong.of(Long.MAX_VALUE));
        m.add("version", PyUnicode.of("3.11.7 (taipan) [Java]"));
        m.add("version_info", SysInfo.versionInfo());
        m.add("hexversion", PyLong.of(0x030B07F0));
        m.add("platform", PyUnicode.of("linux"));
        m.add("byteorder", PyUnicode.of("little"));
        m.add("executable", PyUnicode.of(SysAttributes.executable()));
        m.add("maxunicode", PyLong.of(0x10FFFF));
        String[] builtinNames = BuiltinModules.names();
        PyObject[] namesArr = new PyObject[builtinNames.length];
        for (int i = 0; i < builtinNames.length; i++) {
            namesArr[i] = PyUnicode.of(builtinNames[i]);
        }
        m.add("builtin_module_names", new PyTuple(namesArr));
        SysAttributes.add(m, interp);
        StdStream out = StdStream.stdout(Stdio.out());
        StdStream err = StdStream.stderr(Stdio.err());
        StdStream in = StdStream.stdin();
        String io = SysConfig.current().environmentVariable("PYTHONIOENCODING");
        if (!io.isEmpty()) {
            int colon = io.indexOf(':');
            String enc = colon < 0 ? io : io.substring(0, colon);
            String errors = colon < 0 ? null : io.substring(colon + 1);
            // Only stdout and stdin take the error handler; stderr keeps backslashreplace.
            out.setEncoding(enc, errors);
            in.setEncoding(enc, errors);
            err.setEncoding(enc, null);
        }
        m.add("stdout", out);
        m.add("stderr", err);
        m.add("stdin", in);
        m.add("__stdout__", out);
        m.add("__stderr__", err);
        m.add("__stdin__", in);
        m.addFunction("exit", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("exit", kw);
            ArgParser.checkCount("exit", n, 0, 1);
            throw new PyException((PyBaseException) Abstract.call(PyExc.SystemExit, a, off, n, null));
        });
        m.addFunction("getrecursionlimit", (self, a, off, n, kw) -> {
            if (n > 0 || (kw != null && kw.size() > 0)) {
                throw PyExc.typeError("sys.getrecursionlimit() takes no arguments (" + (n + (kw == null ? 0 : kw.size())) + " given)");
            }
            return PyLong.of(interp.recursionLimit);
        });
        // The int/str conversion digit limit lives with int (PyLong); these are its sys interface.
        // A new interpreter starts from the default limit.
        // Each interpreter starts from the configured limit (-X int_max_str_digits, the environment) or the default.
        int configured = SysConfig.current().intMaxStrDigits();
        PyLong.setMaxStrDigits(configured < 0 ? PyLong.DEFAULT_MAX_STR_DIGITS : configured);
        m.addFunction("get_int_max_str_digits", (self, a, off, n, kw) -> PyLong.of(PyLong.getMaxStrDigits()));
        m.addFunction("set_int_max_str_digits", (self, a, off, n, kw) -> {
            PyObject[] p = org.taipan.objects.ArgParser.bind("set_int_max_str_digits", new String[] {"maxdigits"},
                    0, 1, a, off, n, kw);
            PyLong.setMaxStrDigits(org.taipan.objects.Abstract.index(p[0]).asLongExact());
            return PyNone.NONE;
        });
        m.addFunction("setrecursionlimit", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("setrecursionlimit", kw);
            if (n != 1) {
                throw PyExc.typeError("setrecursionlimit() takes exactly one argument (" + n + " given)");
            }
            if (!(a[off] instanceof PyLong)) {
                throw PyExc.typeError("'" + a[off].getType().getName() + "' object cannot be interpreted as an integer");
            }
            long v = ((PyLong) a[off]).longValue();
            if (v < 1) {
                throw PyExc.valueError("recursion limit must be greater or equal than 1");
            }
            ThreadState ts = ThreadState.current();
            if (v <= ts.recursionDepth) {
                throw PyExc.raise(PyExc.RecursionError, "cannot set the recursion limit to " + v
                        + " at the recursion depth " + ts.recursionDepth + ": the limit is too low");
            }
            interp.recursionLimit = (int) Math.min(v, Integer.MAX_VALUE);
            return PyNone.NONE;
        });
        m.addFunction("exc_info", (self, a, off, n, kw) -> {
            PyBaseException e = ThreadState.current().handledException;
            if (e == null) {
                return new PyTuple(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return new PyTuple(e.getType(), e, e.traceback == null ? PyNone.NONE : e.traceback);
        });
        m.addFunction("exception", (self, a, off, n, kw) -> {
            PyObject e = ThreadState.current().handledException;
            return e == null ? PyNone.NONE : e;
        });
        m.addFunction("_getframe", (self, a, off, n, kw) -> {
            PyFrame f = ThreadState.current().frame;
            int depth = n > 0 ? Abstract.asIndex(a[off]) : 0;
            for (int i = 0; i < depth && f != null; i++) {
                f = f.back;
            }
            if (f == null) {
                throw PyExc.valueError("call stack is not deep enough");
            }
            audit("sys._getframe", f);
            return f;
        });
        m.addFunction("_current_frames", (self, a, off, n, kw) -> {
            audit("sys._current_frames");
            PyDict d = new PyDict();
            for (ThreadState ts : interp.threads()) {
                PyFrame f = ts.frame;
                if (f != null) {
                    d.setItem(PyLong.of(ts.thread.getId()), f);
                }
            }
            return d;
        });
        m.addFunction("gettrace", (self, a, off, n, kw) -> PyNone.NONE);
        m.addFunction("getprofile", (self, a, off, n, kw) -> PyNone.NONE);
        org.taipan.vm.trace.TraceTrampoline.addSysFunctions(m);
        m.addFunction("getdefaultencoding", (self, a, off, n, kw) -> PyUnicode.of("utf-8"));
        m.addFunction("getswitchinterval", (self, a, off, n, kw) -> new org.taipan.objects.PyFloat(interp.gil.switchInterval));
        PyObject hook = m.addFunction("excepthook", (self, a, off, n, kw) -> {
            ArgParser.checkCount("excepthook", n, 3, 3);
            if (a[off + 1] instanceof PyBaseException) {
                StdStream.writeTo(stream("stderr"), org.taipan.vm.TracebackPrinter.format((PyBaseException) a[off + 1]));
            } else {
                // CPython's PyErr_Display reports a non-exception value rather than failing.
                StdStream.writeTo(stream("stderr"), "TypeError: print_exception(): Exception expected for value, "
                        + a[off + 1].getType().getName() + " found\n");
            }
            return PyNone.NONE;
        });
        m.add("__excepthook__", hook);
        PyObject display = m.addFunction("displayhook", (self, a, off, n, kw) -> {
            ArgParser.checkCount("displayhook", n, 1, 1);
            PyObject v = a[off];
            if (v != PyNone.NONE) {
                interp.builtins.getDict().setStr("_", PyNone.NONE);
                StdStream.writeTo(stream("stdout"), Abstract.repr(v).value + "\n");
                interp.builtins.getDict().setStr("_", v);
            }
            return PyNone.NONE;
        });
        m.add("__displayhook__", display);
        SysAttributes.addHooks(m, interp);
        return m;
    }
}
