package org.taipan.vm;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The global interpreter lock: a fair lock, so that a thread dropping it at the switch interval
 * lets a waiting thread in. Python threads hold it while running bytecode.
 */
public final class Gil {
    private final ReentrantLock lock = new ReentrantLock(true);
    /** {@code sys.getswitchinterval()} in seconds. */
    public volatile double switchInterval = 0.005;

    public void acquire() {
        lock.lock();
    }

    public void release() {
        lock.unlock();
    }

    public boolean isHeld() {
        return lock.isHeldByCurrentThread();
    }

    /** Lets other threads run when some are waiting (called at the eval breaker). */
    public void yieldIfContended() {
        if (lock.hasQueuedThreads() && lock.isHeldByCurrentThread()) {
            lock.unlock();
            lock.lock();
        }
    }
}
