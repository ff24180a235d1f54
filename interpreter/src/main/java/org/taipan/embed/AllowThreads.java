package org.taipan.embed;

import org.taipan.vm.Gil;
import org.taipan.vm.ThreadState;

/**
 * Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS (PyEval_SaveThread / PyEval_RestoreThread):
 * releases the GIL around blocking Java work so other threads run Python meanwhile, and takes it
 * back on close. The thread keeps its thread state; it must not touch Python objects in between.
 * <pre>
 * try (AllowThreads t = AllowThreads.begin()) {
 *     socket.read(buffer);
 * }
 * </pre>
 */
public final class AllowThreads implements AutoCloseable {
    private final ThreadState threadState;
    private final Gil gil;
    private boolean closed;

    private AllowThreads(ThreadState ts) {
        this.threadState = ts;
        this.gil = ts.interp.gil;
    }

    /** PyEval_SaveThread: releases the GIL, which the calling thread must hold. */
    public static AllowThreads begin() {
        ThreadState ts = ThreadStates.get();
        if (!ts.interp.gil.isHeld()) {
            throw new IllegalStateException("the calling thread does not hold the GIL");
        }
        AllowThreads saved = new AllowThreads(ts);
        saved.gil.release();
        return saved;
    }

    /** The thread state that is restored on close. */
    public ThreadState threadState() {
        return threadState;
    }

    /** PyEval_RestoreThread: waits for the GIL and makes the saved thread state current again. */
    @Override
    public void close() {
        if (closed) {
            throw new IllegalStateException("thread state restored twice");
        }
        closed = true;
        gil.acquire();
        ThreadStates.bind(threadState);
    }
}
