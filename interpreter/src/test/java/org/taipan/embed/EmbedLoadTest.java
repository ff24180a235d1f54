package org.taipan.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.taipan.objects.PyObject;

/**
 * 8 Java threads each make 10,000 calls into Python, each under its own PyGILState_Ensure/Release:
 * no deadlock (every thread ends), no lost update (the Python counter ends at 80,000, and each
 * thread's own tally matches). The time is reported, not asserted.
 */
class EmbedLoadTest {
    private static final int THREADS = 8;
    private static final int CALLS = 10_000;

    @Test
    void eightThreadsTimesTenThousandCalls() throws Exception {
        try (PythonRuntime rt = PythonRuntime.initialize(false)) {
            Run.string("counter = 0\nper_thread = {}\n"
                    + "def bump(name):\n"
                    + "    global counter\n"
                    + "    counter += 1\n"
                    + "    per_thread[name] = per_thread.get(name, 0) + 1\n"
                    + "    return counter\n");
            PyObject bump = Run.mainDict().getStr("bump");
            AtomicReference<Throwable> failure = new AtomicReference<>();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                String name = "worker-" + i;
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                        for (int k = 0; k < CALLS; k++) {
                            try (GilState g = GilState.ensure()) {
                                Call.call(bump, name);
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }, name);
                threads.add(t);
                t.start();
            }
            long start;
            try (AllowThreads saved = AllowThreads.begin()) {
                start = System.nanoTime();
                go.countDown();
                for (Thread t : threads) {
                    t.join(600_000);
                    assertFalse(t.isAlive(), t.getName() + " finished (no deadlock)");
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertNull(failure.get());
            assertEquals((long) THREADS * CALLS, Run.eval("counter"));
            for (int i = 0; i < THREADS; i++) {
                assertEquals((long) CALLS, Run.eval("per_thread['worker-" + i + "']"));
            }
            assertEquals(1, rt.mainInterpreter().threads().size(), "every ensure's thread state was deleted");
            System.out.println("embed load: " + THREADS + " threads x " + CALLS + " ensure/call/release in "
                    + millis + " ms (" + (millis * 1_000_000L / ((long) THREADS * CALLS)) + " ns per call)");
        }
    }
}
