/**
 * The tracer service: receives the interpreter's trace and profile events (call, line, return,
 * exception, opcode, c_call/c_return/c_exception) from every thread through the Java-level hooks and
 * drives the consumers; holds the debugger engine (breakpoints, stepping, evaluation, recording and
 * step back). Depends only on the interpreter. Not written yet: it waits for the tracing API.
 */
package org.taipan.tracer;
