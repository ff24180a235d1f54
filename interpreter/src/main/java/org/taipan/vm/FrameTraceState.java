package org.taipan.vm;

import org.taipan.objects.PyDict;
import org.taipan.objects.PyObject;

/**
 * The part of a frame only tracing and frame introspection use ({@code f_trace},
 * {@code f_trace_lines}, {@code f_trace_opcodes}, the {@code f_locals} dict and whether it is
 * kept in step), as CPython keeps them in the frame object rather than in the interpreter
 * frame. A {@link PyFrame} makes it when one of them first takes a value other than its default,
 * so the frame every call allocates stays small.
 */
final class FrameTraceState {
    /** The local trace function; null when None. */
    PyObject fTrace;
    boolean traceLines = true;
    boolean traceOpcodes;
    /** Set once {@code frame.f_locals} was read (CPython's {@code f_fast_as_locals}). */
    boolean fastAsLocals;
    /** The dict {@code locals()} returns for a function frame (kept, as in CPython 3.11). */
    PyDict localsSnapshot;
}
