package org.taipan.embed;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The settings a host makes before initializing the runtime, the counterparts of CPython's
 * {@code Py_SetProgramName}, {@code Py_SetPythonHome}, {@code Py_SetPath} and
 * {@code Py_SetStandardStreamEncoding}, plus the Java streams {@code sys.stdin/stdout/stderr} wrap.
 * A config is read once by {@link PythonRuntime#initialize(RuntimeConfig, boolean)}, so there is
 * no "too late to set" case. Setters return {@code this} for chaining.
 */
public final class RuntimeConfig {
    String programName;
    String home;
    String moduleSearchPath;
    String stdioEncoding;
    String stdioErrors;
    PrintStream stdout;
    PrintStream stderr;
    InputStream stdin;

    /** Py_SetProgramName: argv[0] of the host, used to find {@code sys.executable}. */
    public RuntimeConfig programName(String name) {
        this.programName = name;
        return this;
    }

    /**
     * Py_SetPythonHome: the installation prefix; {@code "prefix:exec_prefix"} sets both, as
     * {@code $PYTHONHOME} does. {@code sys.path} becomes the standard library directories under it.
     */
    public RuntimeConfig home(String home) {
        this.home = home;
        return this;
    }

    /**
     * Py_SetPath: {@code sys.path} exactly, entries separated by {@code ':'}. As in the C API this
     * also leaves {@code sys.prefix} and {@code sys.exec_prefix} empty and makes
     * {@code sys.executable} the program name as given.
     */
    public RuntimeConfig moduleSearchPath(String path) {
        this.moduleSearchPath = path;
        return this;
    }

    /**
     * Py_SetStandardStreamEncoding: the encoding and/or error handler of {@code sys.stdin},
     * {@code sys.stdout} and {@code sys.stderr} (null keeps the default: UTF-8, "strict", and
     * "backslashreplace" for stderr).
     */
    public RuntimeConfig standardStreamEncoding(String encoding, String errors) {
        this.stdioEncoding = encoding;
        this.stdioErrors = errors;
        return this;
    }

    /** The Java streams behind {@code sys.stdout} and {@code sys.stderr} (null: the process's). */
    public RuntimeConfig standardStreams(PrintStream out, PrintStream err) {
        this.stdout = out;
        this.stderr = err;
        return this;
    }

    /** The Java stream behind {@code sys.stdin} (null: the process's). */
    public RuntimeConfig standardInput(InputStream in) {
        this.stdin = in;
        return this;
    }
}
