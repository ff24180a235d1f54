package org.taipan.embed;

import java.io.Reader;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.Map;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.Interpreter;
import org.taipan.vm.ThreadState;

/**
 * The JSR-223 engine: scripts run in the main interpreter with the engine-scope bindings as their
 * globals ({@link GlobalsBindings}; other Bindings are copied in before and out after a run),
 * global-scope names visible as globals too, and {@code sys.stdout}/{@code sys.stderr} writing to
 * the context's writers during the run. {@code eval} returns the value of a script that is a
 * single expression, else null. Python exceptions become ScriptExceptions with the Python file and
 * line, caused by a {@link PythonException}. The runtime is initialized on first use (without
 * signal handlers); any thread may call the engine, each call taking the GIL.
 */
public final class TaipanScriptEngine extends AbstractScriptEngine implements Invocable, Compilable {
    private final ScriptEngineFactory factory;

    TaipanScriptEngine(ScriptEngineFactory factory) {
        this.factory = factory;
        ensureRuntime();
        setBindings(createBindings(), ScriptContext.ENGINE_SCOPE);
    }

    /** Initializes the runtime if needed, leaving the GIL free for whichever thread calls next. */
    private static void ensureRuntime() {
        synchronized (PythonRuntime.class) {
            if (!PythonRuntime.isInitialized()) {
                PythonRuntime.initialize(false);
                ThreadStates.get().save();
            }
        }
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    @Override
    public Bindings createBindings() {
        ensureRuntime();
        return new GlobalsBindings();
    }

    @Override
    public Object eval(Reader reader, ScriptContext ctx) throws ScriptException {
        return eval(read(reader), ctx);
    }

    @Override
    public Object eval(String script, ScriptContext ctx) throws ScriptException {
        return compile(script, ctx).eval(ctx);
    }

    @Override
    public CompiledScript compile(String script) throws ScriptException {
        return compile(script, context);
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(read(script));
    }

    private CompiledScript compile(String script, ScriptContext ctx) throws ScriptException {
        Object name = ctx.getAttribute(ScriptEngine.FILENAME);
        String filename = name instanceof String ? (String) name : "<script>";
        ensureRuntime();
        Object[] compiled = inPython(() -> {
            try {
                return new Object[] {Interpreter.compile(script, filename, "eval"), true};
            } catch (PyException e) {
                if (!e.matches(PyExc.SyntaxError)) {
                    throw e;
                }
                return new Object[] {Interpreter.compile(script, filename, "exec"), false};
            }
        });
        PyCode code = (PyCode) compiled[0];
        boolean expression = (Boolean) compiled[1];
        return new CompiledScript() {
            @Override
            public Object eval(ScriptContext c) throws ScriptException {
                return run(c, g -> {
                    PyObject r = Interpreter.exec(code, g, g);
                    return expression ? Conversion.toJava(r) : null;
                });
            }

            @Override
            public ScriptEngine getEngine() {
                return TaipanScriptEngine.this;
            }
        };
    }

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        PyObject[] f = new PyObject[1];
        Object r = run(context, g -> {
            f[0] = g.getStr(name);
            return f[0] == null ? null : Conversion.toJava(Abstract.call(f[0], toPython(args)));
        });
        if (f[0] == null) {
            throw new NoSuchMethodException(name);
        }
        return r;
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (!(thiz instanceof PyObject)) {
            throw new IllegalArgumentException("not a Python object: " + thiz);
        }
        PyObject[] m = new PyObject[1];
        Object r = run(context, g -> {
            m[0] = Abstract.getAttrOrNull((PyObject) thiz, name);
            return m[0] == null ? null : Conversion.toJava(Abstract.call(m[0], toPython(args)));
        });
        if (m[0] == null) {
            throw new NoSuchMethodException(name);
        }
        return r;
    }

    @Override
    public <T> T getInterface(Class<T> iface) {
        return proxy(null, iface);
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> iface) {
        if (!(thiz instanceof PyObject)) {
            throw new IllegalArgumentException("not a Python object: " + thiz);
        }
        return proxy((PyObject) thiz, iface);
    }

