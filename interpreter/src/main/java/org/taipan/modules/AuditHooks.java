package org.taipan.modules;

import java.util.ArrayList;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;

/**
 * The audit hooks of one interpreter ({@code sys.addaudithook}, {@code sys.audit}, PEP 578).
 * Hooks run in the order added, each with the event name and the arguments tuple; an exception
 * from a hook propagates out of the audited operation. Adding a hook is itself audited as
 * {@code "sys.addaudithook"}: a hook that raises RuntimeError (or a subclass) there silently
 * refuses the new hook, any other exception propagates (CPython's PySys_AddAuditHook rule).
 */
final class AuditHooks {
    private final List<PyObject> hooks = new ArrayList<>();

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
