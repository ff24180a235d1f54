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
 * back. If the JVM refuses the signal (e.g. run with -Xrs), nothing is installed; if the process
 * started with SIGINT ignored (a background job of a non-interactive shell, nohup), it stays
 * ignored, as CPython leaves an ignored SIGINT alone (the JVM would not deliver it anyway).
 */
final class SignalHandlers {
    private static SignalHandler previous;
    private static PythonRuntime owner;
    /** Whether the last install found SIGINT ignored by the process (see the class comment). */
    static volatile boolean ignoredAtStart;

    private SignalHandlers() {
    }

    /** Installs the SIGINT handler for {@code rt}; whether it could. */
    static synchronized boolean install(PythonRuntime rt) {
        try {
            SignalHandler old = Signal.handle(new Signal("INT"), sig -> interruptMain(rt));
            ignoredAtStart = old == SignalHandler.SIG_IGN;
            if (ignoredAtStart) {
                Signal.handle(new Signal("INT"), old);
                return false;
            }
            previous = old;
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
