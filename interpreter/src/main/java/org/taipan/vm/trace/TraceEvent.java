package org.taipan.vm.trace;

import org.taipan.objects.PyUnicode;

/**
 * The events a {@link TraceHook} receives (CPython's {@code PyTrace_*} constants), each with the
 * string a Python-level trace or profile function gets, allocated once.
 */
public enum TraceEvent {
    CALL("call"),
    EXCEPTION("exception"),
    LINE("line"),
    RETURN("return"),
    C_CALL("c_call"),
    C_EXCEPTION("c_exception"),
    C_RETURN("c_return"),
    OPCODE("opcode");

    /** The event name passed to Python trace functions. */
    public final PyUnicode pyName;

    TraceEvent(String name) {
        this.pyName = PyUnicode.of(name);
    }
}
