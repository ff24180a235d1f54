package org.taipan.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.ThreadState;

/**
 * The audit hooks of one interpreter ({@code sys.addaudithook}, {@code sys.audit}, PEP 578).
 * Hooks run in the order added, each with the event name and the arguments tuple; an exception
 * from a hook propagates out of the audited operation. Adding a hook is itself audited as
 * {@code "sys.addaudithook"}: a hook that raises RuntimeError (or a subclass) there silently
 * refuses the new hook, any other exception propagates (CPython's PySys_AddAuditHook rule).
 *
 * <p>{@link #raise} is CPython's {@code PySys_Audit}, for the events the interpreter itself
 * raises (the names of CPython's audit events table). Until a program adds a hook it costs one
 * static field read.
 */
public final class AuditHooks {
    private static final Map<InterpreterState, AuditHooks> BY_INTERPRETER = new WeakHashMap<>();
    /** Set once any interpreter has a hook: the fast "nobody listens" test. */
    private static volatile boolean anyHooks;

    private final List<PyObject> hooks = new ArrayList<>();

    private AuditHooks() {
    }

    /** The hooks of {@code interp}, made on first use. */
    static AuditHooks of(InterpreterState interp) {
        synchronized (BY_INTERPRETER) {
            return BY_INTERPRETER.computeIfAbsent(interp, i -> new AuditHooks());
        }
    }

    /**
     * Raises audit event {@code event} with {@code args} in the current thread's interpreter:
     * each hook is called in order, and an exception from one propagates to the caller.
     */
    public static void raise(String event, PyObject... args) {
        if (!anyHooks) {
            return;
        }
        dispatch(event, args);
    }

    private static void dispatch(String event, PyObject[] args) {
        ThreadState ts = ThreadState.current();
        if (ts == null) {
            return;
        }
        AuditHooks hooks;
        synchronized (BY_INTERPRETER) {
            hooks = BY_INTERPRETER.get(ts.interp);
        }
        if (hooks != null) {
            hooks.audit(event, new PyTuple(args));
        }
    }

    /** Whether {@link #raise} would call anything (to skip building costly arguments). */
    public static boolean active() {
        return anyHooks;
    }

    void add(PyObject hook) {
        try {
            audit("sys.addaudithook", PyTuple.EMPTY);
        } catch (PyException e) {
            if (e.matches(PyExc.RuntimeError)) {
                return;
            }
            throw e;
        }
        hooks.add(hook);
        if (!anyHooks) {
            anyHooks = true;
            org.taipan.vm.Audit.install(AuditHooks::dispatch);
        }
    }

    void audit(String event, PyTuple args) {
        if (hooks.isEmpty()) {
            return;
        }
        PyUnicode name = PyUnicode.of(event);
        for (PyObject hook : new ArrayList<>(hooks)) {
            Abstract.call(hook, name, args);
        }
    }
}
