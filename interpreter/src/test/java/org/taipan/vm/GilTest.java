package org.taipan.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.taipan.objects.PyBuiltinFunction;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;

/**
 * The GIL and the eval breaker: time-based switching lets a waiting thread in while another spins
 * in Python code; pending calls run in the main thread; asynchronous exceptions are raised in
 * their thread; {@code save}/{@code restore} release the GIL around blocking work.
 */
class GilTest {
    /** Runs {@code body} on a thread with a big stack; fails on a Java exception or a hang. */
    private static Thread start(Runnable body, AtomicReference<Throwable> failure) {
        Thread t = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }, "gil-test", 64L << 20);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void run(String source, PyDict g) {
        Interpreter.exec(Interpreter.compile(source, "<test>", "exec"), g, g);
    }

    private static PyDict globals(InterpreterState interp) {
        PyDict g = new PyDict();
        g.setStr("__builtins__", interp.builtins);
        return g;
    }

    private static void joinAll(AtomicReference<Throwable> failure, Thread... ts) throws Exception {
        for (Thread t : ts) {
            t.join(20_000);
            assertFalse(t.isAlive(), "thread hung: the GIL was never handed over");
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    @Test
    void spinningThreadIsAskedToDropTheGil() throws Exception {
        InterpreterState interp = InterpreterState.createMain();
        Interpreter.ensureInitialized();
        PyDict g = globals(interp);
        g.setStr("flag", new PyDict());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch spinning = new CountDownLatch(1);
        Thread a = start(() -> {
            ThreadState.bind(interp.attach(Thread.currentThread()));
            interp.gil.acquire();
            try {
                spinning.countDown();
                run("n = 0\nwhile 'b' not in flag:\n    n += 1\n", g);
            } finally {
                interp.gil.release();
            }
        }, failure);
        Thread b = start(() -> {
            ThreadState.bind(interp.attach(Thread.currentThread()));
            try {
                spinning.await();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            interp.gil.acquire();
            try {
                assertTrue(interp.gil.isHeld());
                run("flag['b'] = 1\n", g);
            } finally {
                interp.gil.release();
            }
            assertFalse(interp.gil.isHeld());
        }, failure);
        joinAll(failure, a, b);
    }

    @Test
    void pendingCallsRunInTheMainThreadAndMayRaise() throws Exception {
        InterpreterState interp = InterpreterState.createMain();
        Interpreter.ensureInitialized();
        PyDict g = globals(interp);
        g.setStr("box", new PyDict());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<String> ranOn = new AtomicReference<>();
        Thread main = start(() -> {
            ThreadState.bind(interp.attach(Thread.currentThread()));
            interp.gil.acquire();
            try {
                run("while 'done' not in box:\n    pass\n"
                        + "try:\n    while True:\n        pass\nexcept ValueError as e:\n    box['caught'] = str(e)\n", g);
            } finally {
                interp.gil.release();
            }
        }, failure);
        while (interp.mainThread == null) {
            Thread.sleep(1);
        }
        interp.addPendingCall(() -> {
            ranOn.set(Thread.currentThread().getName() + (interp.gil.isHeld() ? " holding" : " without"));
            ((PyDict) g.getStr("box")).setStr("done", PyUnicode.of("yes"));
        });
        while (ranOn.get() == null) {
            Thread.sleep(1);
        }
        // Queued only after the first ran, so it lands in the second loop, inside the try.
        interp.addPendingCall(() -> {
            throw PyExc.valueError("from a pending call");
        });
        joinAll(failure, main);
        assertEquals("gil-test holding", ranOn.get());
        assertEquals("from a pending call", ((PyUnicode) ((PyDict) g.getStr("box")).getStr("caught")).value);
    }

    @Test
    void asyncExceptionIsRaisedInItsThread() throws Exception {
        InterpreterState interp = InterpreterState.createMain();
        Interpreter.ensureInitialized();
        PyDict g = globals(interp);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<ThreadState> target = new AtomicReference<>();
        // The exception is only posted once the thread is inside the try (it calls entered()),
        // otherwise it could be raised before the handler exists.
        CountDownLatch inTry = new CountDownLatch(1);
        g.setStr("entered", new PyBuiltinFunction("entered", null, (self, args, off, n, kw) -> {
            inTry.countDown();
            return PyNone.NONE;
        }));
        Thread a = start(() -> {
            ThreadState ts = interp.attach(Thread.currentThread());
            ThreadState.bind(ts);
            interp.gil.acquire();
            try {
                target.set(ts);
                run("try:\n    entered()\n    while True:\n        pass\nexcept KeyError as e:\n"
                        + "    result = type(e).__name__\n", g);
            } finally {
                interp.gil.release();
            }
        }, failure);
        assertTrue(inTry.await(20, TimeUnit.SECONDS), "the thread never entered its try");
        target.get().setAsyncExc(PyExc.KeyError);
        joinAll(failure, a);
        PyObject r = g.getStr("result");
        assertEquals("KeyError", ((PyUnicode) r).value);
    }

    @Test
    void saveReleasesTheGilForOtherThreadsAndRestoreRetakesIt() throws Exception {
        InterpreterState interp = InterpreterState.createMain();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch saved = new CountDownLatch(1);
        CountDownLatch otherRan = new CountDownLatch(1);
        Thread a = start(() -> {
            ThreadState ts = interp.attach(Thread.currentThread());
            ThreadState.bind(ts);
            interp.gil.acquire();
            interp.gil.acquire(); // nested
            int depth = ts.save();
            assertEquals(2, depth);
            assertFalse(interp.gil.isHeld());
            saved.countDown();
            try {
                assertTrue(otherRan.await(20, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            ts.restore(depth);
            assertTrue(interp.gil.isHeld());
            interp.gil.release();
            assertTrue(interp.gil.isHeld());
            interp.gil.release();
            assertFalse(interp.gil.isHeld());
        }, failure);
        Thread b = start(() -> {
            ThreadState.bind(interp.attach(Thread.currentThread()));
            try {
                saved.await();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            interp.gil.acquire();
            assertTrue(interp.gil.isHeld());
            interp.gil.release();
            otherRan.countDown();
        }, failure);
        joinAll(failure, a, b);
    }
}
