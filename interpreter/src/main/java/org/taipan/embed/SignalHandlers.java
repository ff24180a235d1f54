package org.taipan.embed;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyException;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The signal handler {@code Py_InitializeEx(1)} installs: SIGINT makes the main thread raise
 * KeyboardInterrupt at its next eval breaker check (a pending call, as CPython trips its signal
 * flag and runs the Python-level handler there). Finalization puts the JVM's previous handler
 * back. If the JVM refuses the signal (e.g. run with -Xrs), nothing is installed.
 */
final class SignalHandlers {
    private static SignalHandler previous;
    private static PythonRuntime owner;

    private SignalHandlers() {
    }

    /** Installs the SIGINT handler for {@code rt}; whether it could. */
    static synchronized boolean install(PythonRuntime rt) {
        try {
            previous = Signal.handle(new Signal("INT"), sig -> interruptMain(rt));
            owner = rt;
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** What SIGINT does: KeyboardInterrupt in the main thread's running Python code. */
    static void interruptMain(PythonRuntime rt) {
        rt.mainInterpreter().addPendingCall(() -> {
            throw new PyException((PyBaseException) Abstract.call(PyExc.KeyboardInterrupt));
        });
    }

    static synchronized void uninstall(PythonRuntime rt) {
        if (owner != rt) {
            return;
        }
        try {
            Signal.handle(new Signal("INT"), previous);
        } catch (IllegalArgumentException e) {
            // the JVM took the signal back meanwhile: nothing to restore
        }
        owner = null;
        previous = null;
    }
}
