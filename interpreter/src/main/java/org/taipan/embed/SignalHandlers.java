package org.taipan.embed;

/**
 * The signal handlers {@code Py_InitializeEx(1)} installs: SIGINT raises KeyboardInterrupt in the
 * main thread at its next check. Installed only when the host asks for them.
 */
final class SignalHandlers {
    private SignalHandlers() {
    }

    static void install(PythonRuntime rt) {
    }

    static void uninstall(PythonRuntime rt) {
    }
}
