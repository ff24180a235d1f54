package org.taipan.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;

/**
 * Running Python from Java (PyRun_*, Py_CompileString, PyEval_EvalCode, PyObject_Call), value
 * conversion both ways, and Python exceptions surfacing as PythonException with the traceback
 * CPython's PyRun_SimpleString prints (goldens by tools/record_embed_goldens.py).
 */
class RunAndCallTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        PythonRuntime.initialize(new RuntimeConfig().standardStreams(ps, ps));
    }

    @AfterEach
    void finish() {
        PythonRuntime.finalizeRuntime();
    }

    private String output() {
        Run.string("import sys\nsys.stdout.flush()");
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void stringsRunInMain() {
        Run.string("x = 6 * 7\nprint('x is', x)");
        assertEquals(42L, Run.eval("x"));
        assertEquals("x is 42\n", output());
        assertEquals(42L, Conversion.toJava(Run.mainDict().getStr("x")));
    }

    @Test
    void stringWithOwnNamespaces() {
        PyDict g = new PyDict();
        g.setStr("n", Conversion.toPython(5));
        Run.string("def sq(v):\n    return v * v\nm = sq(n)", Run.Mode.FILE, g, null);
        assertEquals(25L, Conversion.toJava(g.getStr("m")));
        assertEquals(30L, Conversion.toJava(Run.string("m + n", Run.Mode.EVAL, g, null)));
        PyDict locals = new PyDict();
        Run.string("k = n + 1", Run.Mode.FILE, g, locals);
        assertEquals(6L, Conversion.toJava(locals.getStr("k")));
        assertNull(g.getStr("k"));
        Run.string("n * 100", Run.Mode.SINGLE, g, null);
        assertEquals("500\n", output(), "single mode prints expression statements");
        assertNull(Run.mainDict().getStr("m"), "__main__ untouched");
    }

    @Test
    void compileAndEvalCode() {
        PyCode code = Run.compile("total = sum(range(n))", "<host>", Run.Mode.FILE);
        PyDict g = new PyDict();
        g.setStr("n", Conversion.toPython(10));
        Run.evalCode(code, g, null);
        assertEquals(45L, Conversion.toJava(g.getStr("total")));
        PythonException e = assertThrows(PythonException.class, () -> Run.compile("x = (1,\n", "<host>", Run.Mode.FILE));
        assertEquals("SyntaxError", e.pythonTypeName());
    }

    @Test
    void filesRunInMainWithFileSetDuringTheRun(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("script.py");
        Files.writeString(f, "import sys\nseen = __file__\nresult = [c.upper() for c in 'ab']\n");
        Run.file(f);
        assertEquals(List.of("A", "B"), Run.eval("result"));
        assertEquals(f.toString(), Run.eval("seen"));
        assertEquals(false, Run.eval("'__file__' in globals()"));
        Files.writeString(f, "def boom():\n    raise KeyError('k')\nboom()\n");
        PythonException e = assertThrows(PythonException.class, () -> Run.file(f));
        assertEquals("Traceback (most recent call last):\n  File \"" + f + "\", line 3, in <module>\n    boom()\n"
                + "  File \"" + f + "\", line 2, in boom\n    raise KeyError('k')\nKeyError: 'k'\n", e.formattedTraceback());
    }

    @Test
    void exceptionsCarryThePythonExceptionAndCPythonsTraceback() throws Exception {
        for (Map<String, Object> c : GoldenJson.resource("run_errors.json")) {
            String source = (String) c.get("source");
            PythonException e = assertThrows(PythonException.class, () -> Run.string(source), source);
            assertEquals(c.get("stderr"), e.formattedTraceback(), source);
            String last = ((String) c.get("stderr")).strip();
            last = last.substring(last.lastIndexOf('\n') + 1);
            // The message is "Type: str(exception)"; a SyntaxError's str() adds its location.
            assertTrue(e.getMessage().startsWith(last), e.getMessage());
            assertTrue(Abstract.isInstance(e.pythonException(), e.pythonType()));
        }
    }

    @Test
    void callingPythonWithJavaArguments() {
        Run.string("def describe(a, b=2, *rest, key=None):\n"
                + "    return [type(a).__name__, a, b, list(rest), key]\n"
                + "class Box:\n    def __init__(self, v):\n        self.v = v\n"
                + "    def scaled(self, k):\n        return self.v * k\n");
        PyObject describe = Run.mainDict().getStr("describe");
        assertEquals(List.of("int", 1L, 2L, List.of(), "k"), Conversion.toJava(
                Call.call(describe, List.of(1), Map.of("key", "k"))));
        assertEquals(Arrays.asList("str", "s", 3.5, Arrays.asList(true, null), null),
                Conversion.toJava(Call.call(describe, "s", 3.5, true, null)));
        PyObject box = Call.call(Run.mainDict().getStr("Box"), new BigInteger("100000000000000000000"));
        assertEquals(new BigInteger("300000000000000000000"), Conversion.toJava(Call.callMethod(box, "scaled", 3)));
        assertEquals(new BigInteger("100000000000000000000"), Conversion.toJava(Call.getAttr(box, "v")));
        PythonException e = assertThrows(PythonException.class, () -> Call.call(describe));
        assertEquals("TypeError: describe() missing 1 required positional argument: 'a'", e.getMessage());
        PyObject json = Call.importModule("os.path");
        assertEquals("a/b", Conversion.toJava(Call.callMethod(json, "join", "a", "b")));
        assertThrows(PythonException.class, () -> Call.importModule("no_such_module_anywhere"));
    }

    @Test
    void conversionBothWays() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", 2);
        m.put("a", List.of(1, "x", 2.5));
        PyObject d = Conversion.toPython(m);
        Run.mainDict().setStr("d", d);
        Run.mainDict().setStr("t", Conversion.toPython(new Object[] {1, 'c', (short) 3, (byte) 4, 5L, 1.5f}));
        Run.mainDict().setStr("raw", Conversion.toPython(new byte[] {104, 105}));
        Run.mainDict().setStr("s", Conversion.toPython(Set.of(7)));
        assertEquals("{'b': 2, 'a': [1, 'x', 2.5]}", Run.eval("repr(d)"));
        assertEquals("(1, 'c', 3, 4, 5, 1.5)", Run.eval("repr(t)"));
        assertEquals("b'hi' {7}", Run.eval("f'{raw!r} {s!r}'"));
        assertEquals(m.keySet().stream().toList(), List.copyOf(((Map<?, ?>) Run.eval("d")).keySet()), "dict order kept");
        assertEquals(Arrays.asList(true, false, null), Run.eval("[True, False, None]"));
        assertEquals(9223372036854775807L, Run.eval("2**63 - 1"));
        assertEquals(new BigInteger("9223372036854775808"), Run.eval("2**63"));
        assertEquals(-0.5, Run.eval("-1 / 2"));
        assertEquals("\u00e9\ud83d\ude00", Run.eval("'\\xe9\\U0001f600'"));
        assertArrayEquals(new byte[] {0, (byte) 255}, (byte[]) Run.eval("bytes([0, 255])"));
        assertEquals(List.of(1L, 2L), Run.eval("(1, 2)"));
        assertEquals(Set.of(1L, 2L), Run.eval("{1, 2}"));
        assertEquals(Set.of(3L), Run.eval("frozenset([3])"));
        Object obj = Run.eval("object()");
        assertTrue(obj instanceof PyObject);
        assertSame(obj, Conversion.toPython(obj));
        PyUnicode str = PyUnicode.of("kept");
        assertSame(str, Conversion.toPython(str));
        assertThrows(IllegalArgumentException.class, () -> Conversion.toPython(new Thread()));
    }

    @Test
    void systemExitIsAPythonExceptionToo() {
        PythonException e = assertThrows(PythonException.class, () -> Run.string("raise SystemExit(3)"));
        assertEquals("SystemExit", e.pythonTypeName());
        assertEquals(3L, Conversion.toJava(e.pythonException().attr("code")));
        assertEquals(1L, Run.eval("1"), "the runtime is still usable");
    }
}
