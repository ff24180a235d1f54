package org.taipan.vm;

import org.taipan.objects.PyObject;

/**
 * Where the interpreter raises audit events (CPython's {@code PySys_Audit}, PEP 578), with the
 * names and arguments of CPython's audit events table. The hooks themselves live with
 * {@code sys} ({@code modules.AuditHooks}), which installs itself here when a program adds its
 * first hook: until then raising an event costs one static field read.
 */
public final class Audit {
    /** Receives the events once a hook exists. */
    public interface Sink {
        void raise(String event, PyObject[] args);
    }

    private static volatile Sink sink;

    private Audit() {
    }

    public static void install(Sink s) {
        sink = s;
    }

    /** Whether any hook listens (to skip building costly arguments). */
    public static boolean active() {
        return sink != null;
    }

    /** Calls the current interpreter's hooks in order; an exception from one propagates. */
    public static void raise(String event, PyObject... args) {
        Sink s = sink;
        if (s != null) {
            s.raise(event, args);
        }
    }
}
