package org.taipan.embed;

import java.util.function.Supplier;
import org.taipan.objects.PyException;
import org.taipan.vm.Gil;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.ThreadState;

/**
 * PyGILState_Ensure/Release for any Java thread: {@link #ensure()} gives the calling thread a
 * thread state (creating one on the main interpreter if it has none) and the GIL; closing the
 * returned object puts both back as they were, deleting a thread state that ensure created.
 * Nested ensures on one thread are cheap and balanced. Python runs only on a thread holding the
 * GIL; a thread holding it lets others in at {@code sys.getswitchinterval()}.
 * <pre>
 * try (GilState gil = GilState.ensure()) {
 *     Run.string("counter += 1");
 * }
 * </pre>
 */
public final class GilState implements AutoCloseable {
    private final Gil gil;
    private final boolean acquired;
    private final ThreadState previous;
    private final ThreadState created;
    private final Thread owner = Thread.currentThread();
    private boolean closed;

    private GilState(Gil gil, boolean acquired, ThreadState previous, ThreadState created) {
        this.gil = gil;
        this.acquired = acquired;
        this.previous = previous;
        this.created = created;
    }

    /** PyGILState_Ensure. IllegalStateException when the runtime is not initialized. */
    public static GilState ensure() {
        PythonRuntime rt = PythonRuntime.get();
        InterpreterState main = rt.mainInterpreter();
        ThreadState previous = ThreadStates.currentOrNullIfFresh();
        ThreadState created = null;
        ThreadState ts = previous;
        if (ts == null) {
            created = ThreadStates.create(main);
            ts = created;
        }
        Gil gil = ts.interp.gil;
        boolean acquired = !gil.isHeld();
        if (acquired) {
            gil.acquire();
        }
        if (created != null) {
            ThreadStates.bind(created);
        }
        return new GilState(gil, acquired, previous, created);
    }

    /** PyGILState_Check: whether the calling thread holds the GIL. */
    public static boolean check() {
        PythonRuntime rt = PythonRuntime.current();
        return rt != null && rt.mainInterpreter().gil.isHeld();
    }

    /** PyGILState_GetThisThreadState: the calling thread's state, or null. */
    public static ThreadState thisThreadState() {
        PythonRuntime rt = PythonRuntime.current();
        return rt == null ? null : ThreadStates.currentOrNullIfFresh();
    }

    /** PyGILState_Release; closing twice is an error, as releasing twice is in C. */
    @Override
    public void close() {
        if (closed) {
            throw new IllegalStateException("GilState released twice");
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("GilState released by another thread than the one that ensured it");
        }
        closed = true;
        if (created != null) {
            ThreadStates.delete(created);
            ThreadStates.bind(previous);
        }
        if (acquired) {
            gil.release();
        }
    }

    /** Runs {@code body} holding the GIL; a Python exception surfaces as a {@link PythonException}. */
    static <T> T call(Supplier<T> body) {
        try (GilState g = ensure()) {
            try {
                return body.get();
            } catch (PyException e) {
                throw new PythonException(e);
            }
        }
    }

    /** {@link #call} for code with no result. */
    static void run(Runnable body) {
        call(() -> {
            body.run();
            return null;
        });
    }
}
