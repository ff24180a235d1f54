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
        return Stdio.environment().get("PYTHONBREAKPOINT");
    }

    static SysConfig current() {
        return current;
    }

    boolean devMode() {
        return commandLine != null && commandLine.xOptions.stream().anyMatch(x -> x.equals("dev") || x.startsWith("dev="));
    }
}
