package org.taipan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the embedding sample and checks what it reports (the Collatz answers are python3's). */
class EmbeddingSampleTest {
    @Test
    void sampleReportsWhatHappened() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EmbeddingSample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("initialized: true, holding the GIL: true\n"), out);
        // python3: max(range(s, s + 250), key=collatz_steps) and its steps, for s = 1, 251, 501, 751
        assertTrue(out.contains("worker-0: longest Collatz chain starts at 231 (127 steps)\n"), out);
        assertTrue(out.contains("worker-1: longest Collatz chain starts at 327 (143 steps)\n"), out);
        assertTrue(out.contains("worker-2: longest Collatz chain starts at 703 (170 steps)\n"), out);
        assertTrue(out.contains("worker-3: longest Collatz chain starts at 871 (178 steps)\n"), out);
        assertTrue(out.contains("sub-interpreter: word counter counted 9 words; its sys.path ends with /plugins\n"), out);
        assertTrue(out.contains("main interpreter sees plugin_name: false, interpreters now: 1\n"), out);
        assertTrue(out.contains("pending call runs on: main\n") || out.contains("pending call runs on: "
                + Thread.currentThread().getName() + "\n"), out);
        assertTrue(out.contains("thread states of the main interpreter: 1\n"), out);
        // python3: sys.settrace around the four work(...) calls sees 183504 line events.
        assertTrue(out.contains("lines traced by the Java hook in the workers: 183504\n"), out);
        assertTrue(out.endsWith("atexit: Python says goodbye\ninitialized after close: false\n"), out);
        assertEquals(1, out.split("pending call runs on", -1).length - 1);
    }
}
