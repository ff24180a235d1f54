package org.taipan.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.ThreadState;
import org.taipan.vm.trace.TraceEvent;
import org.taipan.vm.trace.Tracing;

/** Thread states, sub-interpreters, and iterating over them (PyThreadState_*, Py_NewInterpreter …). */
class ThreadStatesTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PythonRuntime rt;

    @BeforeEach
    void start() {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        rt = PythonRuntime.initialize(new RuntimeConfig().standardStreams(ps, ps));
    }

    @AfterEach
    void finish() {
        PythonRuntime.finalizeRuntime();
    }

    @Test
    void newSwapGetDictClearDelete() {
        ThreadState main = ThreadStates.get();
        assertSame(main, GilState.thisThreadState());
        ThreadState other = ThreadStates.create(rt.mainInterpreter());
        assertTrue(ThreadStates.threads(rt.mainInterpreter()).contains(other));
        assertSame(main, ThreadStates.get(), "a new state is not current");
        assertSame(main, ThreadStates.swap(other));
        assertSame(other, ThreadStates.get());
        assertTrue(GilState.check(), "the GIL went with the swap");
        Run.string("import sys\ndef f():\n    return sys._getframe()\nframe_seen = f() is not None");
        assertEquals(true, Run.eval("frame_seen"));
        PyDict d = ThreadStates.getDict();
        assertSame(d, ThreadStates.getDict(other));
        d.setStr("k", PyUnicode.of("v"));
        assertSame(other, ThreadStates.swap(null));
        assertNull(ThreadStates.currentOrNull());
        assertThrows(IllegalStateException.class, ThreadStates::get);
        assertNull(ThreadStates.swap(main));
        assertSame(main, ThreadStates.get());
        assertTrue(GilState.check(), "swapping through none keeps the GIL");
        assertNotSame(d, ThreadStates.getDict(), "each thread state has its own dict");
        assertEquals("v", ((PyUnicode) ThreadStates.getDict(other).getStr("k")).value);
        Tracing.setTrace(other, (obj, f, what, arg) -> { }, null);
        ThreadStates.clear(other);
        assertNull(other.traceHook, "clear drops the hooks");
        assertNull(ThreadStates.getDict(other).getStr("k"), "clear drops the dict");
        ThreadStates.delete(other);
        assertFalse(ThreadStates.threads(rt.mainInterpreter()).contains(other));
    }

    @Test
    void subInterpretersAreIsolated() {
        Run.string("import sys\nsys.path.append('/main-only')\nimport string\nmarker = 'main'");
        InterpreterState mainInterp = rt.mainInterpreter();
        SubInterpreter sub = SubInterpreter.create();
        assertSame(sub.interpreterState(), ThreadStates.get().interp);
        assertSame(sub.threadState(), ThreadStates.get());
        assertTrue(GilState.check());
        assertEquals(List.of(mainInterp, sub.interpreterState()), rt.interpreters());
        assertEquals(false, Run.eval("'marker' in globals()"), "own __main__");
        assertEquals(false, Run.eval("'/main-only' in __import__('sys').path"), "own sys.path");
        assertEquals(false, Run.eval("'string' in __import__('sys').modules"), "own sys.modules");
        Run.string("import builtins\nbuiltins.only_here = 1\nimport sys\nsys.path.append('/sub-only')\n"
                + "import atexit\natexit.register(print, 'sub exits')\nprint('in sub', __name__)");
        assertTrue(sub.sysPath().toString().contains("/sub-only"));
        assertNotSame(sub.interpreterState().sys.getDict().getStr("stdout"), mainInterp.sys.getDict().getStr("stdout"),
                "own stdio objects");
        ThreadState extra = ThreadStates.create(sub.interpreterState());
        assertEquals(2, sub.interpreterState().threads().size());
        sub.close();
        assertTrue(sub.isEnded());
        assertEquals(0, sub.interpreterState().threads().size(), "ending it ends its thread states");
        assertFalse(sub.interpreterState().threads().contains(extra));
        assertEquals(List.of(mainInterp), rt.interpreters());
        assertSame(mainInterp, ThreadStates.get().interp, "the previous state is current again");
        assertTrue(GilState.check());
        assertEquals("main", Run.eval("marker"));
        assertEquals(false, Run.eval("hasattr(__import__('builtins'), 'only_here')"), "own builtins");
        assertEquals("in sub __main__\nsub exits\n", out.toString(StandardCharsets.UTF_8));
        sub.close(); // a no-op
    }

    @Test
    void finalizeEndsSubInterpreters() {
        SubInterpreter a = SubInterpreter.create();
        Run.string("import atexit\natexit.register(print, 'a ends')");
        ThreadStates.swap(a.threadState());
        SubInterpreter b = SubInterpreter.create();
        Run.string("import atexit\natexit.register(print, 'b ends')");
        assertEquals(3, rt.interpreters().size());
        assertEquals(2, rt.subInterpreters().size());
        PythonRuntime.finalizeRuntime();
        assertTrue(a.isEnded() && b.isEnded());
        assertEquals("a ends\nb ends\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void iteratingInterpretersAndThreadsForTools() throws Exception {
        SubInterpreter sub = SubInterpreter.create();
        ThreadStates.swap(ThreadStates.get()); // a no-op swap
        ThreadState back = null;
        for (ThreadState ts : ThreadStates.threads(rt.mainInterpreter())) {
            back = ts;
        }
        sub.close();
        List<String> seen = new ArrayList<>();
        try (AllowThreads saved = AllowThreads.begin()) {
            Thread t = new Thread(() -> {
                try (GilState g = GilState.ensure()) {
                    for (InterpreterState i : rt.interpreters()) {
                        for (ThreadState ts : ThreadStates.threads(i)) {
                            seen.add((i == rt.mainInterpreter() ? "main:" : "sub:") + ts.thread.getName());
                        }
                    }
                }
            }, "tool");
            t.start();
            t.join();
        }
        assertEquals(List.of("main:" + Thread.currentThread().getName(), "main:tool"), seen);
        assertSame(back, ThreadStates.get());
    }

    @Test
    void javaTraceHookPerThreadState() {
        Run.string("def work(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total\n");
        ThreadState ts = ThreadStates.get();
        int[] lines = new int[1];
        List<String> calls = new ArrayList<>();
        Tracing.setTrace(ts, (obj, f, what, arg) -> {
            if (what == TraceEvent.LINE) {
                lines[0]++;
            }
        }, null);
        Tracing.setProfile(ts, (obj, f, what, arg) -> {
            if (what == TraceEvent.CALL) {
                calls.add(f.code.data.name);
            }
        }, null);
        assertEquals(6L, Run.eval("work(4)"));
        Tracing.setTrace(ts, null, null);
        Tracing.setProfile(ts, null, null);
        // python3, sys.settrace around eval(compile('work(4)', '<string>', 'eval')): 12 line
        // events, <module> 1, then work's 2, (3, 4) four times, 3, 5.
        assertEquals(12, lines[0]);
        assertEquals(List.of("<module>", "work"), calls);
        assertEquals(6L, Run.eval("work(4)"));
        assertEquals(12, lines[0], "removed hooks see nothing");
    }
}
