package org.taipan.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.taipan.Main;

/**
 * The values of {@code sys} that are Taipan's by design and so cannot come from the CPython
 * differential suite (see "Recorded differences" in docs/architecture.md), and the values that
 * come from the command line (flags, -X, -W, orig_argv).
 */
class SysModuleTest {
    /** Runs {@code argv} through the launcher; returns stdout then stderr. */
    private static String run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream pe = new PrintStream(err, true, StandardCharsets.UTF_8);
        Main.run(argv, new ByteArrayInputStream(new byte[0]), po, pe, Paths.get("").toAbsolutePath());
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void implementationNamesTaipan() {
        assertEquals("namespace(name='taipan', cache_tag=None, version=sys.version_info(major=3, minor=11, "
                + "micro=7, releaselevel='final', serial=0), hexversion=51054576, _multiarch='x86_64-linux-gnu')\n"
                + "True\n",
                run("-c", "import sys; print(sys.implementation); "
                        + "print(sys.implementation.version == sys.version_info)"));
    }

    @Test
    void versionAndCopyrightAreOurs() {
        assertEquals("True True True\n", run("-c", "import sys; print(sys.version.startswith('3.11.7 '), "
                + "'taipan' in sys.version, 'Taipan' in sys.copyright)"));
    }

    @Test
    void flagsFollowTheCommandLine() {
        assertEquals("1 True 1 1 1 0\n", run("-O", "-X", "dev", "-B", "-s", "-I", "-c",
                "import sys; f = sys.flags; print(f.optimize, f.dev_mode, f.dont_write_bytecode, "
                        + "f.no_user_site, f.isolated, f.verbose)"));
        assertEquals("2 False 0\n", run("-OO", "-c",
                "import sys; f = sys.flags; print(f.optimize, f.dev_mode, f.isolated)"));
    }

    @Test
    void xoptionsWarnoptionsAndOrigArgv() {
        assertEquals("{'dev': True, 'a': 'b'} ['default', 'error'] ['-X', 'dev', '-X', 'a=b', '-W', 'error', '-c']\n",
                run("-X", "dev", "-X", "a=b", "-W", "error", "-c",
                        "import sys; print(sys._xoptions, sys.warnoptions, sys.orig_argv[1:-1])"));
    }

    @Test
    void pythonBreakpointRules() {
        try {
            SysConfig.breakpointVariable = "no_such_module_xyz.hook";
            assertEquals("None\n<string>:1: RuntimeWarning: Ignoring unimportable $PYTHONBREAKPOINT: "
                    + "\"no_such_module_xyz.hook\"\n", run("-c", "print(breakpoint())"));
            SysConfig.breakpointVariable = "0";
            assertEquals("None\n", run("-c", "print(breakpoint(1, 2))"));
            // A bare name is looked up in builtins; the hook's arguments are passed on.
            SysConfig.breakpointVariable = "max";
            assertEquals("7\n", run("-c", "print(breakpoint(3, 7))"));
        } finally {
            SysConfig.breakpointVariable = null;
        }
    }

    @Test
    void installationValuesAreOurs() {
        assertEquals("'/usr/local' '/usr/local' '/usr/local' '/usr/local'\n"
                + "('Taipan', '', '') '' '' [] [] None None\n"
                + "True True False\n",
                run("-c", "import sys; print(repr(sys.prefix), repr(sys.exec_prefix), repr(sys.base_prefix), "
                        + "repr(sys.base_exec_prefix)); "
                        + "print(sys._git, repr(sys.abiflags), repr(sys._framework), sys.meta_path, sys.path_hooks, "
                        + "sys._home, sys._stdlib_dir); "
                        + "print('_imp' in sys.builtin_module_names, 'math' in sys.builtin_module_names, "
                        + "'json' in sys.builtin_module_names)"));
    }

    @Test
    void executableIsTheLauncher() {
        String saved = System.getProperty("taipan.executable");
        try {
            System.setProperty("taipan.executable", "/opt/taipan/bin/../bin/taipan");
            assertEquals("/opt/taipan/bin/taipan /opt/taipan/bin/taipan\n",
                    run("-c", "import sys; print(sys.executable, sys._base_executable)"));
            System.clearProperty("taipan.executable");
            assertEquals("''\n", run("-c", "import sys; print(repr(sys.executable))"));
        } finally {
            if (saved == null) {
                System.clearProperty("taipan.executable");
            } else {
                System.setProperty("taipan.executable", saved);
            }
        }
    }

    @Test
    void interactiveBannerIsOurs() {
        String banner = "Taipan 3.11.7 (taipan " + Main.TAIPAN_VERSION + ", Java " + System.getProperty("java.version")
                + ") on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n";
        assertEquals(banner + ">>> \n", run("-i"));
        assertEquals(">>> \n", run("-i", "-q"));
    }

    @Test
    void promptsExistOnlyInInteractiveMode() {
        assertEquals("False False\n", run("-c", "import sys; print(hasattr(sys, 'ps1'), hasattr(sys, 'ps2'))"));
    }

    @Test
    void moduleAttributesAndDebuggingHelpers() {
        // __loader__/__spec__ are None: sys is made by Java, not found by an importer; CPython's
        // _debugmallocstats prints pymalloc's tables, which the JVM does not have.
        assertEquals("sys '' True None None None 0\n", run("-c", "import sys; print(sys.__name__, repr(sys.__package__), "
                + "sys.__doc__.startswith('This module provides access'), sys.__loader__, sys.__spec__, "
                + "sys._debugmallocstats(), sys._getquickenedcount())"));
    }

    @Test
    void interactiveHookComesFromSite() {
        assertEquals("True register_readline None\nTrue\n", run("-c", "import sys; h = sys.__interactivehook__; "
                + "print(callable(h), h.__name__, h()); import site; print(site.ENABLE_USER_SITE is None)"));
        assertEquals("False\n", run("-S", "-c", "import sys; print(hasattr(sys, '__interactivehook__'))"));
    }
}
