package org.taipan.vm;

import org.taipan.compile.CodeData;
import org.taipan.compile.Opcode;
import org.taipan.objects.Abstract;
import org.taipan.objects.ObjectIds;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * {@code generator} and {@code coroutine}: a suspended frame resumed by {@code send}/{@code throw}/
 * {@code close}/{@code next}. The frame keeps its value stack between resumptions; a
 * {@code yield from}/{@code await} delegation is the receiver on top of that stack, which
 * {@code throw} and {@code close} forward to first (CPython's {@code _PyGen_yf}).
 */
public final class PyGenerator extends PyObject {
    public static final PyType GENERATOR = PyType.builtin("generator", null, t -> setup(t, "generator"));
    public static final PyType COROUTINE = PyType.builtin("coroutine", null, t -> setup(t, "coroutine"));
    public static final PyType ASYNC_GENERATOR = PyType.builtin("async_generator", null, AsyncGenerators::setup);

    final PyFrame frame;
    final PyType type;
    PyObject name;
    PyObject qualname;
    boolean started;
    boolean finished;
    boolean running;
    /** Async generators: the thread's firstiter hook has been called (on the first asend/athrow/aclose). */
    boolean hooksInited;
    /** The exception being handled inside the suspended generator, restored when it resumes. */
    PyBaseException excState;
    /** The return value of the last resumption that finished the generator (for SEND). */
    PyObject lastResult = PyNone.NONE;
    /**
     * While tracing: how many frame slots own this generator ({@code
     * org.taipan.vm.trace.GeneratorOwnership}); {@link #UNTRACKED} when its references are not
     * known, so it is never finalised early.
     */
    public int traceOwners = UNTRACKED;
    public static final int UNTRACKED = -1;
    /** The frame whose CALL just created this generator, and that CALL's index: it may adopt it. */
    public PyFrame adoptFrame;
    public int adoptAt;

    PyGenerator(PyFrame frame) {
        this.frame = frame;
        int flags = frame.code.flags;
        this.type = (flags & CodeData.CO_COROUTINE) != 0 ? COROUTINE
                : (flags & CodeData.CO_ASYNC_GENERATOR) != 0 ? ASYNC_GENERATOR : GENERATOR;
        this.name = frame.function != null ? frame.function.name : PyUnicode.of(frame.code.data.name);
        this.qualname = frame.function != null ? frame.function.qualname : PyUnicode.of(frame.code.data.qualname);
    }

    @Override
    public PyType getType() {
        return type;
    }

    /** The generator's code object. */
    public org.taipan.objects.PyCode code() {
        return frame.code;
    }

    /** True once the generator has returned or raised (closing it does nothing then). */
    public boolean isFinished() {
        return finished;
    }

    String kind() {
        return type == COROUTINE ? "coroutine" : type == ASYNC_GENERATOR ? "async generator" : "generator";
    }

    /**
     * The thread state that last resumed this generator: a generator is nearly always resumed on
     * the thread that made it, and comparing its thread with the current one is cheaper than the
     * thread-local look-up of {@link ThreadState#current}.
     */
    private ThreadState lastThread;

    /** The calling thread's state, without a thread-local look-up when it resumed this generator last time. */
    private ThreadState threadState() {
        ThreadState ts = lastThread;
        if (ts == null || ts.thread != Thread.currentThread()) {
            ts = ThreadState.current();
            lastThread = ts;
        }
        return ts;
    }

    /**
     * Resumes with {@code value} (or throws {@code exc} in); returns the yielded value, or null when
     * finished (the return value is then {@link #lastResult}).
     */
    private PyObject resume(ThreadState ts, PyObject value, PyException exc) {
        if (running) {
            throw PyExc.valueError(kind() + " already executing");
        }
        if (exc != null) {
            // gen.throw() links the context only to what the generator itself is handling
            exc.contextLinked = true;
            if (!finished) {
                Exceptions.chain(excState, exc.value);
            }
        }
        if (finished) {
            lastResult = PyNone.NONE;
            if (exc != null) {
                throw exc;
            }
            if (type == COROUTINE) {
                throw PyExc.runtimeError("cannot reuse already awaited coroutine");
            }
            return null;
        }
        if (!started && exc == null && value != PyNone.NONE) {
            throw PyExc.typeError("can't send non-None value to a just-started " + kind());
        }
        started = true;
        if (exc == null) {
            frame.localsPlus[frame.stackTop++] = value;
        } else {
            frame.pendingThrow = exc;
        }
        running = true;
        frame.suspended = false;
        PyObject r;
        // The generator's own handled-exception state is in force while it runs (CPython's gi_exc_state).
        PyBaseException callerExc = ts.handledException;
        if (excState != null) {
            ts.handledException = excState;
        }
        try {
            r = Eval.run(ts, frame);
        } catch (PyException e) {
            finished = true;
            boolean asyncStop = type == ASYNC_GENERATOR && e.matches(PyExc.StopAsyncIteration);
            if (e.matches(PyExc.StopIteration) || asyncStop) {
                PyBaseException re = PyExc.instance(PyExc.RuntimeError, kind() + " raised "
                        + (asyncStop ? "StopAsyncIteration" : "StopIteration"));
                re.cause = e.value;
                re.suppressContext = true;
                re.context = e.value;
                throw new PyException(re);
            }
            throw e;
        } finally {
            running = false;
            excState = frame.suspended && ts.handledException != callerExc ? ts.handledException : null;
            ts.handledException = callerExc;
        }
        if (frame.suspended) {
            return r;
        }
        finished = true;
        lastResult = r;
        return null;
    }

    /**
     * One step of an async generator: the raw yielded object (an {@link AsyncGenerators.Wrapped}
     * for {@code yield}, anything else passes through from an inner await); StopAsyncIteration
     * when it finishes.
     */
    PyObject asyncStep(PyObject value, PyException exc) {
        PyObject r = resume(threadState(), value, exc);
        if (r == null) {
            throw new PyException(new PyBaseException(PyExc.StopAsyncIteration, PyTuple.EMPTY));
        }
        return r;
    }

    /** {@code gen.send(value)}: the next yielded value; StopIteration(return value) when done. */
    public PyObject send(PyObject value) {
        PyObject r = resume(threadState(), value, null);
        if (r == null) {
            throw PyExc.stopIteration(lastResult);
        }
        return r;
    }

    /** The value a generator returned when it finished through the iterator protocol (None otherwise). */
    public static PyObject returnValueOf(PyObject it) {
        return it instanceof PyGenerator ? ((PyGenerator) it).lastResult : PyNone.NONE;
    }

    /** The iterator protocol's next: null when finished (the return value is dropped). */
    PyObject next() {
        return resume(threadState(), PyNone.NONE, null);
    }

    /**
     * FOR_ITER's step over a generator: the loop has the thread state at hand. Coroutines and
     * async generators (never iterators) go the general way and fail there.
     */
    static PyObject forIterNext(ThreadState ts, PyGenerator g) {
        return g.type == GENERATOR ? g.resume(ts, PyNone.NONE, null) : Abstract.next(g);
    }

    /** The delegated-to iterator while suspended in {@code yield from}/{@code await}, or null. */
    PyObject yieldFrom() {
        if (!started || finished || !frame.suspended) {
            return null;
        }
        int next = frame.lasti + 1;
        int[] code = frame.code.code;
        if (next < code.length && Opcode.of(code[next]) == Opcode.RESUME && Opcode.arg(code[next]) >= 2) {
            return frame.localsPlus[frame.stackTop - 1];
        }
        return null;
    }

    /** {@code gen.throw(exc)}: raises exc at the suspension point (forwarded to a delegate first). */
    public PyObject throwIn(PyException exc, boolean closing) {
        PyObject yf = yieldFrom();
        if (yf != null) {
            if (exc.matches(PyExc.GeneratorExit)) {
                running = true;
                try {
                    closeIter(yf);
                } catch (PyException e) {
                    running = false;
                    return throwHere(e);
                } finally {
                    running = false;
                }
                return throwHere(exc);
            }
            PyObject r;
            PyObject meth = null;
            if (!(yf instanceof PyGenerator)) {
                meth = Abstract.getAttrOrNull(yf, "throw");
                if (meth == null) {
                    // Raised at the await itself; outside the try below, whose handler is for
                    // the delegate finishing (this frame's own StopIteration must pass through).
                    return throwHere(exc);
                }
            }
            running = true;
            try {
                if (yf instanceof PyGenerator) {
                    r = ((PyGenerator) yf).throwIn(exc, closing);
                } else {
                    r = Abstract.call(meth, exc.value);
                }
            } catch (PyException e) {
                running = false;
                // The delegate finished: leave the SEND loop and continue after it.
                frame.stackTop--;
                frame.localsPlus[frame.stackTop] = null;
                int send = frame.lasti - 1;
                frame.lasti = Opcode.arg(frame.code.code[send]) - 1;
                if (e.matches(PyExc.StopIteration)) {
                    return send(((PyBaseException) e.value).attr("value"));
                }
                return throwHere(e);
            } finally {
                running = false;
            }
            return r;
        }
        return throwHere(exc);
    }

    private PyObject throwHere(PyException exc) {
        // A just-created generator still enters its frame to raise exc at its first line, as
        // CPython 3.11 does: a tracer sees 'call', 'exception' and 'return' (no 'line').
        PyObject r = resume(threadState(), PyNone.NONE, exc);
        if (r == null) {
            throw PyExc.stopIteration(lastResult);
        }
        return r;
    }

    private static void closeIter(PyObject yf) {
        if (yf instanceof PyGenerator) {
            ((PyGenerator) yf).close();
            return;
        }
        PyObject meth = Abstract.getAttrOrNull(yf, "close");
        if (meth != null) {
            Abstract.call(meth);
        }
    }

    /** {@code gen.close()}: GeneratorExit at the suspension point; a yield then is a RuntimeError. */
    public PyObject close() {
        if (finished) {
            return PyNone.NONE;
        }
        PyException exit = new PyException(new PyBaseException(PyExc.GeneratorExit, PyTuple.EMPTY));
        try {
            throwIn(exit, true);
        } catch (PyException e) {
            if (e.matches(PyExc.GeneratorExit) || e.matches(PyExc.StopIteration)) {
                return PyNone.NONE;
            }
            throw e;
        }
        throw PyExc.runtimeError(kind() + " ignored GeneratorExit");
    }

    static PyException throwArgs(PyObject[] a, int off, int n) {
        if (n < 1 || n > 3) {
            throw PyExc.typeError("throw expected at least 1 argument, got " + n);
        }
        PyObject typ = a[off];
        PyObject val = n > 1 ? a[off + 1] : PyNone.NONE;
        PyObject tb = n > 2 ? a[off + 2] : PyNone.NONE;
        PyBaseException exc;
        if (typ instanceof PyType && ((PyType) typ).isSubtypeOf(PyExc.BaseException)) {
            if (val instanceof PyBaseException && val.getType().isSubtypeOf((PyType) typ)) {
                exc = (PyBaseException) val;
            } else if (val == PyNone.NONE) {
                exc = (PyBaseException) Abstract.call(typ);
            } else if (val instanceof PyTuple) {
                exc = (PyBaseException) Abstract.callArgs(typ, (PyTuple) val, null);
            } else {
                exc = (PyBaseException) Abstract.call(typ, val);
            }
        } else if (typ instanceof PyBaseException) {
            if (val != PyNone.NONE) {
                throw PyExc.typeError("instance exception may not have a separate value");
            }
            exc = (PyBaseException) typ;
        } else {
            throw PyExc.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + typ.getType().getName());
        }
        if (tb != PyNone.NONE) {
            if (!(tb instanceof Traceback)) {
                throw PyExc.typeError("throw() third argument must be a traceback object");
            }
            exc.traceback = tb;
        }
        return new PyException(exc);
    }

    private static void setup(PyType t, String kind) {
        t.acceptsSubclasses = false;
        if (kind.equals("generator")) {
            t.iter = self -> self;
            t.iternext = self -> ((PyGenerator) self).next();
        } else {
            t.method("__await__", self -> new CoroutineWrapper((PyGenerator) self));
        }
        t.method("send", (self, v) -> ((PyGenerator) self).send(v));
        t.method("throw", 1, 3, (self, a, off, n) -> ((PyGenerator) self).throwIn(throwArgs(a, off, n), false));
        t.method("close", self -> ((PyGenerator) self).close());
        t.repr = self -> {
            PyGenerator g = (PyGenerator) self;
            return PyUnicode.of("<" + kind + " object " + Abstract.str(g.qualname).value + " at "
                    + ObjectIds.address(self) + ">");
        };
        String p = kind.equals("generator") ? "gi_" : "cr_";
        t.getset(p + "frame", self -> ((PyGenerator) self).finished ? PyNone.NONE : ((PyGenerator) self).frame, null);
        t.getset(p + "running", self -> PyBool.of(((PyGenerator) self).running), null);
        t.getset(p + "code", self -> ((PyGenerator) self).frame.code, null);
        t.getset(p + "suspended", self -> PyBool.of(((PyGenerator) self).frame.suspended && !((PyGenerator) self).running), null);
        t.getset(kind.equals("generator") ? "gi_yieldfrom" : "cr_await", self -> {
            PyObject y = ((PyGenerator) self).yieldFrom();
            return y == null ? PyNone.NONE : y;
        }, null);
        t.getset("__name__", self -> ((PyGenerator) self).name, (d, self, v) -> ((PyGenerator) self).name = v);
        t.getset("__qualname__", self -> ((PyGenerator) self).qualname, (d, self, v) -> ((PyGenerator) self).qualname = v);
    }

    /** {@code coroutine_wrapper}: what {@code coro.__await__()} returns, an iterator over the coroutine. */
    static final class CoroutineWrapper extends PyObject {
        static final PyType TYPE = PyType.builtin("coroutine_wrapper", null, t -> {
            t.acceptsSubclasses = false;
            t.iter = self -> self;
            t.iternext = self -> ((CoroutineWrapper) self).coro.next();
            t.method("send", (self, v) -> ((CoroutineWrapper) self).coro.send(v));
            t.method("throw", 1, 3, (self, a, off, n) -> ((CoroutineWrapper) self).coro.throwIn(throwArgs(a, off, n), false));
            t.method("close", self -> ((CoroutineWrapper) self).coro.close());
        });
        final PyGenerator coro;

        CoroutineWrapper(PyGenerator coro) {
            this.coro = coro;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }
}
