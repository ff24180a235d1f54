package org.taipan.vm;

import org.taipan.objects.Abstract;
import org.taipan.objects.ObjectIds;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * Async generators (PEP 525) and the async iteration opcodes: {@code __anext__}/{@code asend}
 * return {@code async_generator_asend} awaitables, {@code athrow}/{@code aclose} return
 * {@code async_generator_athrow}; a value yielded by the generator body arrives wrapped
 * (ASYNC_GEN_WRAP) and finishes the awaitable with StopIteration(value), while anything else
 * yielded (from an inner await) passes through to the event loop.
 */
final class AsyncGenerators {
    private AsyncGenerators() {
    }

    /** A value the async generator body yielded (as opposed to one passing through from an await). */
    static final class Wrapped extends PyObject {
        /** CPython's type of the same name: what a tracer's 'return' event shows for such a yield. */
        static final PyType TYPE = PyType.builtin("async_generator_wrapped_value", null, t -> t.acceptsSubclasses = false);
        final PyObject value;

        Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.method("__aiter__", self -> self);
        t.method("__anext__", self -> new Asend(initHooks(self), PyNone.NONE));
        t.method("asend", (self, v) -> new Asend(initHooks(self), v));
        t.method("athrow", 1, 3, (self, a, off, n) -> new Athrow(initHooks(self), PyGenerator.throwArgs(a, off, n), false));
        t.method("aclose", self -> new Athrow(initHooks(self),
                new PyException(new PyBaseException(PyExc.GeneratorExit, PyTuple.EMPTY)), true));
        t.repr = self -> PyUnicode.of("<async_generator object " + Abstract.str(((PyGenerator) self).qualname).value
                + " at " + ObjectIds.address(self) + ">");
        t.getset("ag_frame", self -> ((PyGenerator) self).finished ? PyNone.NONE : ((PyGenerator) self).frame, null);
        t.getset("ag_running", self -> org.taipan.objects.PyBool.of(((PyGenerator) self).running), null);
        t.getset("ag_code", self -> ((PyGenerator) self).frame.code, null);
        t.getset("__name__", self -> ((PyGenerator) self).name, null);
        t.getset("__qualname__", self -> ((PyGenerator) self).qualname, null);
    }

    /**
     * Calls the thread's {@code firstiter} hook the first time the generator is iterated, so an
     * event loop can track it (and close it at shutdown); the finalizer hook is not called, as
     * the JVM's collector gives no prompt point to call it at.
     */
    private static PyGenerator initHooks(PyObject self) {
        PyGenerator g = (PyGenerator) self;
        if (!g.hooksInited) {
            g.hooksInited = true;
            ThreadState ts = ThreadState.current();
            if (ts.asyncgenFirstiter != PyNone.NONE) {
                Abstract.call(ts.asyncgenFirstiter, g);
            }
        }
        return g;
    }

    /** Base of the awaitables: an iterator whose send/throw drive one step of the generator. */
    abstract static class Step extends PyObject {
        final PyGenerator gen;
        boolean done;

        Step(PyGenerator gen) {
            this.gen = gen;
        }

        abstract PyObject send(PyObject v);

        abstract PyObject throwIn(PyException e);

        PyObject next() {
            try {
                return send(PyNone.NONE);
            } catch (PyException e) {
                if (e.matches(PyExc.StopIteration)) {
                    return null;
                }
                throw e;
            }
        }
    }

    static PyObject finish(PyObject r) {
        if (r instanceof Wrapped) {
            throw PyExc.stopIteration(((Wrapped) r).value);
        }
        return r;
    }

    static final class Asend extends Step {
        static final PyType TYPE = stepType("async_generator_asend");
        PyObject first;

