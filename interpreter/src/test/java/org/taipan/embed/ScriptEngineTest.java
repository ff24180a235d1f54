package org.taipan.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.function.IntBinaryOperator;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JSR-223 engine found through javax.script's service lookup. */
class ScriptEngineTest {
    @AfterEach
    void finish() {
        PythonRuntime.finalizeRuntime();
    }

    private static ScriptEngine engine() {
        ScriptEngine e = new ScriptEngineManager().getEngineByName("python");
        assertTrue(e instanceof TaipanScriptEngine);
        return e;
    }

    @Test
    void foundByNameExtensionAndMimeType() {
        ScriptEngineManager m = new ScriptEngineManager();
        assertTrue(m.getEngineByName("taipan") instanceof TaipanScriptEngine);
        assertTrue(m.getEngineByExtension("py") instanceof TaipanScriptEngine);
        assertTrue(m.getEngineByMimeType("text/x-python") instanceof TaipanScriptEngine);
        ScriptEngine e = m.getEngineByName("python");
        assertEquals("3.11.7", e.getFactory().getLanguageVersion());
        assertEquals("python", e.getFactory().getParameter(ScriptEngine.LANGUAGE));
        assertEquals("MULTITHREADED", e.getFactory().getParameter("THREADING"));
        assertEquals("print(\"it's\")", e.getFactory().getOutputStatement("it's"), "Python's repr quoting");
        assertEquals("o.m(a, b)", e.getFactory().getMethodCallSyntax("o", "m", "a", "b"));
        assertFalse(GilState.check(), "creating an engine leaves the GIL free");
    }

    @Test
    void bindingsAreGlobals() throws Exception {
        ScriptEngine e = engine();
        e.put("n", 20);
        assertNull(e.eval("result = [n * 2, type(n).__name__]"), "statements give null");
        assertEquals(List.of(40L, "int"), e.get("result"));
        assertEquals(41L, e.eval("result[0] + 1"), "an expression gives its value");
        Bindings b = e.getBindings(ScriptContext.ENGINE_SCOPE);
        assertTrue(b instanceof GlobalsBindings);
        assertTrue(b.containsKey("result"));
        b.remove("result");
        ScriptException x = assertThrows(ScriptException.class, () -> e.eval("result"));
        assertTrue(x.getCause() instanceof PythonException);
        assertEquals("NameError", ((PythonException) x.getCause()).pythonTypeName());
        e.eval("def twice(v):\n    return v * 2\n");
        assertTrue(b.keySet().contains("twice"));
        Bindings fresh = e.createBindings();
        fresh.put("n", 1);
        assertEquals(1L, e.eval("n", fresh));
        assertEquals(20L, e.eval("n"), "each bindings object is its own namespace");
    }

    @Test
    void plainBindingsAndTheGlobalScope() throws Exception {
        ScriptEngine e = engine();
        SimpleBindings plain = new SimpleBindings();
        plain.put("xs", List.of(3, 1, 2));
        e.getContext().setBindings(plain, ScriptContext.ENGINE_SCOPE);
        new ScriptEngineManager().getBindings();
        e.getContext().setBindings(new SimpleBindings(java.util.Map.of("factor", 10)), ScriptContext.GLOBAL_SCOPE);
        assertNull(e.eval("ys = sorted(v * factor for v in xs)"));
        assertEquals(List.of(10L, 20L, 30L), plain.get("ys"), "copied back out");
        assertFalse(plain.containsKey("factor"), "global-scope names are not copied into the engine scope");
    }

    @Test
    void outputGoesToTheContextWriters() throws Exception {
        ScriptEngine e = engine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        SimpleScriptContext ctx = new SimpleScriptContext();
        ctx.setBindings(e.createBindings(), ScriptContext.ENGINE_SCOPE);
        ctx.setWriter(out);
        ctx.setErrorWriter(err);
        e.eval("import sys\nprint('to out', 1)\nprint('to err', file=sys.stderr)", ctx);
        assertEquals("to out 1\n", out.toString());
        assertEquals("to err\n", err.toString());
    }

    @Test
    void errorsCarryFileAndLine() throws Exception {
        ScriptEngine e = engine();
        e.put(ScriptEngine.FILENAME, "calc.py");
        ScriptException x = assertThrows(ScriptException.class, () -> e.eval("a = 1\nb = 0\nc = a / b\n"));
        assertEquals("calc.py", x.getFileName());
        assertEquals(3, x.getLineNumber());
        assertTrue(x.getMessage().startsWith("ZeroDivisionError: division by zero"), x.getMessage());
        assertEquals("Traceback (most recent call last):\n  File \"calc.py\", line 3, in <module>\n"
                + "ZeroDivisionError: division by zero\n", ((PythonException) x.getCause()).formattedTraceback());
        ScriptException syntax = assertThrows(ScriptException.class, () -> e.eval("x = (1,\ny = 2\n"));
        assertEquals(1, syntax.getLineNumber());
        assertEquals("calc.py", syntax.getFileName());
    }

    public interface Shapes {
        double area(double w, double h);

        String name();
    }

    @Test
    void invocableAndCompilable() throws Exception {
        ScriptEngine e = engine();
        e.eval(new StringReader("def area(w, h):\n    return w * h\ndef name():\n    return 'rect'\n"
                + "class Adder:\n    def applyAsInt(self, a, b):\n        return a + b\nadder = Adder()\n"));
        Invocable inv = (Invocable) e;
        assertEquals(6.0, inv.invokeFunction("area", 2.0, 3.0));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("perimeter", 1));
        Shapes s = inv.getInterface(Shapes.class);
        assertEquals(12.5, s.area(2.5, 5));
        assertEquals("rect", s.name());
        Object adder = e.eval("adder");
        assertEquals(7L, inv.invokeMethod(adder, "applyAsInt", 3, 4));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeMethod(adder, "nothing"));
        IntBinaryOperator op = inv.getInterface(adder, IntBinaryOperator.class);
        assertEquals(3, op.applyAsInt(1, 2), "Python's int returned as the method's int");
        CompiledScript cs = ((Compilable) e).compile("counter = counter + 1 if 'counter' in globals() else 1");
        cs.eval();
        cs.eval();
        assertEquals(2L, e.get("counter"));
        assertSame(e, cs.getEngine());
        assertEquals(9L, ((Compilable) e).compile("4 + 5").eval());
    }

    @Test
    void callsFromManyThreads() throws Exception {
        ScriptEngine e = engine();
        e.eval("hits = 0\ndef hit():\n    global hits\n    hits += 1\n");
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 500; k++) {
                    try {
                        ((Invocable) e).invokeFunction("hit");
                    } catch (ScriptException | NoSuchMethodException x) {
                        throw new RuntimeException(x);
                    }
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(2000L, e.eval("hits"));
    }
}
