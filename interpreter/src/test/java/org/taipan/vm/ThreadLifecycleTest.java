package org.taipan.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.taipan.Main;

/**
 * A program's threads at exit, as CPython: non-daemon threads are waited for before the program
 * ends, daemon threads (spinning, sleeping or blocked on a lock) are stopped, and a run through
 * {@code Main.run} leaves no Python thread behind for the next run in the same JVM.
 */
class ThreadLifecycleTest {
    /**
     * No timing assumptions: every daemon thread passes the barrier just before it settles into
     * its endless state, and the non-daemon thread can only finish once the interpreter's
     * shutdown has begun (the {@code threading._register_atexit} hook releases it), so the exit
     * really has to wait for it and its line always comes after main's.
     */
    private static final String PROGRAM = String.join("\n",
            "import threading, time",
            "go = threading.Event()",
            "ready = threading.Barrier(5)",
            "def slow():",
            "    go.wait()",
            "    print('non-daemon finished')",
            "def sleeper():",
            "    ready.wait()",
            "    while True:",
            "        time.sleep(0.01)",
            "def spinner():",
            "    ready.wait()",
            "    n = 0",
            "    while True:",
            "        n += 1",
            "def blocked():",
            "    lock = threading.Lock()",
            "    lock.acquire()",
            "    ready.wait()",
            "    lock.acquire()",
            "def waiter():",
            "    ready.wait()",
            "    threading.Event().wait()",
            "threading.Thread(target=slow).start()",
            "for f in (sleeper, spinner, blocked, waiter):",
            "    threading.Thread(target=f, daemon=True).start()",
            "ready.wait()",
            "threading._register_atexit(go.set)",
            "print('main done')",
            "");

    private static long livePythonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("Python thread") && t.isAlive()).count();
    }

    @Test
    void nonDaemonThreadsAreJoinedAndDaemonThreadsEnd() throws Exception {
        long before = livePythonThreads();
        for (int run = 0; run < 2; run++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(new String[] {"-c", PROGRAM}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals("", err.toString(StandardCharsets.UTF_8));
            assertEquals("main done\nnon-daemon finished\n", out.toString(StandardCharsets.UTF_8));
            assertEquals(0, status);
            assertEquals(before, livePythonThreads(), "daemon threads outlived their program");
        }
    }

    @Test
    void uncaughtExceptionInThreadGoesThroughThreadingExcepthook() throws Exception {
        String program = String.join("\n",
                "import threading",
                "def boom():",
                "    raise ValueError('bad')",
                "t = threading.Thread(target=boom)",
                "t.start(); t.join()",
                "print('after', t.is_alive())",
                "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"-c", program}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        // CPython's text, apart from the frames inside threading.py (their path is the install's).
        assertTrue(e.startsWith("Exception in thread Thread-1 (boom):\nTraceback (most recent call last):\n"), e);
        assertTrue(e.endsWith("  File \"<string>\", line 3, in boom\nValueError: bad\n"), e);
        assertEquals("after False\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
    }
}
