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

    private static java.io.BufferedReader stdin;

    /** A line from standard input without its newline, or null at EOF. */
    public static synchronized String readLine() {
        try {
            if (stdin == null) {
                stdin = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            return stdin.readLine();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    public void write(String s) {
        stream.print(s);
    }

    public void flush() {
        stream.flush();
    }
}