    /** An implementation of {@code iface} whose methods call the Python functions (or methods) of the same names. */
    private <T> T proxy(PyObject thiz, Class<T> iface) {
        if (iface == null || !iface.isInterface()) {
            throw new IllegalArgumentException("not an interface: " + iface);
        }
        Object p = Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "equals":
                        return self == args[0];
                    case "hashCode":
                        return System.identityHashCode(self);
                    default:
                        return "Python implementation of " + iface.getName();
                }
            }
            Object[] a = args == null ? new Object[0] : args;
            Object r = thiz == null ? invokeFunction(method.getName(), a) : invokeMethod(thiz, method.getName(), a);
            return toReturnType(r, method.getReturnType());
        });
        return iface.cast(p);
    }

    /** A converted Python result as the Java method's return type (int from a Python int, …). */
    private static Object toReturnType(Object r, Class<?> type) {
        if (type == void.class) {
            return null;
        }
        if (r instanceof Number) {
            Number n = (Number) r;
            if (type == int.class || type == Integer.class) {
                return n.intValue();
            }
            if (type == long.class || type == Long.class) {
                return n.longValue();
            }
            if (type == double.class || type == Double.class) {
                return n.doubleValue();
            }
            if (type == float.class || type == Float.class) {
                return n.floatValue();
            }
            if (type == short.class || type == Short.class) {
                return n.shortValue();
            }
            if (type == byte.class || type == Byte.class) {
                return n.byteValue();
            }
        }
        return r;
    }

    /** The body of a run, given the globals. */
    private interface Body {
        Object run(PyDict globals);
    }

    /**
     * Runs {@code body} under the GIL with the context's globals and writers; copies plain
     * Bindings in and out around it.
     */
    private Object run(ScriptContext ctx, Body body) throws ScriptException {
        Bindings engineScope = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
        Bindings globalScope = ctx.getBindings(ScriptContext.GLOBAL_SCOPE);
        return inPython(() -> {
            PyDict g;
            boolean copied = !(engineScope instanceof GlobalsBindings);
            if (copied) {
                g = PythonRuntime.newMainModule(PythonRuntime.get().mainInterpreter()).getDict();
                if (engineScope != null) {
                    for (Map.Entry<String, Object> e : engineScope.entrySet()) {
                        g.setStr(e.getKey(), Conversion.toPython(e.getValue()));
                    }
                }
            } else {
                g = ((GlobalsBindings) engineScope).globals();
            }
            PyDict added = new PyDict();
            if (globalScope != null) {
                for (Map.Entry<String, Object> e : globalScope.entrySet()) {
                    if (!g.containsStr(e.getKey())) {
                        PyObject v = Conversion.toPython(e.getValue());
                        g.setStr(e.getKey(), v);
                        added.setStr(e.getKey(), v);
                    }
                }
            }
            PyDict sys = ThreadState.current().interp.sys.getDict();
            PyObject oldOut = sys.getStr("stdout");
            PyObject oldErr = sys.getStr("stderr");
            sys.setStr("stdout", new WriterStream(ctx.getWriter()));
            sys.setStr("stderr", new WriterStream(ctx.getErrorWriter()));
            try {
                return body.run(g);
            } finally {
                flushQuietly(sys.getStr("stdout"));
                flushQuietly(sys.getStr("stderr"));
                sys.setStr("stdout", oldOut);
                sys.setStr("stderr", oldErr);
                for (Map.Entry<PyObject, PyObject> e : added.entries()) {
                    if (g.getItem(e.getKey()) == e.getValue()) {
                        g.delItemOrNull(e.getKey());
                    }
                }
                if (copied && engineScope != null) {
                    for (Map.Entry<PyObject, PyObject> e : g.entries()) {
                        if (e.getKey() instanceof PyUnicode && !((PyUnicode) e.getKey()).value.startsWith("__")) {
                            engineScope.put(((PyUnicode) e.getKey()).value, Conversion.toJava(e.getValue()));
                        }
                    }
                }
            }
        });
    }

    private static void flushQuietly(PyObject stream) {
        try {
            if (stream != null) {
                Abstract.callMethod(stream, "flush");
            }
        } catch (PyException e) {
            // the run's own outcome matters more than a failing flush
        }
    }

    /** A computation in Python under the GIL; Python exceptions become ScriptExceptions. */
    private interface PythonWork<T> {
        T run();
    }

    private static <T> T inPython(PythonWork<T> work) throws ScriptException {
        try (GilState g = GilState.ensure()) {
            try {
                return work.run();
            } catch (PyException e) {
                PythonException pe = new PythonException(e);
                ScriptException se = new ScriptException(pe.getMessage(), pe.fileName(), pe.lineNumber());
                se.initCause(pe);
                throw se;
            }
        }
    }

    private static PyObject[] toPython(Object[] args) {
        PyObject[] a = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = Conversion.toPython(args[i]);
        }
        return a;
    }

    private static String read(Reader r) throws ScriptException {
        try {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[8192];
            for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
                b.append(buf, 0, n);
            }
            return b.toString();
        } catch (IOException e) {
            throw new ScriptException(e);
        }
    }
}
