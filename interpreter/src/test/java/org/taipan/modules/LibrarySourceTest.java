package org.taipan.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.Main;

/**
 * Library modules live in the jar, not in files, yet their source is shown as CPython shows a
 * zip-imported module's: through the loader's {@code get_source}, {@code linecache}, and the
 * interpreter's own traceback printer. (The differential suite cannot check this: CPython's
 * tracebacks name its install directory.)
 */
class LibrarySourceTest {
    @TempDir
    Path dir;

    private String[] run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.run(new String[] {"-c", code}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    private static List<String> libraryLines(String file) {
        return List.of(new String(LibraryModules.read(LibraryModules.ROOT + "/" + file), StandardCharsets.UTF_8)
                .split("\n", -1));
    }

    @Test
    void uncaughtTracebackShowsLibrarySourceLines() {
        String err = run("import textwrap\ntextwrap.dedent(5)\n")[1];
        String marker = "File \"<taipan>/lib/textwrap.py\", line ";
        int at = err.indexOf(marker);
        assertTrue(at >= 0, err);
        int lineNo = Integer.parseInt(err.substring(at + marker.length(), err.indexOf(',', at + marker.length())));
        String shown = err.substring(err.indexOf('\n', at) + 1).lines().findFirst().orElse("");
        assertEquals(libraryLines("textwrap.py").get(lineNo - 1).strip(), shown.strip());
        assertTrue(err.endsWith("AttributeError: 'int' object has no attribute 'split'\n"), err);
    }

    @Test
    void loaderAndLinecacheGiveTheSource() {
        String out = run("import heapq, linecache\n"
                + "src = heapq.__loader__.get_source('heapq')\n"
                + "print(len(src.splitlines()), repr(linecache.getline(heapq.__file__, 3)))\n"
                + "print(heapq.__loader__.get_data(heapq.__file__) == src.encode())\n")[0];
        List<String> lines = libraryLines("heapq.py");
        int count = lines.get(lines.size() - 1).isEmpty() ? lines.size() - 1 : lines.size();
        String third = lines.get(2) + "\n";
        assertEquals(count + " " + pyRepr(third) + "\nTrue\n", out);
    }

    @Test
    void tracebackModuleShowsLibrarySourceLines() {
        String out = run("import traceback, json\ntry:\n    json.loads('{')\nexcept ValueError:\n"
                + "    for f in traceback.extract_tb(__import__('sys').exc_info()[2])[1:]:\n"
                + "        print(f.filename, bool(f.line) and f.line == linecache_line(f.filename, f.lineno))\n"
                .replace("linecache_line(f.filename, f.lineno)", "__import__('linecache').getline(f.filename, f.lineno).strip()"))[0];
        assertTrue(out.startsWith("<taipan>/lib/json/__init__.py True\n<taipan>/lib/json/decoder.py True\n"), out);
        assertTrue(!out.contains("False"), out);
    }

    /** repr() of a str without quotes or backslashes inside, as Python writes it. */
    private static String pyRepr(String s) {
        return "'" + s.replace("\n", "\\n") + "'";
    }
}
