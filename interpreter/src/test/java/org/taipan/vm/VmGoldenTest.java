package org.taipan.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.taipan.Main;

/**
 * The VM's own golden programs ({@code src/test/resources/vm/*.py}): object model, operator
 * dispatch, generators, closures, recursion limits, SystemExit, and uncaught-exception output
 * (chained tracebacks with position markers, exception groups). Each runs through
 * {@link Main#run} in its directory and must print exactly what python3 printed, recorded by
 * {@code tools/record_vm_goldens.py}.
 */
class VmGoldenTest {
    @TestFactory
    List<DynamicTest> programs() throws IOException, URISyntaxException {
        Path dir = Path.of(VmGoldenTest.class.getResource("/vm").toURI());
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.toString().endsWith(".py")).sorted().forEach(p -> {
                String name = p.getFileName().toString().replace(".py", "");
                tests.add(DynamicTest.dynamicTest(name, () -> check(dir, name)));
            });
        }
        return tests;
    }

    private static void check(Path dir, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {name + ".py"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        String prefix = dir.toAbsolutePath() + "/";
        assertEquals(read(dir, name + ".out"), out.toString(StandardCharsets.UTF_8).replace(prefix, ""), name + " stdout");
        assertEquals(read(dir, name + ".err"), err.toString(StandardCharsets.UTF_8).replace(prefix, ""), name + " stderr");
        assertEquals(Integer.parseInt(read(dir, name + ".status").strip()), status, name + " status");
    }

    private static String read(Path dir, String file) throws IOException {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }
}
