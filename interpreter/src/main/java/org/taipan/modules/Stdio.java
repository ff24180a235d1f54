package org.taipan.modules;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process streams the next interpreter's {@code sys.stdout}/{@code sys.stderr} wrap (the
 * launcher sets them; tests pass their own), UTF-8 like CPython's default on Linux.
 */
public final class Stdio {
    private static volatile PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    private static volatile PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    private static final PrintStream ORIGINAL_OUT = out;
    private static final PrintStream ORIGINAL_ERR = err;

    private Stdio() {
    }

    private static volatile java.io.InputStream in;
    private static volatile java.nio.file.Path cwd;

    /** Standard input for the next interpreter (null: the process's). */
    public static void setInput(java.io.InputStream s) {
        in = s;
    }

    private static volatile java.util.Map<String, String> environment;

    /**
     * The environment the next interpreter sees instead of the process's (null: the process's):
     * for embedders and tests, since a JVM cannot change its own environment.
     */
    public static void setEnvironment(java.util.Map<String, String> env) {
        environment = env == null ? null : java.util.Map.copyOf(env);
    }

    /** The environment variables the interpreter sees ({@code os.environ}, PYTHON* options). */
    public static java.util.Map<String, String> environment() {
        java.util.Map<String, String> env = environment;
        return env != null ? env : System.getenv();
    }

    /** Whether the next interpreter reads the process's own standard input. */
    public static boolean inputIsProcessStdin() {
        return in == null;
    }

    public static java.io.InputStream input() {
        java.io.InputStream s = in;
        return s != null ? s : System.in;
    }

    /** The working directory programs see (null: the process's). */
    public static void setWorkingDirectory(java.nio.file.Path p) {
        cwd = p;
    }

    public static java.nio.file.Path workingDirectory() {
        java.nio.file.Path p = cwd;
        return p != null ? p.toAbsolutePath() : java.nio.file.Path.of("").toAbsolutePath();
    }

    public static void configure(PrintStream stdout, PrintStream stderr) {
        out = stdout;
        err = stderr;
    }

    /** Whether descriptor {@code fd} (0, 1 or 2) is still the process's own stream, not one a test passed. */
    public static boolean isProcessStream(int fd) {
        return fd == 0 ? in == null : fd == 1 ? out.getClass() == PrintStream.class && out == ORIGINAL_OUT : err == ORIGINAL_ERR;
    }

    public static PrintStream out() {
        return out;
    }

    public static PrintStream err() {
        return err;
    }
}
