package org.taipan.modules;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.taipan.objects.Abstract;
import org.taipan.objects.NumberProtocol;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.ArgParser;
import org.taipan.vm.ThreadState;

/**
 * How the locks of {@code _thread} wait (CPython's {@code acquire_timed}): the arguments of
 * {@code acquire(blocking=True, timeout=-1)} checked with CPython's messages, a fast attempt with
 * the GIL held, then a wait with the GIL released so other threads run meanwhile.
 */
final class LockWait {
    /** {@code _thread.TIMEOUT_MAX}: the largest timeout in seconds, as on 64-bit Linux. */
    static final double TIMEOUT_MAX = 9223372036.0;
    private static final String[] NAMES = {"blocking", "timeout"};

    private LockWait() {
    }

    /** The timeout in seconds from {@code acquire}'s arguments: -1 to wait forever, 0 for non-blocking. */
    static double parse(String fname, PyObject[] a, int off, int n, PyTuple kw) {
        PyObject[] p = ArgParser.bind(fname, NAMES, 0, 0, a, off, n, kw);
        boolean blocking = p[0] == null || intArg(p[0]) != 0;
        double timeout = p[1] == null ? -1 : seconds(p[1]);
        if (!blocking && timeout != -1) {
            throw PyExc.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw PyExc.valueError("timeout value must be positive");
        }
        return blocking ? timeout : 0;
    }

    private static long intArg(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyExc.typeError("'float' object cannot be interpreted as an integer");
        }
        if (o instanceof PyLong || o instanceof PyBool || o.getType().index != null) {
            return Abstract.isTrue(Abstract.index(o)) ? 1 : 0;
        }
        throw PyExc.typeError("'" + o.getType().getName() + "' object cannot be interpreted as an integer");
    }

    /** A timeout in seconds (int or float), with CPython's conversion errors. */
    static double seconds(PyObject o) {
        if (!(o instanceof PyFloat) && !(o instanceof PyLong) && o.getType().asFloat == null
                && o.getType().index == null) {
            throw PyExc.typeError("'" + o.getType().getName() + "' object cannot be interpreted as an integer");
        }
        double t = NumberProtocol.asDouble(o);
        if (Double.isNaN(t)) {
            throw PyExc.valueError("Invalid value NaN (not a number)");
        }
        if (t > TIMEOUT_MAX || t < -TIMEOUT_MAX) {
            throw PyExc.raise(PyExc.OverflowError, "timestamp out of range for platform time_t");
        }
        return t;
    }

    /**
     * Takes a permit of {@code sem} waiting up to {@code timeout} seconds (-1: forever), releasing
     * the GIL while it waits. An interrupt (finalization) retakes the GIL, which ends the thread
     * if the interpreter is finalizing; otherwise the wait goes on.
     */
    static boolean acquire(Semaphore sem, double timeout) {
        if (sem.tryAcquire()) {
            return true;
        }
        if (timeout == 0) {
            return false;
        }
        ThreadState ts = ThreadState.current();
        long deadline = timeout < 0 ? 0 : System.nanoTime() + (long) (timeout * 1e9);
        while (true) {
            boolean got = false;
            boolean interrupted = false;
            int depth = ts.save();
            try {
                if (timeout < 0) {
                    sem.acquire();
                    got = true;
                } else {
                    got = sem.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                interrupted = true;
            } finally {
                ts.restore(depth);
            }
            if (got || !interrupted) {
                return got;
            }
        }
    }
}
