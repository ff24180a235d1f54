package org.taipan.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.trace.TraceEvent;
import org.taipan.vm.trace.TraceHook;
import org.taipan.vm.trace.Tracing;

/**
 * The Java-level hooks ({@code PyEval_SetTrace/SetProfile} for all threads): a trace hook gets
 * call/line/return/exception for every frame, with no f_trace gate; a profile hook gets every
 * event but LINE and OPCODE, including c_call/c_return/c_exception for builtin functions and
 * method descriptors. The programs run on a new thread with a new interpreter, so the hooks
 * reach them through the "all threads, present and future" installation. Expected events were
 * checked against CPython 3.11.7's sys.settrace/sys.setprofile output for the same programs.
 */
class TraceHookTest {
    private final List<String> events = new ArrayList<>();

    private final TraceHook recorder = (obj, frame, what, arg) -> {
        synchronized (events) {
            String name = frame.code.data.name;
            if (name.startsWith("<module>") || name.equals("f") || name.equals("g")) {
                events.add(obj + " " + what + " " + name + " " + frame.lineno());
            }
        }
    };

    @AfterEach
    void uninstall() {
        Tracing.setTraceAllThreads(InterpreterState.main(), null, null);
        Tracing.setProfileAllThreads(InterpreterState.main(), null, null);
    }

    @Test
    void traceHookSeesEveryFrameWithoutFTrace() throws Exception {
        Tracing.setTraceAllThreads(InterpreterState.main(), recorder, "T");
        TraceConformanceTest.run("def f(x):\n    y = x\n    return y\nf(1)\n");
        assertEquals(List.of(
                "T CALL <module> 0", "T LINE <module> 1", "T LINE <module> 4",
                "T CALL f 1", "T LINE f 2", "T LINE f 3", "T RETURN f 3",
                "T RETURN <module> 4"), events);
    }

    @Test
    void traceHookGetsExceptionThenReturnOnUnwind() throws Exception {
        Tracing.setTraceAllThreads(InterpreterState.main(), recorder, "T");
        TraceConformanceTest.run("def f():\n    raise KeyError\ntry:\n    f()\nexcept KeyError:\n    pass\n");
        assertEquals(List.of(
                "T CALL <module> 0", "T LINE <module> 1", "T LINE <module> 3", "T LINE <module> 4",
                "T CALL f 1", "T LINE f 2", "T EXCEPTION f 2", "T RETURN f 2",
                "T EXCEPTION <module> 4", "T LINE <module> 5", "T LINE <module> 6",
                "T RETURN <module> 6"), events);
    }

    @Test
    void profileHookGetsCallsAndBuiltinsButNoLines() throws Exception {
        Tracing.setProfileAllThreads(InterpreterState.main(), recorder, "P");
        TraceConformanceTest.run("def f(s):\n    return len(s)\nf('ab')\nint('3')\n[].append(1)\n");
        assertEquals(List.of(
                "P CALL <module> 0", "P CALL f 1", "P C_CALL f 2", "P C_RETURN f 2", "P RETURN f 2",
                "P C_CALL <module> 5", "P C_RETURN <module> 5", "P RETURN <module> 5"), events);
        for (String e : events) {
            assertFalse(e.contains(TraceEvent.LINE.name()) || e.contains(TraceEvent.OPCODE.name()), e);
        }
    }
}
