package org.taipan.modules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.NumberProtocol;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySet;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.PyFrame;
import org.taipan.vm.ThreadState;

/**
 * The descriptive attributes and the small functions of {@code sys} (CPython 3.11 on Linux):
 * versions, platform constants, configuration from the command line, encodings, the
 * switch interval, sizes, audit hooks, the breakpoint and unraisable hooks.
 */
final class SysAttributes {
    private SysAttributes() {
    }

    /** Where a Taipan installation would live; we have no install tree of CPython's shape. */
    static final String PREFIX = "/usr/local";

    /** Types whose instances CPython does not track in the cycle collector (no GC header). */
    private static final Set<String> UNTRACKED = Set.of("int", "bool", "float", "complex", "str", "bytes",
            "NoneType", "bytearray", "range", "ellipsis", "NotImplementedType", "object");

    static void add(PyModule m, InterpreterState interp) {
        SysConfig config = SysConfig.current();
        m.add("flags", SysInfo.flags(config));
        m.add("float_info", SysInfo.floatInfo());
        m.add("int_info", SysInfo.intInfo());
        m.add("hash_info", SysInfo.hashInfo());
        m.add("thread_info", SysInfo.threadInfo());
        m.add("float_repr_style", PyUnicode.of("short"));
        m.add("implementation", implementation(m));
        m.add("api_version", PyLong.of(1013));
        m.add("abiflags", PyUnicode.of(""));
        m.add("prefix", PyUnicode.of(PREFIX));
        m.add("exec_prefix", PyUnicode.of(PREFIX));
        m.add("base_prefix", PyUnicode.of(PREFIX));
        m.add("base_exec_prefix", PyUnicode.of(PREFIX));
        m.add("platlibdir", PyUnicode.of("lib"));
        m.add("pycache_prefix", PyNone.NONE);
        m.add("dont_write_bytecode", PyBool.of(config.dontWriteBytecode()));
        m.add("copyright", PyUnicode.of("Copyright (c) Taipan authors.\nAll Rights Reserved."));
        m.add("stdlib_module_names", stdlibModuleNames());
        m.add("meta_path", new PyList());
        m.add("path_hooks", new PyList());
        m.add("path_importer_cache", new PyDict());
        PyList warn = new PyList();
        PyDict xoptions = new PyDict();
        PyList origArgv = new PyList();
        if (config.devMode()) {
            warn.append(PyUnicode.of("default")); // -X dev shows every warning once per location
        }
        if (config.commandLine != null) {
            for (String w : config.commandLine.warnOptions) {
                warn.append(PyUnicode.of(w));
            }
            // -X name=value gives 'value'; a bare -X name gives True (CPython's sys._xoptions).
            for (String x : config.commandLine.xOptions) {
                int eq = x.indexOf('=');
                xoptions.setItem(PyUnicode.of(eq < 0 ? x : x.substring(0, eq)),
                        eq < 0 ? PyBool.TRUE : PyUnicode.of(x.substring(eq + 1)));
            }
        }
        for (String a : config.origArgv) {
            origArgv.append(PyUnicode.of(a));
        }
        m.add("warnoptions", warn);
        m.add("_xoptions", xoptions);
        m.add("orig_argv", origArgv);

        m.add("_base_executable", PyUnicode.of(executable()));
        m.add("_framework", PyUnicode.of(""));
        m.add("_git", new PyTuple(PyUnicode.of("Taipan"), PyUnicode.of(""), PyUnicode.of("")));
        m.add("_home", PyNone.NONE);
        m.add("_stdlib_dir", PyNone.NONE);
        m.addFunction("_getquickenedcount", (self, a, off, n, kw) -> PyLong.of(0));
        m.addFunction("_current_exceptions", (self, a, off, n, kw) -> {
            AuditHooks.raise("sys._current_exceptions");
            // CPython 3.11: thread id -> that thread's exc_info() triple.
            PyDict d = new PyDict();
            for (ThreadState ts : interp.threads()) {
                PyBaseException e = ts.handledException;
                d.setItem(PyLong.of(ts.thread.getId()), e == null
                        ? new PyTuple(PyNone.NONE, PyNone.NONE, PyNone.NONE)
                        : new PyTuple(e.getType(), e, e.traceback == null ? PyNone.NONE : e.traceback));
            }
            return d;
        });
        m.addFunction("getfilesystemencoding", (self, a, off, n, kw) -> PyUnicode.of("utf-8"));
        m.addFunction("getfilesystemencodeerrors", (self, a, off, n, kw) -> PyUnicode.of("surrogateescape"));
        m.addFunction("getrefcount", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("getrefcount", kw);
            ArgParser.checkCount("getrefcount", n, 1, 1);
            // The JVM keeps no counts; 2 is what CPython reports for an object held by one name.
            return PyLong.of(2);
        });
        m.addFunction("getallocatedblocks", (self, a, off, n, kw) -> PyLong.of(0));
        m.addFunction("is_finalizing", (self, a, off, n, kw) -> PyBool.FALSE);
        m.addFunction("_clear_type_cache", (self, a, off, n, kw) -> PyNone.NONE);
        m.addFunction("_debugmallocstats", (self, a, off, n, kw) -> PyNone.NONE);
        int[] dlopenFlags = {2}; // RTLD_NOW, CPython's default
        m.addFunction("getdlopenflags", (self, a, off, n, kw) -> PyLong.of(dlopenFlags[0]));
        m.addFunction("setdlopenflags", (self, a, off, n, kw) -> {
            ArgParser.checkCount("setdlopenflags", n, 1, 1);
            dlopenFlags[0] = Abstract.asIndex(a[off]);
            return PyNone.NONE;
        });
        // The interned strings of this interpreter: equal strings come back as one object.
        java.util.Map<String, PyUnicode> interned = new java.util.HashMap<>();
        m.addFunction("intern", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("intern", kw);
            ArgParser.checkCount("intern", n, 1, 1);
            if (!(a[off] instanceof PyUnicode)) {
                throw PyExc.typeError("intern() argument must be str, not "
                        + (a[off] == PyNone.NONE ? "None" : a[off].getType().getName()));
            }
            if (a[off].getType() != PyUnicode.TYPE) {
                throw PyExc.typeError("can't intern " + a[off].getType().getName());
            }
            PyUnicode str = (PyUnicode) a[off];
            synchronized (interned) {
                return interned.computeIfAbsent(str.value, k -> str);
            }
        });
        m.addFunction("getsizeof", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("getsizeof", new String[] {"object", "default"}, 0, 1, a, off, n, kw);
            return sizeOf(p[0], p[1]);
        });
        m.addFunction("setswitchinterval", (self, a, off, n, kw) -> {
            ArgParser.checkCount("setswitchinterval", n, 1, 1);
            if (!(a[off] instanceof PyFloat || a[off] instanceof PyLong) && a[off].getType().asFloat == null) {
                throw PyExc.typeError("must be real number, not " + a[off].getType().getName());
            }
            double v = NumberProtocol.asDouble(a[off]);
            if (!(v > 0)) {
                throw PyExc.valueError("switch interval must be strictly positive");
            }
            interp.gil.switchInterval = v;
            return PyNone.NONE;
        });
        m.addFunction("get_asyncgen_hooks", (self, a, off, n, kw) -> {
            org.taipan.vm.ThreadState ts = org.taipan.vm.ThreadState.current();
            return SysInfo.asyncgenHooks(ts.asyncgenFirstiter, ts.asyncgenFinalizer);
        });
        m.addFunction("set_asyncgen_hooks", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("set_asyncgen_hooks", new String[] {"firstiter", "finalizer"}, 0, 0,
                    a, off, n, kw);
            String[] names = {"firstiter", "finalizer"};
            for (int i = 0; i < 2; i++) {
                if (p[i] != null && p[i] != PyNone.NONE && !Abstract.isCallable(p[i])) {
                    throw PyExc.typeError("callable " + names[i] + " expected, got " + p[i].getType().getName());
                }
            }
            org.taipan.vm.ThreadState ts = org.taipan.vm.ThreadState.current();
            if (p[0] != null) {
                ts.asyncgenFirstiter = p[0];
            }
            if (p[1] != null) {
                ts.asyncgenFinalizer = p[1];
            }
            return PyNone.NONE;
        });
        int[] originDepth = {0};
        m.addFunction("get_coroutine_origin_tracking_depth", (self, a, off, n, kw) -> PyLong.of(originDepth[0]));
        m.addFunction("set_coroutine_origin_tracking_depth", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("set_coroutine_origin_tracking_depth", new String[] {"depth"}, 0, 1,
                    a, off, n, kw);
            int d = Abstract.asIndex(p[0]);
            if (d < 0) {
                throw PyExc.valueError("depth must be >= 0");
            }
            originDepth[0] = d;
            return PyNone.NONE;
        });
        AuditHooks audit = AuditHooks.of(interp);
        m.addFunction("addaudithook", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("addaudithook", new String[] {"hook"}, 0, 1, a, off, n, kw);
            audit.add(p[0]);
            return PyNone.NONE;
        });
        m.addFunction("audit", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("audit", kw);
            if (n < 1) {
                throw PyExc.typeError("audit() missing 1 required positional argument: 'event'");
            }
            if (!(a[off] instanceof PyUnicode)) {
                throw PyExc.typeError("expected str for argument 'event', not " + a[off].getType().getName());
            }
            audit.audit(((PyUnicode) a[off]).value, PyTuple.copyOf(a, off + 1, n - 1));
            return PyNone.NONE;
        });
    }

    /** {@code sys.getsizeof}: {@code __sizeof__()} plus CPython's 16-byte GC header for tracked types. */
    private static PyObject sizeOf(PyObject o, PyObject dflt) {
        PyObject method = Abstract.lookupSpecial(o, "__sizeof__");
        if (method == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyExc.typeError("Type " + o.getType().getName() + " doesn't define __sizeof__");
        }
        PyObject r;
        try {
            r = Abstract.call(method);
            if (!(r instanceof PyLong)) {
                throw PyExc.typeError("an integer is required");
            }
            if (((PyLong) r).signum() < 0) {
                throw PyExc.valueError("__sizeof__() should return >= 0");
            }
        } catch (PyException e) {
            // Only a TypeError falls back to the default (CPython's sys_getsizeof).
            if (dflt != null && e.matches(PyExc.TypeError)) {
                return dflt;
            }
            throw e;
        }
        if (o instanceof org.taipan.objects.PyType || !UNTRACKED.contains(o.getType().getName())) {
            return NumberProtocol.add(r, PyLong.of(16));
        }
        return r;
    }

    /** {@code sys.implementation}: a SimpleNamespace, as CPython's, naming this implementation. */
    private static PyObject implementation(PyModule sys) {
        PyObject impl = SimpleNamespace.create();
        PyDict d = impl.getDict();
        d.setStr("name", PyUnicode.of("taipan"));
        d.setStr("cache_tag", PyNone.NONE); // no .pyc caching: importlib then never writes bytecode
        d.setStr("version", SysInfo.versionInfo());
        d.setStr("hexversion", PyLong.of(0x030B07F0));
        d.setStr("_multiarch", PyUnicode.of("x86_64-linux-gnu"));
        return impl;
    }

    private static PyObject stdlibModuleNames() {
        PySet s = new PySet(true);
        InputStream in = SysAttributes.class.getResourceAsStream("stdlib_module_names.txt");
        if (in != null) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isEmpty()) {
                        s.add(PyUnicode.of(line));
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return s;
    }

    static void addHooks(PyModule m, InterpreterState interp) {
        PyObject bp = m.addFunction("breakpointhook", (self, a, off, n, kw) -> breakpoint(interp, a, off, n, kw));
        m.add("__breakpointhook__", bp);
        PyObject unraisable = m.addFunction("unraisablehook", (self, a, off, n, kw) -> {
            ArgParser.checkCount("unraisablehook", n, 1, 1);
            UnraisableHook.write(a[off]);
            return PyNone.NONE;
        });
        m.add("__unraisablehook__", unraisable);
    }

    /**
     * The default {@code sys.breakpointhook}, with PEP 553's PYTHONBREAKPOINT rules: unset or
     * empty means {@code pdb.set_trace}; {@code 0} disables; otherwise a dotted name (a bare
     * name is looked up in builtins) is imported and called with the hook's arguments. An
     * unimportable name gives a RuntimeWarning and the call is skipped.
     */
    private static PyObject breakpoint(InterpreterState interp, PyObject[] a, int off, int n, PyTuple kw) {
        String env = SysConfig.current().breakpointVariable();
        if (env == null || env.isEmpty()) {
            env = "pdb.set_trace";
        } else if (env.equals("0")) {
            return PyNone.NONE;
        }
        int dot = env.lastIndexOf('.');
        String module = dot < 0 ? "builtins" : env.substring(0, dot);
        String attr = dot < 0 ? env : env.substring(dot + 1);
        PyObject hook;
        try {
            PyObject importer = interp.builtins.getDict().getStr("__import__");
            PyObject mod = Abstract.call(importer, PyUnicode.of(module), PyNone.NONE, PyNone.NONE,
                    new PyTuple(PyUnicode.of(attr)), PyLong.of(0));
            hook = Abstract.getAttr(mod, attr);
        } catch (PyException e) {
            if (!e.matches(PyExc.ImportError) && !e.matches(PyExc.AttributeError)) {
                throw e;
            }
            warnRuntime("Ignoring unimportable $PYTHONBREAKPOINT: \"" + env + "\"");
            return PyNone.NONE;
        }
        return Abstract.call(hook, a, off, n, kw);
    }

    /**
     * A RuntimeWarning through the warnings module (filters, source line), attributed to the
     * calling Python frame; written directly if that module cannot be imported.
     */
    private static void warnRuntime(String message) {
        try {
            PyObject warnings = org.taipan.vm.Interpreter.importModule("warnings", new org.taipan.objects.PyDict(),
                    PyNone.NONE, 0);
            Abstract.call(Abstract.getAttr(warnings, "warn"), PyUnicode.of(message), PyExc.RuntimeWarning);
            return;
        } catch (PyException e) {
            if (!e.matches(PyExc.ImportError)) {
                throw e;
            }
        }
        warnRuntimeDirectly(message);
    }

    private static void warnRuntimeDirectly(String message) {
        PyFrame f = ThreadState.current().frame;
        String where = f == null ? "sys:1: " : f.code.data.filename + ":" + f.lineno() + ": ";
        StdStream.writeTo(SysModule.stream("stderr"), where + "RuntimeWarning: " + message + "\n");
    }

    /**
     * {@code sys.executable}: the absolute path of the launcher the program was started with
     * (the {@code taipan} script passes it as a system property), or "" when embedded, as
     * CPython's empty string when it cannot tell.
     */
    static String executable() {
        String launcher = System.getProperty("taipan.executable");
        if (launcher == null || launcher.isEmpty()) {
            return "";
        }
        return java.nio.file.Paths.get(launcher).toAbsolutePath().normalize().toString();
    }
}
