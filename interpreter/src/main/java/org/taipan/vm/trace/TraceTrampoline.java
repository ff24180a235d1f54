package org.taipan.vm.trace;

import org.taipan.modules.SysModule;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.vm.PyFrame;
import org.taipan.vm.ThreadState;

/**
 * The Python-level trace and profile functions ({@code sys.settrace}/{@code sys.setprofile}) as
 * {@link TraceHook}s, with CPython's rules ({@code sysmodule.c} trace_trampoline and
 * profile_trampoline): the global trace function gets 'call' and its result becomes the frame's
 * {@code f_trace}, which gets the other events; a None result leaves {@code f_trace} as it was
 * (so a local function returning None on 'line' keeps tracing, python/cpython#56201); a function
 * that raises unsets tracing for the thread (and clears {@code f_trace}), or for a profile
 * function only profiling. Around each call the frame's {@code f_locals} is refreshed and written
 * back to the fast locals afterwards ({@code call_trampoline}).
 */
public final class TraceTrampoline {
    private TraceTrampoline() {
    }

    /** Hook for {@code sys.settrace(func)}; obj is func. */
    public static final TraceHook TRACE = (obj, frame, what, arg) -> {
        PyObject callback = what == TraceEvent.CALL ? (PyObject) obj : frame.fTrace();
        if (callback == null || callback == PyNone.NONE) {
            return;
        }
        PyObject result;
        try {
            result = callTrampoline(callback, frame, what, arg);
        } catch (PyException e) {
            Tracing.setTrace(ThreadState.current(), null, null);
            frame.setFTrace(null);
            throw e;
        }
        if (result != PyNone.NONE) {
            frame.setFTrace(result);
        }
    };

    /** Hook for {@code sys.setprofile(func)}; obj is func; its result is ignored. */
    public static final TraceHook PROFILE = (obj, frame, what, arg) -> {
        try {
            callTrampoline((PyObject) obj, frame, what, arg);
        } catch (PyException e) {
            Tracing.setProfile(ThreadState.current(), null, null);
            throw e;
        }
    };

    static PyObject callTrampoline(PyObject callback, PyFrame frame, TraceEvent what, PyObject arg) {
        // Only a frame whose f_locals was read has its dict kept in step (CPython's
        // f_fast_as_locals): a dict from locals() keeps what it had, and is not written back.
        boolean synced = frame.fastAsLocals();
        if (synced) {
            frame.refreshLocalsSnapshot();
        }
        PyObject[] args = {frame, what.pyName, arg == null ? PyNone.NONE : arg};
        PyObject result = Abstract.call(callback, args, 0, 3, null);
        if (synced || frame.fastAsLocals()) {
            frame.localsSnapshotToFast();
        }
        return result;
    }

    /** Registers settrace/gettrace/setprofile/getprofile/call_tracing in {@code sys}. */
    public static void addSysFunctions(PyModule sys) {
        sys.addFunction("settrace", (self, a, off, n, kw) -> {
            oneArgument("settrace", n, kw);
            SysModule.audit("sys.settrace");
            PyObject func = a[off];
            Tracing.setTrace(ThreadState.current(), func == PyNone.NONE ? null : TRACE, func);
            return PyNone.NONE;
        });
        sys.addFunction("gettrace", (self, a, off, n, kw) -> {
            ThreadState ts = ThreadState.current();
            return ts.traceHook == TRACE ? (PyObject) ts.traceObj : PyNone.NONE;
        });
        sys.addFunction("setprofile", (self, a, off, n, kw) -> {
            oneArgument("setprofile", n, kw);
            SysModule.audit("sys.setprofile");
            PyObject func = a[off];
            Tracing.setProfile(ThreadState.current(), func == PyNone.NONE ? null : PROFILE, func);
            return PyNone.NONE;
        });
        sys.addFunction("getprofile", (self, a, off, n, kw) -> {
            ThreadState ts = ThreadState.current();
            return ts.profileHook == PROFILE ? (PyObject) ts.profileObj : PyNone.NONE;
        });
        sys.addFunction("call_tracing", (self, a, off, n, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyExc.typeError("call_tracing() takes no keyword arguments");
            }
            if (n != 2) {
                throw PyExc.typeError("call_tracing expected 2 arguments, got " + n);
            }
            if (!(a[off + 1] instanceof PyTuple)) {
                throw PyExc.typeError("call_tracing() argument 2 must be tuple, not "
                        + a[off + 1].getType().getName());
            }
            return Tracing.callTracing(ThreadState.current(), a[off], (PyTuple) a[off + 1]);
        });
    }

    private static void oneArgument(String name, int n, PyTuple kw) {
        if (kw != null && kw.size() > 0) {
            throw PyExc.typeError(name + "() takes no keyword arguments");
        }
        if (n != 1) {
            throw PyExc.typeError("sys." + name + "() takes exactly one argument (" + n + " given)");
        }
    }
}