        Asend(PyGenerator gen, PyObject value) {
            super(gen);
            this.first = value;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        PyObject send(PyObject v) {
            if (done) {
                throw PyExc.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (first != null) {
                if (v == PyNone.NONE) {
                    v = first;
                }
                first = null;
            }
            try {
                PyObject r = gen.asyncStep(v, null);
                if (r instanceof Wrapped) {
                    done = true;
                }
                return finish(r);
            } catch (PyException e) {
                done = true;
                throw e;
            }
        }

        @Override
        PyObject throwIn(PyException e) {
            try {
                PyObject r = gen.asyncStep(PyNone.NONE, e);
                if (r instanceof Wrapped) {
                    done = true;
                }
                return finish(r);
            } catch (PyException x) {
                done = true;
                throw x;
            }
        }
    }

    static final class Athrow extends Step {
        static final PyType TYPE = stepType("async_generator_athrow");
        final PyException exc;
        final boolean closing;
        boolean started;

        Athrow(PyGenerator gen, PyException exc, boolean closing) {
            super(gen);
            this.exc = exc;
            this.closing = closing;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        PyObject send(PyObject v) {
            if (done) {
                throw PyExc.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            if (!started) {
                started = true;
                if (gen.finished || !gen.started) {
                    done = true;
                    gen.finished = true;
                    if (closing) {
                        throw PyExc.stopIteration(null);
                    }
                    throw exc;
                }
                return result(() -> gen.asyncStep(PyNone.NONE, exc));
            }
            return result(() -> gen.asyncStep(v, null));
        }

        @Override
        PyObject throwIn(PyException e) {
            return result(() -> gen.asyncStep(PyNone.NONE, e));
        }

        private PyObject result(java.util.function.Supplier<PyObject> step) {
            try {
                PyObject r = step.get();
                if (r instanceof Wrapped) {
                    if (closing) {
                        done = true;
                        throw PyExc.runtimeError("async generator ignored GeneratorExit");
                    }
                    done = true;
                    return finish(r);
                }
                return r;
            } catch (PyException e) {
                done = true;
                if (closing && (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit))) {
                    throw PyExc.stopIteration(null);
                }
                throw e;
            }
        }
    }

    private static PyType stepType(String name) {
        return PyType.builtin(name, null, t -> {
            t.acceptsSubclasses = false;
            t.iter = self -> self;
            t.iternext = self -> ((Step) self).next();
            t.method("__await__", self -> self);
            t.method("send", (self, v) -> ((Step) self).send(v));
            t.method("throw", 1, 3, (self, a, off, n) -> ((Step) self).throwIn(PyGenerator.throwArgs(a, off, n)));
            t.method("close", self -> {
                ((Step) self).done = true;
                return PyNone.NONE;
            });
        });
    }

    // --- opcodes and builtins ---

    static PyObject getAiter(PyObject o) {
        PyObject f = Abstract.lookupSpecial(o, "__aiter__");
        if (f == null) {
            throw PyExc.typeError("'async for' requires an object with __aiter__ method, got " + o.getType().getName());
        }
        PyObject it = Abstract.call(f);
        if (Abstract.lookupSpecial(it, "__anext__") == null) {
            throw PyExc.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.getType().getName());
        }
        return it;
    }

    static PyObject getAnext(PyObject aiter) {
        if (aiter instanceof PyGenerator && aiter.getType() == PyGenerator.ASYNC_GENERATOR) {
            return new Asend((PyGenerator) aiter, PyNone.NONE);
        }
        PyObject f = Abstract.lookupSpecial(aiter, "__anext__");
        if (f == null) {
            throw PyExc.typeError("'async for' requires an iterator with __anext__ method, got "
                    + aiter.getType().getName());
        }
        PyObject next = Abstract.call(f);
        try {
            return ColdOps.awaitable(next, 0);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw PyExc.typeError("'async for' received an invalid object from __anext__: " + next.getType().getName());
            }
            throw e;
        }
    }

    /** {@code aiter(x)}. */
    public static PyObject aiter(PyObject o) {
        PyObject f = Abstract.lookupSpecial(o, "__aiter__");
        if (f == null) {
            throw PyExc.typeError("'" + o.getType().getName() + "' object is not an async iterable");
        }
        PyObject it = Abstract.call(f);
        if (Abstract.lookupSpecial(it, "__anext__") == null) {
            throw PyExc.typeError("aiter() returned not an async iterator of type '" + it.getType().getName() + "'");
        }
        return it;
    }

    /** {@code anext(it[, default])}. */
    public static PyObject anext(PyObject it, PyObject dflt) {
        PyObject f = Abstract.lookupSpecial(it, "__anext__");
        if (f == null) {
            throw PyExc.typeError("'" + it.getType().getName() + "' object is not an async iterator");
        }
        PyObject awaitable = Abstract.call(f);
        if (dflt == null) {
            return awaitable;
        }
        return new AnextDefault(ColdOps.awaitable(awaitable, 0), dflt);
    }

    /** {@code anext(it, default)}'s awaitable: StopAsyncIteration becomes StopIteration(default). */
    static final class AnextDefault extends Step {
        static final PyType TYPE = stepType("anext_awaitable");
        final PyObject inner;
        final PyObject dflt;

        AnextDefault(PyObject inner, PyObject dflt) {
            super(null);
            this.inner = inner;
            this.dflt = dflt;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        PyObject send(PyObject v) {
            try {
                // Steps and generators are sent to directly: their iterator protocol drops the
                // value they finish with, which is the item anext() awaits.
                if (inner instanceof Step) {
                    return ((Step) inner).send(v);
                }
                if (inner instanceof PyGenerator) {
                    return ((PyGenerator) inner).send(v);
                }
                if (v == PyNone.NONE && inner.getType().iternext != null) {
                    PyObject r = Abstract.next(inner);
                    if (r == null) {
                        throw PyExc.stopIteration(null);
                    }
                    return r;
                }
                return Abstract.callMethod(inner, "send", v);
            } catch (PyException e) {
                if (e.matches(PyExc.StopAsyncIteration)) {
                    throw PyExc.stopIteration(dflt);
                }
                throw e;
            }
        }

        @Override
        PyObject throwIn(PyException e) {
            try {
                return Abstract.callMethod(inner, "throw", e.value);
            } catch (PyException x) {
                if (x.matches(PyExc.StopAsyncIteration)) {
                    throw PyExc.stopIteration(dflt);
                }
                throw x;
            }
        }
    }
}
