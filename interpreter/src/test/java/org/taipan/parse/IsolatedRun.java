package org.taipan.parse;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a piece of parser work on its own daemon thread with a time limit, so that a hang or any
 * Throwable (StackOverflowError included) becomes a reportable result instead of killing or
 * hanging the test run.
 */
final class IsolatedRun<T> {
    /** The value, or the Throwable thrown, or neither when the time ran out. */
    final T value;
    final Throwable error;
    final boolean timedOut;
    final long nanos;

    private IsolatedRun(T value, Throwable error, boolean timedOut, long nanos) {
        this.value = value;
        this.error = error;
        this.timedOut = timedOut;
        this.nanos = nanos;
    }

    static <T> IsolatedRun<T> run(Callable<T> work, long timeoutSeconds) {
        long[] elapsed = new long[1];
        FutureTask<T> task = new FutureTask<>(() -> {
            long start = System.nanoTime();
            try {
                return work.call();
            } finally {
                elapsed[0] = System.nanoTime() - start;
            }
        });
        Thread thread = new Thread(task, "isolated-parse");
        thread.setDaemon(true);
        thread.start();
        try {
            T value = task.get(timeoutSeconds, TimeUnit.SECONDS);
            return new IsolatedRun<>(value, null, false, elapsed[0]);
        } catch (ExecutionException e) {
            return new IsolatedRun<>(null, e.getCause(), false, elapsed[0]);
        } catch (TimeoutException e) {
            thread.interrupt();
            return new IsolatedRun<>(null, null, true, TimeUnit.SECONDS.toNanos(timeoutSeconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
