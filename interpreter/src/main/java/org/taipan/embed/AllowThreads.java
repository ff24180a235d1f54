package org.taipan.embed;

import org.taipan.vm.ThreadState;

/**
 * Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS (PyEval_SaveThread / PyEval_RestoreThread):
 * releases the GIL entirely around blocking Java work so other threads run Python meanwhile, and
 * takes it back, at the same nesting, on close. The thread keeps its thread state; it must not
 * touch Python objects in between.
 * <pre>
 * try (AllowThreads t = AllowThreads.begin()) {
 *     socket.read(buffer);
 * }
 * </pre>
 */
public final class AllowThreads implements AutoCloseable {
    private final ThreadState threadState;
    private final int depth;
    private boolean closed;

    private AllowThreads(ThreadState ts, int depth) {
        this.threadState = ts;
        this.depth = depth;
    }

    /** PyEval_SaveThread: releases the GIL, which the calling thread must hold. */
    public static AllowThreads begin() {
        ThreadState ts = ThreadStates.get();
        int depth = ts.save();
        if (depth == 0) {
            throw new IllegalStateException("the calling thread does not hold the GIL");
        }
        return new AllowThreads(ts, depth);
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
        ThreadStates.bind(threadState);
        threadState.restore(depth);
    }
}
