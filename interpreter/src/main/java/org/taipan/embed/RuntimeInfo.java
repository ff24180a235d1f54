package org.taipan.embed;

import org.taipan.Main;

/**
 * What the runtime says about itself: {@code Py_GetProgramName}, {@code Py_GetPythonHome},
 * {@code Py_GetProgramFullPath}, {@code Py_GetPrefix}, {@code Py_GetExecPrefix},
 * {@code Py_GetPath}, {@code Py_GetVersion}, {@code Py_GetPlatform}, {@code Py_GetCopyright},
 * {@code Py_GetCompiler} and {@code Py_GetBuildInfo}. The path getters answer for the running
 * runtime's configuration, or for the defaults before initialization.
 */
public final class RuntimeInfo {
    /** Py_GetBuildInfo's text, the parenthesized part of {@code sys.version}. */
    static final String BUILD_INFO = "taipan";
    /** Py_GetCompiler's text, the bracketed tail of {@code sys.version}. */
    static final String COMPILER = "[Java]";

    private RuntimeInfo() {
    }

    private static PathConfig paths() {
        PythonRuntime rt = PythonRuntime.current();
        if (rt != null) {
            return rt.paths();
        }
        String launcher = System.getProperty("taipan.executable");
        return new PathConfig(new RuntimeConfig(), launcher == null || launcher.isEmpty() ? ""
                : java.nio.file.Paths.get(launcher).toAbsolutePath().normalize().toString());
    }

    public static String programName() {
        return paths().programName;
    }

    /** Py_GetPythonHome: the configured home, or null. */
    public static String pythonHome() {
        return paths().home;
    }

    /** {@code sys.executable}. */
    public static String programFullPath() {
        return paths().programFullPath;
    }

    /** {@code sys.prefix}. */
    public static String prefix() {
        return paths().prefix;
    }

    /** {@code sys.exec_prefix}. */
    public static String execPrefix() {
        return paths().execPrefix;
    }

    /** The module search path the runtime starts with, entries joined by {@code ':'}. */
    public static String path() {
        return paths().joinedPath();
    }

    /** {@code sys.version}: "3.11.7 (taipan) [Java]". */
    public static String version() {
        return Main.PYTHON_VERSION + " (" + BUILD_INFO + ") " + COMPILER;
    }

    /** {@code sys.platform}. */
    public static String platform() {
        return "linux";
    }

    /** {@code sys.copyright}. */
    public static String copyright() {
        return "Copyright (c) Taipan authors.\nAll Rights Reserved.";
    }

    public static String compiler() {
        return COMPILER;
    }

    public static String buildInfo() {
        return BUILD_INFO;
    }

}
