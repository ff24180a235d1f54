package org.taipan.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.modules.Stdio;

/**
 * Settings before initialize (Py_SetProgramName, Py_SetPythonHome, Py_SetPath), the getters
 * (Py_GetPrefix …) and PySys_SetArgvEx, whose sys.path[0] rule is checked against CPython's own
 * PySys_SetArgvEx (goldens by tools/record_embed_goldens.py).
 */
class RuntimeConfigTest {
    @AfterEach
    void finish() {
        PythonRuntime.finalizeRuntime();
    }

    private static Object sys(String attr) {
        return Run.eval("__import__('sys')." + attr);
    }

    @Test
    void modulesSearchPathLeavesPrefixesEmptyAndTheProgramNameRaw() {
        PythonRuntime.initialize(new RuntimeConfig().programName("myhost").moduleSearchPath("/opt/app/lib:/opt/app/plugins"));
        assertEquals(List.of("/opt/app/lib", "/opt/app/plugins"), sys("path"));
        assertEquals("", sys("prefix"));
        assertEquals("", sys("exec_prefix"));
        assertEquals("myhost", sys("executable"));
        assertEquals("myhost", RuntimeInfo.programFullPath());
        assertEquals("myhost", RuntimeInfo.programName());
        assertEquals("", RuntimeInfo.prefix());
        assertEquals("", RuntimeInfo.execPrefix());
        assertEquals("/opt/app/lib:/opt/app/plugins", RuntimeInfo.path());
    }

    @Test
    void homeGivesThePrefixesAndTheStandardLibraryPath() {
        PythonRuntime.initialize(new RuntimeConfig().home("/opt/py:/opt/pyexec"));
        assertEquals("/opt/py", sys("prefix"));
        assertEquals("/opt/pyexec", sys("exec_prefix"));
        assertEquals("/opt/py", sys("base_prefix"));
        assertEquals(List.of("/opt/py/lib/python311.zip", "/opt/py/lib/python3.11", "/opt/pyexec/lib/python3.11/lib-dynload"),
                sys("path"));
        assertEquals("/opt/py:/opt/pyexec", RuntimeInfo.pythonHome());
        assertEquals("/opt/py:/opt/pyexec", sys("_home"));
        assertEquals("/opt/py", RuntimeInfo.prefix());
        assertEquals("/opt/pyexec", RuntimeInfo.execPrefix());
    }

    @Test
    void programNameIsLookedUpOnThePath(@TempDir Path dir) throws Exception {
        PythonRuntime.initialize(new RuntimeConfig().programName("sh"));
        String sh = (String) sys("executable");
        assertTrue(sh.endsWith("/sh") && Path.of(sh).isAbsolute(), sh);
        assertEquals(sh, RuntimeInfo.programFullPath());
        PythonRuntime.finalizeRuntime();
        PythonRuntime.initialize(new RuntimeConfig().programName("no-such-program-anywhere"));
        assertEquals("", sys("executable"));
        PythonRuntime.finalizeRuntime();
        PythonRuntime.initialize(new RuntimeConfig().programName("bin/../bin/host"));
        assertEquals(Path.of("bin/host").toAbsolutePath().toString(), sys("executable"));
    }

    @Test
    void gettersAgreeWithSys() {
        PythonRuntime.initialize();
        assertEquals(sys("version"), RuntimeInfo.version());
        assertEquals(sys("platform"), RuntimeInfo.platform());
        assertEquals(sys("copyright"), RuntimeInfo.copyright());
        assertEquals(sys("prefix"), RuntimeInfo.prefix());
        assertEquals(sys("exec_prefix"), RuntimeInfo.execPrefix());
        assertEquals(sys("executable"), RuntimeInfo.programFullPath());
        assertTrue(RuntimeInfo.version().startsWith("3.11.7 (" + RuntimeInfo.buildInfo() + ") " + RuntimeInfo.compiler()));
        assertNull(RuntimeInfo.pythonHome());
        assertEquals("python3", RuntimeInfo.programName());
    }

    @Test
    void standardStreamEncodingAndErrors() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream ps = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        PythonRuntime.initialize(new RuntimeConfig().standardStreams(ps, ps).standardStreamEncoding("latin-1", "replace"));
        // As PYTHONIOENCODING=latin-1:replace python3 shows them.
        assertEquals("iso8859-1", sys("stdout.encoding"));
        assertEquals("replace", sys("stdout.errors"));
        assertEquals("backslashreplace", sys("stderr.errors"));
        assertEquals("iso8859-1", sys("stdin.encoding"));
        assertEquals("replace", sys("stdin.errors"));
        Run.string("import sys\nprint('caf\\xe9 \\u20ac')\nsys.stdout.flush()");
        assertEquals("caf\u00e9 ?\n", out.toString(java.nio.charset.StandardCharsets.ISO_8859_1));
        PythonRuntime.finalizeRuntime();
        out.reset();
        PythonRuntime.initialize(new RuntimeConfig().standardStreams(ps, ps).standardStreamEncoding("ascii", null));
        assertEquals("ascii", sys("stdout.encoding"));
        assertEquals("strict", sys("stdout.errors"));
        assertEquals("backslashreplace", sys("stderr.errors"));
        PythonException e = org.junit.jupiter.api.Assertions.assertThrows(PythonException.class,
                () -> Run.string("print('\\xe9')"));
        assertEquals("UnicodeEncodeError", e.pythonTypeName());
        assertEquals("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
                e.getMessage());
        Run.string("import sys\nsys.stderr.write('\\xe9\\n')");
        assertEquals("\\xe9\n", out.toString(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void setArgvFollowsCPythonsPathRule(@TempDir Path dir) throws Exception {
        Path root = dir.toRealPath();
        Files.createDirectory(root.resolve("sub"));
        Files.createFile(root.resolve("sub/s.py"));
        Files.createSymbolicLink(root.resolve("link.py"), Path.of("sub/s.py"));
        PythonRuntime.initialize();
        Stdio.setWorkingDirectory(root);
        try {
            for (Map<String, Object> c : GoldenJson.resource("argv.json")) {
                List<Object> argv = (List<Object>) c.get("argv");
                SysArgv.set(argv.toArray(new String[0]), true);
                assertEquals(c.get("sys.argv"), sys("argv"), "sys.argv for " + argv);
                assertEquals(((String) c.get("path0")).replace("{root}", root.toString()), sys("path[0]"),
                        "sys.path[0] for " + argv);
                Run.string("import sys\ndel sys.path[0]");
                SysArgv.set(argv.toArray(new String[0]), false);
                assertEquals(c.get("sys.argv"), sys("argv"));
                assertEquals(List.of(), sys("path"), "updatePath false leaves sys.path alone");
            }
        } finally {
            Stdio.setWorkingDirectory(null);
        }
    }
}
