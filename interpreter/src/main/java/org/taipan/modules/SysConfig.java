package org.taipan.modules;

import java.util.ArrayList;
import java.util.List;
import org.taipan.cli.CommandLine;

/**
 * The start-up configuration that {@code sys} reports (CPython's PyConfig as seen through
 * {@code sys.flags}, {@code sys.warnoptions}, {@code sys._xoptions}, {@code sys.orig_argv}):
 * set by the launcher from the parsed command line before the program's interpreter is made.
 * Embedders and tests that never set it get the defaults of a plain {@code python3 prog.py}.
 */
public final class SysConfig {
    private static volatile SysConfig current = new SysConfig(null, new String[0]);

    final CommandLine commandLine;
    final List<String> origArgv = new ArrayList<>();

    private SysConfig(CommandLine commandLine, String[] argv) {
        this.commandLine = commandLine;
        origArgv.add(org.taipan.Main.programName());
        origArgv.addAll(java.util.Arrays.asList(argv));
    }

    /** Records the command line of the program about to run (called by {@code Main.run}). */
    public static void configure(CommandLine cl, String[] argv) {
        current = new SysConfig(cl, argv);
    }

    /** Stands in for $PYTHONBREAKPOINT when set (tests cannot change the process environment). */
    static volatile String breakpointVariable;

    /** $PYTHONBREAKPOINT, or null when unset or when -E/-I ignore the environment. */
    String breakpointVariable() {
        if (breakpointVariable != null) {
            return breakpointVariable;
        }
        if (commandLine != null && (commandLine.ignoreEnvironment || commandLine.isolated)) {
            return null;
        }
        // Read at each call, as CPython's getenv: a program's os.environ changes count.
        org.taipan.objects.PyObject os = org.taipan.vm.ThreadState.current().interp.modules.getStr("os");
        if (os != null) {
            try {
                org.taipan.objects.PyObject environ = org.taipan.objects.Abstract.getAttr(os, "environ");
                org.taipan.objects.PyObject v = org.taipan.objects.Abstract.callMethod(environ, "get",
                        org.taipan.objects.PyUnicode.of("PYTHONBREAKPOINT"));
                return v instanceof org.taipan.objects.PyUnicode ? ((org.taipan.objects.PyUnicode) v).value : null;
            } catch (org.taipan.objects.PyException e) {
                // fall back to the environment the interpreter started with
            }
        }
        return Stdio.environment().get("PYTHONBREAKPOINT");
    }

    /** An environment variable's value, "" when unset or when -E/-I ignore the environment. */
    String environmentVariable(String name) {
        if (commandLine != null && (commandLine.ignoreEnvironment || commandLine.isolated)) {
            return "";
        }
        String v = Stdio.environment().get(name);
        return v == null ? "" : v;
    }

    /** -B or $PYTHONDONTWRITEBYTECODE (we write no bytecode files either way; sys reports it). */
    boolean dontWriteBytecode() {
        return (commandLine != null && commandLine.dontWriteBytecode)
                || !environmentVariable("PYTHONDONTWRITEBYTECODE").isEmpty();
    }

    /** Thrown for a start-up setting CPython rejects with a fatal error (exit status 1). */
    public static final class FatalError extends Exception {
        public FatalError(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Checks -X int_max_str_digits=N / $PYTHONINTMAXSTRDIGITS before anything runs, as CPython
     * does at start-up (a malformed value is a fatal error).
     */
    public static void applyIntMaxStrDigits() throws FatalError {
        current.parseIntMaxStrDigits(); // sys applies it to each new interpreter
    }

    int intMaxStrDigits() {
        try {
            return parseIntMaxStrDigits();
        } catch (FatalError e) {
            return -1;
        }
    }

    /** The configured limit, or -1; a malformed one is CPython's fatal start-up error. */
    int parseIntMaxStrDigits() throws FatalError {
        String x = null;
        if (commandLine != null) {
            for (String opt : commandLine.xOptions) {
                if (opt.startsWith("int_max_str_digits")) {
                    x = opt.contains("=") ? opt.substring(opt.indexOf('=') + 1) : "";
                }
            }
        }
        String source = "-X int_max_str_digits";
        if (x == null) {
            x = environmentVariable("PYTHONINTMAXSTRDIGITS");
            source = "PYTHONINTMAXSTRDIGITS";
            if (x.isEmpty()) {
                return -1;
            }
        }
        try {
            int n = Integer.parseInt(x.strip());
            if (n == 0 || n >= 640) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FatalError("Fatal Python error: config_init_int_max_str_digits: " + source
                + ": invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n");
    }

    static SysConfig current() {
        return current;
    }

    boolean devMode() {
        return commandLine != null && commandLine.xOptions.stream().anyMatch(x -> x.equals("dev") || x.startsWith("dev="));
    }
}
