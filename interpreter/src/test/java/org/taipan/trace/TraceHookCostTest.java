package org.taipan.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyException;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.Interpreter;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.ThreadState;
import org.taipan.vm.trace.TraceEvent;
import org.taipan.vm.trace.TraceHook;
import org.taipan.vm.trace.Tracing;

/**
 * What a Java-level hook costs and when it takes effect: delivering CALL, LINE and RETURN events
 * to a per-thread hook allocates nothing (measured with the thread's allocation counter against
 * the same program run without the hook), and a hook installed from another thread reaches a
 * thread that is already running a loop.
 */
class TraceHookCostTest {
    private static final String CALLS = "def f(x):\n    y = x\n    return y\n"
            + "def run(n):\n    i = 0\n    while i < n:\n        f(i)\n        i += 1\n";

    /** Counts events; allocates nothing itself. */
    private static final class Counter implements TraceHook {
        long events;

        @Override
        public void trace(Object obj, org.taipan.vm.PyFrame frame, TraceEvent what, org.taipan.objects.PyObject arg) {
            events++;
        }
    }

    private static void onOwnThread(Runnable body) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            ThreadState ts = ThreadState.current();
            ts.interp.gil.acquire();
            try {
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                ts.interp.gil.release();
            }
        }, "trace-cost", 64L << 20);
        t.start();
        t.join(120_000);
        assertFalse(t.isAlive(), "timed out");
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    private static PyDict module(String source) {
        PyDict g = new PyDict();
        g.setStr("__name__", PyUnicode.of("__cost__"));
        Interpreter.exec(Interpreter.compile(source, "<cost>", "exec"), g, g);
        return g;
    }

    private static long allocatedRunning(PyCode call, PyDict g) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(id);
        Interpreter.exec(call, g, g);
        return mx.getThreadAllocatedBytes(id) - before;
    }

    @Test
    void javaHookEventsAllocateNothing() throws Exception {
        Interpreter.ensureInitialized();
        onOwnThread(() -> {
            ThreadState ts = ThreadState.current();
            PyDict g = module(CALLS);
            PyCode call = Interpreter.compile("run(200)", "<cost>", "exec");
            Counter counter = new Counter();
            long with = Long.MAX_VALUE;
            long without = Long.MAX_VALUE;
            // Warm up both paths, then keep the smallest of several measurements of each.
            for (int round = 0; round < 30; round++) {
                Tracing.setTrace(ts, counter, null);
                counter.events = 0;
                with = Math.min(with, allocatedRunning(call, g));
                Tracing.setTrace(ts, null, null);
                without = Math.min(without, allocatedRunning(call, g));
            }
            // Per f(i): CALL, 2 LINE, RETURN; per loop round 3 LINE in run; plus run's own.
            assertTrue(counter.events >= 200 * 7, "events: " + counter.events);
            long extra = with - without;
            assertTrue(extra < 4096, "the hook's " + counter.events + " events allocated " + extra
                    + " bytes more than the untraced run (" + without + ")");
        });
    }

    @Test
    void hookInstalledFromAnotherThreadReachesARunningLoop() throws Exception {
        Interpreter.ensureInitialized();
        CountDownLatch looping = new CountDownLatch(1);
        AtomicReference<ThreadState> runner = new AtomicReference<>();
        AtomicReference<String> outcome = new AtomicReference<>("nothing");
        Thread t = new Thread(null, () -> {
            ThreadState ts = ThreadState.current();
            runner.set(ts);
            ts.interp.gil.acquire();
            try {
                PyDict g = module("def spin(flag):\n    flag()\n    while True:\n        pass\n");
                g.setStr("started", new org.taipan.objects.PyBuiltinFunction("started", null, (self, a, off, n, kw) -> {
                    looping.countDown();
                    return org.taipan.objects.PyNone.NONE;
                }));
                Interpreter.exec(Interpreter.compile("spin(started)", "<spin>", "exec"), g, g);
                outcome.set("loop ended by itself");
            } catch (PyException e) {
                outcome.set(e.value.getType().getName());
            } finally {
                ts.interp.gil.release();
            }
        }, "spinner", 64L << 20);
        t.setDaemon(true);
        t.start();
        assertTrue(looping.await(60, TimeUnit.SECONDS), "the loop did not start");
        TraceHook stopper = (obj, frame, what, arg) -> {
            if (what == TraceEvent.LINE) {
                throw PyExc.raise(PyExc.KeyError, "stopped by the hook");
            }
        };
        Tracing.setTrace(runner.get(), stopper, null);
        t.join(60_000);
        assertFalse(t.isAlive(), "the running thread never saw the hook");
        assertEquals("KeyError", outcome.get());
        Tracing.setTrace(runner.get(), null, null);
    }

    @Test
    void allThreadsInstallationReachesNewThreads() throws Exception {
        Interpreter.ensureInitialized();
        Counter counter = new Counter();
        Tracing.setProfileAllThreads(InterpreterState.main(), counter, null);
        try {
            onOwnThread(() -> module("def f():\n    return 1\nf()\nf()\n"));
        } finally {
            Tracing.setProfileAllThreads(InterpreterState.main(), null, null);
        }
        // <module> call/return and two calls of f, each a call and a return.
        assertEquals(6, counter.events);
    }
}
