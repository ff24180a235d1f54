package org.taipan.embed;

import java.util.function.Supplier;
import org.taipan.objects.PyException;
import org.taipan.vm.Gil;
import org.taipan.vm.ThreadState;

/**
 * PyGILState_Ensure/Release for any Java thread: {@link #ensure()} gives the calling thread a
 * thread state (creating one on the main interpreter if it has none) and the GIL; closing the
 * returned object gives both back, deleting a thread state that ensure created. Ensures nest.
 * Python runs only on a thread holding the GIL; a thread holding it hands it to a waiting thread
 * after {@code sys.getswitchinterval()} seconds (see {@link Gil}).
 * <pre>
 * try (GilState gil = GilState.ensure()) {
 *     Run.string("counter += 1");
 * }
 * </pre>
 */
public final class GilState implements AutoCloseable {
    private final ThreadState threadState;
    private final boolean created;
    private final Thread owner = Thread.currentThread();
    private boolean closed;

    private GilState(ThreadState ts, boolean created) {
        this.threadState = ts;
        this.created = created;
    }

    /** PyGILState_Ensure. IllegalStateException when the runtime is not initialized. */
    public static GilState ensure() {
        PythonRuntime rt = PythonRuntime.get();
        ThreadState ts = ThreadStates.currentOrNull();
        boolean created = ts == null;
        if (created) {
            ts = ThreadStates.create(rt.mainInterpreter());
            ThreadStates.bind(ts);
        }
        try {
            ts.interp.gil.acquire();
        } catch (RuntimeException | Error e) {
            if (created) {
                ThreadStates.delete(ts);
            }
            throw e;
        }
        return new GilState(ts, created);
    }

    /** PyGILState_Check: whether the calling thread holds the GIL. */
    public static boolean check() {
        PythonRuntime rt = PythonRuntime.current();
        return rt != null && ThreadStates.currentOrNull() != null && rt.mainInterpreter().gil.isHeld();
    }

    /** PyGILState_GetThisThreadState: the calling thread's state, or null. */
    public static ThreadState thisThreadState() {
        return PythonRuntime.current() == null ? null : ThreadStates.currentOrNull();
    }

    /** The thread state this ensure runs with. */
    public ThreadState threadState() {
        return threadState;
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
        threadState.interp.gil.release();
        if (created) {
            ThreadStates.delete(threadState);
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
