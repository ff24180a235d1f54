package org.taipan.modules;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The process's text streams as the builtins see them (sys.stdout/sys.stderr until io exists). */
public final class Stdio {
    private static volatile Stdio out = new Stdio(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8));
    private final PrintStream stream;

    public Stdio(PrintStream stream) {
        this.stream = stream;
    }

    public static Stdio out() {
        return out;
    }

    public static void setOut(PrintStream s) {
        out = new Stdio(s);
    }

    public void write(String s) {
        stream.print(s);
    }

    public void flush() {
        stream.flush();
    }
}
