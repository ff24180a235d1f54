package org.taipan.embed;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The paths computed from a {@link RuntimeConfig} at initialization (CPython's path
 * configuration): the program's full path, prefix, exec prefix and module search path, following
 * the C API's rules for {@code Py_SetPath} and {@code Py_SetPythonHome}.
 */
final class PathConfig {
    /** Taipan's installation prefix when no home is configured. */
    static final String DEFAULT_PREFIX = "/usr/local";
    static final String DEFAULT_PROGRAM_NAME = "python3";

    final String programName;
    final String programFullPath;
    final String prefix;
    final String execPrefix;
    final String home;
    final List<String> path;

    PathConfig(RuntimeConfig c, String launcherExecutable) {
        programName = c.programName != null ? c.programName : DEFAULT_PROGRAM_NAME;
        home = c.home;
        if (c.moduleSearchPath != null) {
            // Py_SetPath: the path as given, no prefixes, the program name unresolved.
            programFullPath = programName;
            prefix = "";
            execPrefix = "";
            path = split(c.moduleSearchPath);
            return;
        }
        programFullPath = c.programName != null ? findProgram(c.programName) : launcherExecutable;
        if (home != null) {
            int colon = home.indexOf(':');
            prefix = colon < 0 ? home : home.substring(0, colon);
            execPrefix = colon < 0 ? home : home.substring(colon + 1);
            path = List.of(prefix + "/lib/python311.zip", prefix + "/lib/python3.11",
                    execPrefix + "/lib/python3.11/lib-dynload");
        } else {
            prefix = DEFAULT_PREFIX;
            execPrefix = DEFAULT_PREFIX;
            path = List.of();
        }
    }

    /** Py_GetPath: the module search path joined with {@code ':'}. */
    String joinedPath() {
        return String.join(File.pathSeparator, path);
    }

    private static List<String> split(String p) {
        List<String> l = new ArrayList<>();
        int start = 0;
        for (int i = p.indexOf(File.pathSeparatorChar); i >= 0; i = p.indexOf(File.pathSeparatorChar, start)) {
            l.add(p.substring(start, i));
            start = i + 1;
        }
        l.add(p.substring(start));
        return l;
    }

    /** argv[0] made absolute: as given when it has a slash, else looked up on $PATH ("" if absent). */
    private static String findProgram(String name) {
        if (name.isEmpty()) {
            return "";
        }
        if (name.indexOf('/') >= 0) {
            return Path.of(name).toAbsolutePath().normalize().toString();
        }
        String env = System.getenv("PATH");
        if (env != null) {
            for (String dir : split(env)) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p.toAbsolutePath().normalize().toString();
                }
            }
        }
        return "";
    }
}
