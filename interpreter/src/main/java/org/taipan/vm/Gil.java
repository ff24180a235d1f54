package org.taipan.vm;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The global interpreter lock, switched by time as CPython's (Python/ceval_gil.h): a thread that
 * has waited {@code sys.getswitchinterval()} seconds without the GIL changing hands asks the holder
 * to drop it, by setting the holder's eval breaker ({@link ThreadState#requestGilDrop}); the holder
 * drops it at its next breaker check (RESUME or a backward jump) and waits until another thread has
 * taken it before queueing again, so a CPU-bound thread cannot starve the others.
 *
 * <p>Contract for code outside the evaluation loop (the embedding API builds
 * {@code PyGILState_Ensure/Release} on it):
 * <ul>
 * <li>{@link #acquire()} / {@link #release()} take and drop the GIL for the calling thread and
 *     nest: a thread already holding it only counts one more level, and the GIL is dropped when
 *     the count returns to zero. The calling thread's {@link ThreadState} is created on first use.
 * <li>{@link #isHeld()} answers whether the calling thread holds it ({@code PyGILState_Check}).
 * <li>Around blocking Java work (sleep, lock waits, I/O) call {@link ThreadState#save()} and
 *     {@link ThreadState#restore(int)} ({@code Py_BEGIN/END_ALLOW_THREADS}): the GIL is released
 *     entirely, whatever its nesting, and retaken at the same depth; no Python object may be
 *     touched in between.
 * <li>Once the interpreter finalizes ({@link #finalizeGil()}), a thread other than the
 *     finalizing one that tries to take the GIL is ended with {@link ThreadExit}, as CPython ends
 *     daemon threads at exit.
 * </ul>
 */
public final class Gil {
    private final ReentrantLock mutex = new ReentrantLock();
    /** Signalled when the GIL is dropped. */
    private final Condition released = mutex.newCondition();
    /** Signalled when the GIL is taken (a dropping thread waits for it: forced switching). */
    private final Condition switched = mutex.newCondition();
    /** The holding thread's state, or null when the GIL is free (guarded by {@code mutex}). */
    private ThreadState holder;
    /** Nesting depth of {@link #acquire()} in the holder. */
    private int depth;
    /** Counts hand-overs, so a waiter can tell whether the GIL changed hands while it waited. */
    private long switchNumber;
    private int waiters;
    private volatile boolean finalizing;
    private Thread finalizer;
    /** {@code sys.getswitchinterval()} in seconds. */
    public volatile double switchInterval = 0.005;

    /** Takes the GIL for the calling thread, or counts one more level if it already holds it. */
    public void acquire() {
        ThreadState ts = ThreadState.current();
        mutex.lock();
        try {
            if (holder == ts) {
                depth++;
                return;
            }
        } finally {
            mutex.unlock();
        }
        take(ts, 1);
    }

    /** Undoes one {@link #acquire()}; the GIL is dropped at the outermost level. */
    public void release() {
        ThreadState ts = ThreadState.current();
        mutex.lock();
        try {
            if (holder != ts) {
                throw new IllegalStateException("the GIL is not held by this thread");
            }
            if (--depth == 0) {
                holder = null;
                released.signal();
            }
        } finally {
            mutex.unlock();
        }
    }

    /** Whether the calling thread holds the GIL ({@code PyGILState_Check}). */
    public boolean isHeld() {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return false;
        }
        mutex.lock();
        try {
            return holder == ts;
        } finally {
            mutex.unlock();
        }
    }

    /** Whether {@code ts} holds the GIL. */
    boolean isHeldBy(ThreadState ts) {
        mutex.lock();
        try {
            return holder == ts;
        } finally {
            mutex.unlock();
        }
    }

    /**
     * Takes the GIL for {@code ts} at nesting {@code levels}, waiting as long as needed: after each
     * switch interval without a hand-over, the holder is asked to drop it.
     */
    void take(ThreadState ts, int levels) {
        mutex.lock();
        try {
            if (finalizing && Thread.currentThread() != finalizer) {
                throw new ThreadExit();
            }
            if (holder != null) {
                waiters++;
                try {
                    while (holder != null) {
                        long before = switchNumber;
                        long nanos = Math.max(1000L, (long) (switchInterval * 1e9));
                        boolean timedOut;
                        try {
                            timedOut = released.awaitNanos(nanos) <= 0;
                        } catch (InterruptedException e) {
                            // Interrupted at finalization (or by Java code): keep waiting, but let
                            // the finalization check below see it.
                            timedOut = false;
                        }
                        if (finalizing && Thread.currentThread() != finalizer) {
                            throw new ThreadExit();
                        }
                        if (timedOut && holder != null && switchNumber == before) {
                            holder.requestGilDrop();
                        }
                    }
                } finally {
                    waiters--;
                }
            }
            holder = ts;
            depth = levels;
            switchNumber++;
            ts.gilDropRequested = false;
            switched.signalAll();
        } finally {
            mutex.unlock();
        }
    }

    /**
     * Drops the GIL held by {@code ts} entirely; returns the nesting depth to give back to
     * {@link #take}, or 0 if {@code ts} did not hold it.
     */
    int drop(ThreadState ts) {
        mutex.lock();
        try {
            if (holder != ts) {
                return 0;
            }
            int d = depth;
            holder = null;
            depth = 0;
            released.signal();
            return d;
        } finally {
            mutex.unlock();
        }
    }

    /**
     * Called at the eval breaker when another thread asked for the GIL: drops it, waits until some
     * other thread has taken it (so this one does not simply win it back), then queues for it.
     */
    void switchAway(ThreadState ts) {
        int d;
        mutex.lock();
        try {
            ts.gilDropRequested = false;
            if (holder != ts) {
                return;
            }
            d = depth;
            holder = null;
            depth = 0;
            released.signal();
            if (waiters > 0) {
                long before = switchNumber;
                while (switchNumber == before && !finalizing) {
                    try {
                        switched.await(50, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        break;
                    }
                }
            }
        } finally {
            mutex.unlock();
        }
        take(ts, d);
    }

    /**
     * Marks the interpreter as finalizing, called by the thread that finalizes it (which keeps the
     * GIL): from now on every other thread that tries to take the GIL ends with {@link ThreadExit}.
     */
    void finalizeGil() {
        mutex.lock();
        try {
            finalizing = true;
            finalizer = Thread.currentThread();
            released.signalAll();
            switched.signalAll();
        } finally {
            mutex.unlock();
        }
    }

    boolean isFinalizing() {
        return finalizing;
    }

    /**
     * Thrown in a thread that needs the GIL after its interpreter finalized: it unwinds the thread
     * without running any more Python code (an Error, so the evaluation loop does not turn it into a
     * Python exception).
     */
    public static final class ThreadExit extends Error {
        public ThreadExit() {
            super("interpreter finalized", null, false, false);
        }
    }
}
