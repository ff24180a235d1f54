package org.taipan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one {@link ProgramCase} through Taipan's entry point in this JVM, as {@code ./taipan}
 * would run it, and captures stdout, stderr and the exit status.
 *
 * <p>Working directory: a JVM cannot change its current directory, so the entry point must be
 * told. When {@code Main} has an overload taking one, {@code run(String[], InputStream,
 * PrintStream, PrintStream, Path)} or {@code run(String[], PrintStream, PrintStream, Path)}, the
 * case runs in its own directory with the argument list as recorded. Otherwise the 3-argument
 * {@code Main.run} gets the script's absolute path (CPython prints the main script's absolute
 * path in tracebacks anyway); {@code -m} and {@code -c} cases that import from the current
 * directory then cannot pass. Either way the case directory's absolute path followed by the
 * separator is cut out of both streams, as the recorder did with CPython's output. Stdin is
 * given to the 5-argument overload, and is also installed as {@code System.in} for the run.
 *
 * <p>The program runs on its own thread with a large stack and a time limit; a Java exception
 * escaping {@code Main.run} is a failure of its own (bad input must never escape as one).
 */
final class ProgramRun {
    private static final long STACK_BYTES = 256L << 20;
    private static final AtomicInteger THREADS = new AtomicInteger();

    final String out;
    final String err;
    final int status;
    /** A Java exception that escaped Main.run, with its stack trace; null if none. */
    final String javaException;
    final boolean timedOut;
    final long millis;

    private ProgramRun(String out, String err, int status, String javaException, boolean timedOut,
                       long millis) {
        this.out = out;
        this.err = err;
        this.status = status;
        this.javaException = javaException;
        this.timedOut = timedOut;
        this.millis = millis;
    }

    /** How this JVM can run programs: which Main.run overload exists. */
    enum EntryPoint {
        WITH_STDIN_AND_DIRECTORY, WITH_DIRECTORY, PLAIN;

        static EntryPoint available() {
            if (find(String[].class, InputStream.class, PrintStream.class, PrintStream.class, Path.class) != null) {
                return WITH_STDIN_AND_DIRECTORY;
            }
            if (find(String[].class, PrintStream.class, PrintStream.class, Path.class) != null) {
                return WITH_DIRECTORY;
            }
            return PLAIN;
        }

        static Method find(Class<?>... parameters) {
            try {
                return Main.class.getMethod("run", parameters);
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    static ProgramRun run(ProgramCase c, EntryPoint entry, long timeoutMillis) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        AtomicInteger status = new AtomicInteger(-1);
        AtomicReference<Throwable> escaped = new AtomicReference<>();
        InputStream savedIn = System.in;
        InputStream in = new ByteArrayInputStream(c.stdin());
        Runnable body = () -> {
            try {
                status.set(invoke(c, entry, in, out, err));
            } catch (Throwable t) {
                escaped.set(t);
            }
        };
        Thread thread = new Thread(null, body, "program-" + THREADS.incrementAndGet(), STACK_BYTES);
        thread.setDaemon(true);
        long start = System.nanoTime();
        boolean timedOut = false;
        System.setIn(in);
        org.taipan.modules.Stdio.setEnvironment(c.env());
        try {
            thread.start();
            thread.join(timeoutMillis);
            if (thread.isAlive()) {
                timedOut = true;
                thread.interrupt();
                thread.join(1000);
                if (thread.isAlive()) {
                    try {
                        // A runaway program would keep a core busy for the rest of the run.
                        thread.stop();
                    } catch (UnsupportedOperationException ignored) {
                        // Newer JVMs cannot stop threads; the daemon thread is left behind.
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            System.setIn(savedIn);
            org.taipan.modules.Stdio.setEnvironment(null);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        out.flush();
        err.flush();
        String prefix = c.directory().toAbsolutePath() + File.separator;
        return new ProgramRun(
                outBytes.toString(StandardCharsets.UTF_8).replace(prefix, ""),
                errBytes.toString(StandardCharsets.UTF_8).replace(prefix, ""),
                status.get(), describe(escaped.get()), timedOut, millis);
    }

    private static int invoke(ProgramCase c, EntryPoint entry, InputStream in, PrintStream out,
                              PrintStream err) throws Throwable {
        String[] argv = c.argv().toArray(new String[0]);
        try {
            switch (entry) {
                case WITH_STDIN_AND_DIRECTORY:
                    return (Integer) EntryPoint.find(String[].class, InputStream.class, PrintStream.class,
                            PrintStream.class, Path.class).invoke(null, argv, in, out, err, c.directory());
                case WITH_DIRECTORY:
                    return (Integer) EntryPoint.find(String[].class, PrintStream.class, PrintStream.class,
                            Path.class).invoke(null, argv, out, err, c.directory());
                default:
                    return Main.run(withAbsoluteScript(argv, c.directory()), out, err);
            }
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * The argument list with the script operand (the first argument that is not an option or an
     * option's value) made absolute; unchanged for {@code -c}, {@code -m} and {@code -}.
     */
    static String[] withAbsoluteScript(String[] argv, Path directory) {
        List<String> result = new ArrayList<>(List.of(argv));
        for (int i = 0; i < result.size(); i++) {
            String a = result.get(i);
            if (a.equals("-c") || a.equals("-m") || a.equals("-") || a.startsWith("-c") || a.startsWith("-m")) {
                break;
            }
            if (a.equals("-W") || a.equals("-X")) {
                i++;
                continue;
            }
            if (a.startsWith("-")) {
                continue;
            }
            result.set(i, directory.resolve(a).toAbsolutePath().toString());
            break;
        }
        return result.toArray(new String[0]);
    }

    private static String describe(Throwable t) {
        if (t == null) {
            return null;
        }
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }
}
