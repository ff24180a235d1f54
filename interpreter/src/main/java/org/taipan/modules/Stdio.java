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

    private Stdio() {
    }

    public static void configure(PrintStream stdout, PrintStream stderr) {
        out = stdout;
        err = stderr;
    }

    public static PrintStream out() {
        return out;
    }

    public static PrintStream err() {
        return err;
    }
}
