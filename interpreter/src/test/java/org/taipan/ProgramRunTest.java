package org.taipan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The differential suite's own machinery: argument rewriting, case discovery, comparison. */
class ProgramRunTest {
    private static final Path DIR = Path.of("/programs/area").toAbsolutePath();

    @Test
    void scriptOperandBecomesAbsolute() {
        String abs = DIR.resolve("x.py").toString();
        assertArrayEquals(new String[] {abs, "a", "b.py"},
                ProgramRun.withAbsoluteScript(new String[] {"x.py", "a", "b.py"}, DIR));
        assertArrayEquals(new String[] {"-B", "-X", "dev", abs},
                ProgramRun.withAbsoluteScript(new String[] {"-B", "-X", "dev", "x.py"}, DIR));
    }

    @Test
    void commandAndModuleArgumentsAreLeftAlone() {
        String[] c = {"-c", "print(1)", "x.py"};
        String[] m = {"-m", "pkg", "x.py"};
        assertArrayEquals(c, ProgramRun.withAbsoluteScript(c, DIR));
        assertArrayEquals(m, ProgramRun.withAbsoluteScript(m, DIR));
    }

    @Test
    void firstDifferingLineIsReported() {
        assertNull(ProgramComparison.lineDifference("stdout", "a\nb\n", "a\nb\n"));
        assertEquals("stdout line 2: got 'c', expected 'b'",
                ProgramComparison.lineDifference("stdout", "a\nc\n", "a\nb\n"));
        assertEquals("stderr line 2: got '', expected <end of output>",
                ProgramComparison.lineDifference("stderr", "a\n", "a"));
    }

    @Test
    void everyCaseHasGoldensAndEveryAreaIsCovered() {
        List<ProgramCase> cases = ProgramCase.all(Path.of("src/test/resources/programs"));
        assertTrue(cases.size() >= 200, "only " + cases.size() + " programs");
        for (String area : List.of("scopes", "control", "functions", "generators", "objects", "types",
                "builtins", "exceptions", "imports")) {
            long n = cases.stream().filter(c -> c.id().startsWith(area + "/")).count();
            assertTrue(n >= 8, area + " has only " + n + " programs");
        }
        ProgramCase stdin = cases.stream().filter(c -> c.id().equals("builtins/input_stdin")).findFirst()
                .orElseThrow();
        assertTrue(stdin.stdin().length > 0);
        ProgramCase module = cases.stream().filter(c -> c.id().equals("imports/run_module/run")).findFirst()
                .orElseThrow();
        assertEquals(List.of("-m", "tool", "first", "second arg"), module.argv());
    }
}
