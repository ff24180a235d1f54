package org.taipan.modules;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * {@code _subprocess}: child processes through {@link ProcessBuilder}, for {@code subprocess.py}.
 * A child is named by a small integer handle; its stdout and stderr are drained by two
 * daemon threads from the start (so a chatty child never blocks on a full pipe) and
 * {@code subprocess.py} decides whether the program sees them or they are passed through.
 */
public final class SubprocessModule {
    private static final Map<Integer, Child> CHILDREN = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger(1);

    /** One started process and the bytes read from it so far. */
    private static final class Child {
        final Process process;
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final Thread outReader;
        final Thread errReader;
        boolean inputSent;

        Child(Process process) {
            this.process = process;
            outReader = drain(process.getInputStream(), out);
            errReader = drain(process.getErrorStream(), err);
        }

        private static Thread drain(InputStream in, ByteArrayOutputStream sink) {
            Thread t = new Thread(() -> {
                byte[] buf = new byte[8192];
                try (in) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        synchronized (sink) {
                            sink.write(buf, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // the child went away: what was read is all there is
                }
            }, "taipan-subprocess-reader");
            t.setDaemon(true);
            t.start();
            return t;
        }
    }

    private SubprocessModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_subprocess");
        // start(args, cwd, env, merge_stderr) -> handle; env is None or a tuple of 'K=V'
        m.addFunction("start", (self, a, off, n, kw) -> {
            ArgParser.checkCount("start", n, 4, 4);
            List<String> command = new ArrayList<>();
            for (PyObject item : ((PyTuple) a[off]).items()) {
                command.add(((PyUnicode) item).value);
            }
            ProcessBuilder pb = new ProcessBuilder(command);
            if (a[off + 1] != PyNone.NONE) {
                pb.directory(new File(((PyUnicode) a[off + 1]).value));
            }
            if (a[off + 2] != PyNone.NONE) {
                Map<String, String> env = pb.environment();
                env.clear();
                for (PyObject item : ((PyTuple) a[off + 2]).items()) {
                    String kv = ((PyUnicode) item).value;
                    int eq = kv.indexOf('=');
                    env.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            pb.redirectErrorStream(a[off + 3] == PyBool.TRUE);
            try {
                int handle = NEXT.getAndIncrement();
                CHILDREN.put(handle, new Child(pb.start()));
                return PyLong.of(handle);
            } catch (IOException e) {
                // "Cannot run program "x": error=2, No such file or directory"
                String msg = String.valueOf(e.getMessage());
                int at = msg.indexOf("error=");
                String errno = "2";
                if (at >= 0) {
                    int comma = msg.indexOf(',', at);
                    errno = msg.substring(at + 6, comma < 0 ? msg.length() : comma);
                }
                throw PyExc.valueError(errno);
            }
        });
        m.addFunction("pid", (self, a, off, n, kw) -> PyLong.of(child(a[off]).process.pid()));
        // send_input(handle, data): writes data (if any) and closes the child's stdin
        m.addFunction("send_input", (self, a, off, n, kw) -> {
            Child c = child(a[off]);
            if (!c.inputSent) {
                c.inputSent = true;
                byte[] data = ((PyBytes) a[off + 1]).value;
                Thread writer = new Thread(() -> {
                    try (OutputStream os = c.process.getOutputStream()) {
                        os.write(data);
                    } catch (IOException e) {
                        // the child closed its stdin (CPython ignores the broken pipe too)
                    }
                }, "taipan-subprocess-writer");
                writer.setDaemon(true);
                writer.start();
            }
            return PyNone.NONE;
        });
        // wait(handle, timeout_seconds or None) -> exit status, or None if still running
        m.addFunction("wait", (self, a, off, n, kw) -> {
            Child c = child(a[off]);
            try {
                if (a[off + 1] == PyNone.NONE) {
                    c.process.waitFor();
                } else {
                    double secs = ((org.taipan.objects.PyFloat) a[off + 1]).value;
                    if (!c.process.waitFor((long) (secs * 1e9), TimeUnit.NANOSECONDS)) {
                        return PyNone.NONE;
                    }
                }
                c.outReader.join();
                c.errReader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PyExc.runtimeError("interrupted while waiting for a child process");
            }
            return PyLong.of(c.process.exitValue());
        });
        m.addFunction("poll", (self, a, off, n, kw) -> {
            Child c = child(a[off]);
            return c.process.isAlive() ? PyNone.NONE : PyLong.of(c.process.exitValue());
        });
        // output(handle) -> (stdout bytes, stderr bytes) read so far
        m.addFunction("output", (self, a, off, n, kw) -> {
            Child c = child(a[off]);
            byte[] out;
            byte[] err;
            synchronized (c.out) {
                out = c.out.toByteArray();
            }
            synchronized (c.err) {
                err = c.err.toByteArray();
            }
            return new PyTuple(new PyBytes(out), new PyBytes(err));
        });
        m.addFunction("kill", (self, a, off, n, kw) -> {
            child(a[off]).process.destroyForcibly();
            return PyNone.NONE;
        });
        m.addFunction("terminate", (self, a, off, n, kw) -> {
            child(a[off]).process.destroy();
            return PyNone.NONE;
        });
        m.addFunction("release", (self, a, off, n, kw) -> {
            CHILDREN.remove((int) ((PyLong) a[off]).longValue());
            return PyNone.NONE;
        });
        return m;
    }

    private static Child child(PyObject handle) {
        Child c = CHILDREN.get((int) ((PyLong) handle).longValue());
        if (c == null) {
            throw PyExc.valueError("no such child process");
        }
        return c;
    }
}
