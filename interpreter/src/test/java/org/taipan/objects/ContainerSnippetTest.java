package org.taipan.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.taipan.Main;

/**
 * Runs the container snippets ({@code src/test/resources/containers/*.py}) through Taipan's
 * entry point and compares their stdout with what CPython 3.11.7 printed (recorded by
 * {@code tools/record_container_goldens.py}): reprs, error messages, set iteration order,
 * hashes, slicing, sorting, subclasses and the iterator types. A snippet must also exit with
 * status 0 and print nothing on stderr, as it did under CPython.
 */
class ContainerSnippetTest {
    private static Path directory() {
        try {
            return Paths.get(ContainerSnippetTest.class.getResource("/containers").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** stdout, then stderr and the status when not clean, of one snippet. */
    private static String run(Path file) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger status = new AtomicInteger(-1);
        AtomicReference<Throwable> escaped = new AtomicReference<>();
        Runnable body = () -> {
            try {
                status.set(Main.run(new String[] {file.getFileName().toString()}, new ByteArrayInputStream(new byte[0]),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), file.getParent()));
            } catch (Throwable t) {
                escaped.set(t);
            }
        };
        // Main runs __main__ on a big stack; so does this thread (deep_nesting reaches the limit).
        Thread t = new Thread(null, body, "container-snippet", 256L << 20);
        t.start();
        t.join(120_000);
        String result = out.toString(StandardCharsets.UTF_8);
        String problems = err.toString(StandardCharsets.UTF_8);
        if (status.get() != 0 || !problems.isEmpty() || escaped.get() != null) {
            result += "\n--- status " + status.get() + ", stderr:\n" + problems
                    + (escaped.get() == null ? "" : "\n--- Java exception: " + escaped.get());
        }
        return result;
    }

    @TestFactory
    List<DynamicTest> snippets() throws IOException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        String expected = Files.readString(Paths.get(p.toString().replaceAll("\\.py$", ".out")),
                                StandardCharsets.UTF_8);
                        assertEquals(expected, run(p));
                    })).collect(Collectors.toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
