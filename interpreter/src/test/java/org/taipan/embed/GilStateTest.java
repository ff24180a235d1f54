package org.taipan.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBuiltinFunction;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyNone;
import org.taipan.vm.ThreadState;

/**
 * The GIL from Java threads: PyGILState_Ensure/Release/Check, Py_BEGIN/END_ALLOW_THREADS,
 * switching between threads running Python, Py_AddPendingCall, PyThreadState_SetAsyncExc and
 * the SIGINT handler of Py_InitializeEx(1).
 */
class GilStateTest {
    private PythonRuntime rt;

    @BeforeEach
    void start() {
        rt = PythonRuntime.initialize();
    }

    @AfterEach
    void finish() {
        PythonRuntime.finalizeRuntime();
    }

    /** Runs {@code body} on a new thread and waits for it; returns what it threw. */
    private static Throwable onThread(Runnable body) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        t.join(30_000);
        assertFalse(t.isAlive(), "thread finished");
        return thrown.get();
    }

    /** A Python callable that counts {@code latch} down: lets a program say where it has got to. */
    private static PyBuiltinFunction signal(String name, CountDownLatch latch) {
        return new PyBuiltinFunction(name, null, (self, args, off, n, kw) -> {
            latch.countDown();
            return PyNone.NONE;
        });
    }

    @Test
    void ensureGivesAnyThreadAStateAndTheGil() throws Exception {
        assertTrue(GilState.check());
        try (AllowThreads saved = AllowThreads.begin()) {
            assertFalse(GilState.check());
            assertNull(onThread(() -> {
                assertFalse(GilState.check());
                assertNull(GilState.thisThreadState());
                ThreadState ts;
                try (GilState outer = GilState.ensure()) {
                    assertTrue(GilState.check());
                    ts = outer.threadState();
                    assertSame(ts, ThreadStates.get());
                    assertSame(rt.mainInterpreter(), ts.interp);
                    assertTrue(rt.mainInterpreter().threads().contains(ts));
                    try (GilState inner = GilState.ensure()) {
                        assertSame(ts, inner.threadState(), "nested ensure reuses the state");
                    }
                    assertTrue(GilState.check(), "the outer ensure still holds it");
                    Run.string("from_thread = 1");
                }
                assertFalse(GilState.check());
                assertFalse(rt.mainInterpreter().threads().contains(ts), "release deleted the state ensure made");
                assertNull(GilState.thisThreadState());
            }));
            assertThrows(IllegalStateException.class, AllowThreads::begin, "not held");
        }
        assertTrue(GilState.check(), "restored");
        assertEquals(1L, Run.eval("from_thread"));
    }

    @Test
    void releasingTwiceOrElsewhereIsAnError() throws Exception {
        GilState g = GilState.ensure();
        assertTrue(onThread(g::close) instanceof IllegalStateException);
        g.close();
        assertThrows(IllegalStateException.class, g::close);
        assertTrue(GilState.check(), "initialize's hold is untouched");
    }

    @Test
    void aThreadWaitsForTheGilUntilTheHolderLetsGo() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try (GilState g = GilState.ensure()) {
                entered.countDown();
            }
        });
        t.start();
        assertFalse(entered.await(200, TimeUnit.MILLISECONDS), "blocked while this thread holds the GIL");
        try (AllowThreads saved = AllowThreads.begin()) {
            assertTrue(entered.await(30, TimeUnit.SECONDS));
        }
        t.join();
    }

    @Test
    void threadsRunningPythonSwitchAtTheSwitchInterval() throws Exception {
        Run.string("import sys\nsys.setswitchinterval(0.001)\nstop = False\nspins = 0");
        CountDownLatch spinning = new CountDownLatch(1);
        Run.mainDict().setStr("spinning", signal("spinning", spinning));
        try (AllowThreads saved = AllowThreads.begin()) {
            Thread spinner = new Thread(() -> Run.string(
                    "while not stop:\n    spins += 1\n    if spins == 1:\n        spinning()\n"));
            spinner.start();
            // Wait until the spinner is really in its loop (it may start late under load).
            assertTrue(spinning.await(30, TimeUnit.SECONDS), "the spinner started");
            // The spinner never blocks: this thread gets the GIL only by the forced switch.
            assertNull(onThread(() -> Run.string("stop = True")));
            spinner.join(30_000);
            assertFalse(spinner.isAlive());
        }
        assertTrue((Long) Run.eval("spins") > 0);
    }

    @Test
    void pendingCallsRunInTheMainThread() throws Exception {
        Run.string("flag = False");
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        Thread scheduler = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            rt.addPendingCall(() -> {
                ranOn.set(Thread.currentThread());
                assertTrue(GilState.check());
                Run.mainDict().setStr("flag", PyBool.TRUE);
            });
        });
        scheduler.start();
        Run.string("n = 0\nwhile not flag:\n    n += 1\n");
        scheduler.join();
        assertSame(Thread.currentThread(), ranOn.get());
        rt.addPendingCall(() -> {
            throw PyExc.valueError("from a pending call");
        });
        PythonException e = assertThrows(PythonException.class, () -> Run.string("for i in range(10):\n    pass\n"));
        assertEquals("ValueError: from a pending call", e.getMessage());
    }

    @Test
    void asyncExceptionsInterruptAnotherThread() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Run.mainDict().setStr("started", org.taipan.embed.Conversion.toPython(false));
        try (AllowThreads saved = AllowThreads.begin()) {
            Thread worker = new Thread(() -> {
                try {
                    Run.string("started = True\nwhile True:\n    pass\n");
                } catch (Throwable e) {
                    thrown.set(e);
                }
            });
            worker.start();
            try (GilState g = GilState.ensure()) {
                while (!Boolean.TRUE.equals(Run.eval("started"))) {
                    try (AllowThreads wait = AllowThreads.begin()) {
                        Thread.sleep(5);
                    }
                }
                assertEquals(1, ThreadStates.setAsyncExc(worker.getId(), PyExc.ValueError));
                assertEquals(0, ThreadStates.setAsyncExc(-12345, PyExc.ValueError));
            }
            worker.join(30_000);
            assertFalse(worker.isAlive());
        }
        assertTrue(thrown.get() instanceof PythonException);
        assertEquals("ValueError", ((PythonException) thrown.get()).pythonTypeName());
        assertNotSame(null, running);
    }

    @Test
    @Timeout(120)
    void sigintRaisesKeyboardInterruptInTheMainThread() throws Exception {
        assumeFalse(SignalHandlers.ignoredAtStart, "SIGINT is ignored by this process (a background job)");
        assertTrue(rt.signalHandlersInstalled());
        // The signal is raised only once the main thread runs its loop, never before.
        CountDownLatch looping = new CountDownLatch(1);
        Run.mainDict().setStr("looping", signal("looping", looping));
        Thread signaller = new Thread(() -> {
            try {
                if (!looping.await(30, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
            sun.misc.Signal.raise(new sun.misc.Signal("INT"));
        });
        signaller.start();
        PythonException e = assertThrows(PythonException.class, () -> Run.string("looping()\nwhile True:\n    pass\n"));
        signaller.join();
        assertEquals("KeyboardInterrupt", e.getMessage());
        assertTrue(e.formattedTraceback().endsWith("\nKeyboardInterrupt\n"), e.formattedTraceback());
    }
}
