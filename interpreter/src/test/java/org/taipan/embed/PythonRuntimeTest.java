package org.taipan.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.taipan.vm.InterpreterState;

/** Py_Initialize / Py_IsInitialized / Py_FinalizeEx through {@link PythonRuntime}. */
class PythonRuntimeTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private RuntimeConfig captured() {
        return new RuntimeConfig().standardStreams(new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void finish() {
        PythonRuntime.finalizeRuntime();
        // A test that finalized from another thread leaves this thread bound to a dead state.
        ThreadStates.swap(null);
    }

    @Test
    void initializeLeavesTheCallerHoldingTheGil() {
        assertFalse(PythonRuntime.isInitialized());
        assertFalse(GilState.check());
        PythonRuntime rt = PythonRuntime.initialize();
        assertTrue(PythonRuntime.isInitialized());
        assertTrue(GilState.check());
        assertSame(rt.mainInterpreter(), ThreadStates.get().interp);
        // installed, unless this process started with SIGINT ignored (a background job)
        assertEquals(!SignalHandlers.ignoredAtStart, rt.signalHandlersInstalled());
        assertSame(rt, PythonRuntime.initialize(), "a second initialize is a no-op");
        assertTrue(PythonRuntime.finalizeRuntime());
        assertFalse(PythonRuntime.isInitialized());
        assertFalse(GilState.check(), "finalize releases the GIL");
        assertTrue(PythonRuntime.finalizeRuntime(), "a second finalize is a no-op");
        assertThrows(IllegalStateException.class, () -> Run.string("pass"));
    }

    @Test
    void withoutSignalHandlers() {
        assertFalse(PythonRuntime.initialize(false).signalHandlersInstalled());
    }

    @Test
    void finalizeRunsAtexitHandlersAndFlushes() {
        PythonRuntime.initialize(captured());
        Run.string("import atexit, sys\n"
                + "atexit.register(print, 'bye', 2)\n"
                + "atexit.register(lambda: sys.stderr.write('first\\n'))\n"
                + "sys.stdout.write('hi\\n')\n");
        assertTrue(PythonRuntime.finalizeRuntime());
        assertEquals("hi\nbye 2\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("first\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void reinitializingStartsAFreshInterpreter() {
        PythonRuntime first = PythonRuntime.initialize(captured());
        InterpreterState interp = first.mainInterpreter();
        Run.string("import sys\nsys.marker = 1\nleft_over = 5");
        first.close();
        first.close();
        assertFalse(PythonRuntime.isInitialized());
        try (PythonRuntime second = PythonRuntime.initialize(captured())) {
            assertNotSame(first, second);
            assertNotSame(interp, second.mainInterpreter());
            assertEquals(false, Run.eval("hasattr(__import__('sys'), 'marker')"));
            assertEquals(false, Run.eval("'left_over' in globals()"));
            assertEquals(7L, Run.eval("3 + 4"));
        }
        assertFalse(PythonRuntime.isInitialized());
    }

    @Test
    void finalizeFromAnotherThreadWaitsForTheGil() throws Exception {
        PythonRuntime.initialize(captured());
        Run.string("import atexit\natexit.register(print, 'done')");
        AllowThreads saved = AllowThreads.begin();
        boolean[] ok = new boolean[1];
        Thread t = new Thread(() -> ok[0] = PythonRuntime.finalizeRuntime());
        t.start();
        t.join(10_000);
        assertTrue(ok[0]);
        assertFalse(PythonRuntime.isInitialized());
        assertEquals("done\n", out.toString(StandardCharsets.UTF_8));
        assertFalse(saved.threadState().interp.threads().contains(saved.threadState()),
                "finalize deleted every thread state");
    }

    @Test
    void aHostThreadWaitingForTheGilAtFinalizationEnds() throws Exception {
        PythonRuntime.initialize(captured());
        Throwable[] thrown = new Throwable[1];
        Thread waiter = new Thread(() -> {
            try (GilState g = GilState.ensure()) {
                Run.string("pass");
            } catch (Throwable e) {
                thrown[0] = e;
            }
        });
        waiter.start();
        while (waiter.getState() != Thread.State.WAITING && waiter.getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(5);
        }
        assertTrue(PythonRuntime.finalizeRuntime(), "this thread holds the GIL and finalizes");
        waiter.join(10_000);
        assertFalse(waiter.isAlive());
        assertTrue(thrown[0] instanceof org.taipan.vm.Gil.ThreadExit, String.valueOf(thrown[0]));
    }

    @Test
    void finalizeJoinsPythonThreadsBeforeTheExitHandlers() {
        PythonRuntime.initialize(captured());
        // The worker is released only by threading's shutdown hook, so finalization must wait
        // for it whatever the machine's load.
        Run.string("import threading, time, atexit\n"
                + "go = threading.Event()\n"
                + "threading._register_atexit(go.set)\n"
                + "def slow():\n    go.wait()\n    print('worker done')\n"
                + "def forever():\n    while True:\n        time.sleep(0.01)\n"
                + "threading.Thread(target=slow).start()\n"
                + "threading.Thread(target=forever, daemon=True).start()\n"
                + "atexit.register(print, 'atexit')\n");
        // This thread keeps the GIL; the worker gets it once finalization waits for it.
        assertTrue(PythonRuntime.finalizeRuntime());
        assertEquals("worker done\natexit\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void initializeWhileAnotherThreadFinalizesDoesNotWaitForIt() throws Exception {
        PythonRuntime rt = PythonRuntime.initialize(captured());
        Thread finalizer = new Thread(PythonRuntime::finalizeRuntime);
        finalizer.start();
        while (finalizer.getState() != Thread.State.WAITING && finalizer.getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(5);
        }
        // The finalizer waits for the GIL this thread holds: initialize must answer at once.
        assertSame(rt, PythonRuntime.initialize());
        AllowThreads saved = AllowThreads.begin();
        finalizer.join(10_000);
        assertFalse(finalizer.isAlive());
        assertFalse(PythonRuntime.isInitialized());
        assertThrows(org.taipan.vm.Gil.ThreadExit.class, saved::close,
                "the GIL cannot be taken back after finalization");
    }

    @Test
    void mainModuleLooksLikeAnEmbeddedCPythons() {
        PythonRuntime.initialize(captured());
        // python3 -c "print(sorted(vars()))" without the -c: no __file__, no __cached__.
        assertEquals("['__annotations__', '__builtins__', '__doc__', '__loader__', '__name__', '__package__', '__spec__']",
                Run.eval("repr(sorted(vars()))"));
        assertEquals("__main__", Run.eval("__name__"));
        assertEquals("['']", Run.eval("repr(__import__('sys').argv)"));
    }
}
