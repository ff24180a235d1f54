package org.taipan.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.Main;

/**
 * How standard-library modules are found: Java built-in modules first (and listed in
 * {@code sys.builtin_module_names}), then the Python library shipped in the jar, then
 * {@code sys.path}. The modules' behaviour is covered by the {@code stdlib/} differential
 * programs; these tests pin the import mechanism itself.
 */
class StandardLibraryTest {
    @TempDir
    Path dir;

    private String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"-c", code}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        return status + "|" + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void builtinModulesAreListedAndHaveNoFile() {
        assertEquals("0|True True True False\n<module 'math' (built-in)>\n",
                run("import sys, math\nn = sys.builtin_module_names\n"
                        + "print('math' in n, 'sys' in n, list(n) == sorted(n), hasattr(math, '__file__'))\nprint(math)"));
    }

    @Test
    void libraryModulesComeFromTheJar() {
        assertEquals("0|<taipan>/lib/heapq.py heapq\n<taipan>/lib/collections/__init__.py ['<taipan>/lib/collections']\n",
                run("import heapq, collections\nprint(heapq.__file__, heapq.__name__)\n"
                        + "print(collections.__file__, collections.__path__)"));
    }

    @Test
    void submodulesOfLibraryPackages() {
        assertEquals("0|collections.abc collections <taipan>/lib/collections/abc.py True\n",
                run("import collections.abc as a\nimport collections\n"
                        + "print(a.__name__, a.__package__, a.__file__, collections.abc is a)"));
    }

    @Test
    void builtinModulesComeBeforeSysPathAndLibraryModulesAfterTheProgramsDirectory() throws Exception {
        // as in CPython: built-in (for us: Java) modules cannot be shadowed, a library module
        // can be by a file next to the program, whose directory is sys.path[0]
        Files.writeString(dir.resolve("math.py"), "print('shadow math')\n");
        Files.writeString(dir.resolve("bisect.py"), "print('shadow bisect')\n");
        Files.writeString(dir.resolve("mine.py"), "X = 1\n");
        assertEquals("0|shadow bisect\nTrue False 1 <taipan>/lib\n",
                run("import math, bisect, mine, sys\n"
                        + "print(hasattr(math, 'sqrt'), hasattr(bisect, 'insort'), mine.X, sys.path[-1])"));
    }

    @Test
    void missingModulesStillRaise() {
        assertEquals("0|ModuleNotFoundError No module named 'nosuchmod'\n"
                        + "ModuleNotFoundError No module named 'collections.nosuch'\n",
                run("for n in ('nosuchmod', 'collections.nosuch'):\n"
                        + "    try:\n        __import__(n)\n"
                        + "    except ImportError as e:\n        print(type(e).__name__, e)"));
    }

    @Test
    void eachInterpreterGetsFreshModules() {
        assertEquals("0|1\n", run("import math\nmath.x = 1\nprint(math.x)"));
        assertEquals("0|False\n", run("import math\nprint(hasattr(math, 'x'))"));
    }
}
