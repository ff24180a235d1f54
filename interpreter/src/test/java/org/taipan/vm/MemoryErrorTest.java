package org.taipan.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A Java allocation failure inside Python code is a catchable {@code MemoryError}, never a JVM
 * error. Runs in a separate JVM with a small heap so the test's own JVM is never short of memory.
 * Expected output recorded from CPython 3.11.7.
 */
class MemoryErrorTest {
    private static final String PROGRAM = String.join("\n",
            "try:",
            "    match range(2**40):",
            "        case [first, *rest]:",
            "            print('matched')",
            "except MemoryError as e:",
            "    print('MemoryError', e.args)",
            "print('after')",
            "");

    @Test
    void outOfMemoryIsPythonMemoryError() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx64m", "-Xss16m", "-cp",
                System.getProperty("java.class.path"), "org.taipan.Main", "-c", PROGRAM))
                .redirectErrorStream(true).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("MemoryError ()\nafter\n", out);
        assertEquals(0, p.exitValue());
    }
}
