package org.taipan.vm.trace;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.vm.PyFrame;

/**
 * The frame attributes of the tracing API: {@code f_trace}, {@code f_trace_lines}, {@code
 * f_trace_opcodes}, and {@code f_lineno} made writable (a jump, {@link LineJump}).
 */
public final class FrameTraceAttributes {
    private FrameTraceAttributes() {
    }

    /** Adds the attributes to the {@code frame} type. */
    public static void add(PyType t) {
        t.getset("f_trace", self -> {
            PyObject v = ((PyFrame) self).fTrace();
            return v == null ? PyNone.NONE : v;
        }, (descr, self, value) -> ((PyFrame) self).setFTrace(value == PyNone.NONE ? null : value));
        t.getset("f_trace_lines", self -> PyBool.of(((PyFrame) self).traceLines()),
                (descr, self, value) -> ((PyFrame) self).setTraceLines(boolValue("f_trace_lines", value)));
        t.getset("f_trace_opcodes", self -> PyBool.of(((PyFrame) self).traceOpcodes()),
                (descr, self, value) -> ((PyFrame) self).setTraceOpcodes(boolValue("f_trace_opcodes", value)));
        t.getset("f_lineno", self -> PyLong.of(((PyFrame) self).lineno()),
                (descr, self, value) -> LineJump.setLineno((PyFrame) self, value));
    }

    private static boolean boolValue(String name, PyObject value) {
        if (!(value instanceof PyBool)) {
            throw PyExc.typeError("attribute value type must be bool");
        }
        return Abstract.isTrue(value);
    }
}
