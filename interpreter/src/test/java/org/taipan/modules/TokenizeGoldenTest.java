package org.taipan.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.taipan.Main;

/**
 * Checks Taipan's {@code tokenize} module against CPython 3.11's: the driver
 * {@code tokenize/tokenize_dump.py} prints tokens, errors and untokenize results, and its
 * output in Taipan must equal what {@code tools/record_tokenize_goldens.py} recorded from
 * CPython — whole for the tricky snippets, and per file (SHA-1 of its section) for a sample of
 * the local CPython stdlib (skipped when that stdlib is not installed).
 */
class TokenizeGoldenTest {
    private static final Path DIR = Paths.get("src/test/resources/tokenize");
    private static final Path DRIVER = DIR.resolve("tokenize_dump.py").toAbsolutePath();

    @Test
    void snippetsTokenizeLikeCPython() throws Exception {
        String expected = Files.readString(DIR.resolve("snippets.golden"), StandardCharsets.UTF_8);
        String actual = runDriver("cases", DIR.resolve("snippets.cases").toAbsolutePath().toString());
        assertEquals(expected, actual);
    }

    @Test
    void stdlibSampleTokenizesLikeCPython() throws Exception {
        String recordedStdlib = null;
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("stdlib.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("# stdlib\t")) {
                recordedStdlib = line.substring(9);
            } else if (!line.startsWith("#") && !line.isEmpty()) {
                rows.add(line.split("\t", -1));
            }
        }
        Path stdlib = null;
        for (String c : new String[] {System.getProperty("taipan.stdlib"), System.getenv("TAIPAN_STDLIB"),
                recordedStdlib, "/usr/lib/python3.11"}) {
            if (c != null && Files.isRegularFile(Path.of(c, "os.py"))) {
                stdlib = Path.of(c);
                break;
            }
        }
        Assumptions.assumeTrue(stdlib != null, "CPython 3.11 stdlib not found");
        // Only files identical to the ones recorded can be compared.
        Map<String, String> expected = new LinkedHashMap<>();
        for (String[] row : rows) {
            Path file = stdlib.resolve(row[0]);
            if (Files.isRegularFile(file) && sha(Files.readAllBytes(file)).equals(row[1])) {
                expected.put(row[0], row[2]);
            }
        }
        Assumptions.assumeTrue(!expected.isEmpty(), "no recorded stdlib file found unchanged");
        Path listing = Files.createTempFile("tokenize-sample", ".txt");
        try {
            Files.writeString(listing, String.join("\n", expected.keySet()) + "\n");
            String output = runDriver("files", stdlib.toString(), listing.toString());
            Map<String, String> actual = new LinkedHashMap<>();
            for (String chunk : ("\n" + output).split("\n=== ")) {
                if (chunk.isEmpty()) {
                    continue;
                }
                String text = "=== " + chunk.replaceAll("\n+$", "") + "\n";
                actual.put(chunk.substring(0, chunk.indexOf('\n') < 0 ? chunk.length() : chunk.indexOf('\n')),
                        sha(text.getBytes(StandardCharsets.UTF_8)));
            }
            List<String> differing = new ArrayList<>();
            for (Map.Entry<String, String> e : expected.entrySet()) {
                if (!e.getValue().equals(actual.get(e.getKey()))) {
                    differing.add(e.getKey());
                }
            }
            assertTrue(differing.isEmpty(), "tokenize differs from CPython for " + differing);
        } finally {
            Files.deleteIfExists(listing);
        }
    }

    private static String sha(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data)).substring(0, 16);
    }

    /** Runs the driver in Taipan (on a thread with a large stack, as the launcher does). */
    private static String runDriver(String... args) throws Exception {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        String[] argv = new String[args.length + 1];
        argv[0] = DRIVER.toString();
        System.arraycopy(args, 0, argv, 1, args.length);
        int[] status = {-1};
        Thread thread = new Thread(null, () -> status[0] = Main.run(argv, out, err), "tokenize-driver", 256L << 20);
        thread.start();
        thread.join();
        out.flush();
        err.flush();
        assertEquals("", errBytes.toString(StandardCharsets.UTF_8), "driver stderr");
        assertEquals(0, status[0], "driver exit status");
        return outBytes.toString(StandardCharsets.UTF_8);
    }
}
