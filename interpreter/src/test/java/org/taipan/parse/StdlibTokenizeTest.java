package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Decodes and tokenizes every file of the local CPython standard library once: no Java exception,
 * and every file reaches ENDMARKER or a SyntaxError (a few test files are invalid on purpose).
 * Token-by-token agreement with CPython is checked by the golden test.
 */
class StdlibTokenizeTest {
    private static final Path STDLIB = Path.of("/root/.pyenv/versions/3.11.7/lib/python3.11");

    @Test
    void tokenizesTheWholeStandardLibrary() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(STDLIB), "CPython standard library not found at " + STDLIB);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(STDLIB)) {
            files = walk.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !p.toString().contains("site-packages"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        assertTrue(files.size() > 1000, "only " + files.size() + " files");
        int rejected = 0;
        for (Path file : files) {
            byte[] data = Files.readAllBytes(file);
            try {
                String source = SourceDecoder.decode(data, file.toString());
                Tokenizer tokenizer = new Tokenizer(source, file.toString());
                long limit = 2L * source.length() + 10;
                boolean ended = false;
                for (long i = 0; i < limit && !ended; i++) {
                    ended = tokenizer.next().type == TokenType.ENDMARKER;
                }
                assertTrue(ended, "no ENDMARKER in " + file);
            } catch (SyntaxErrorException e) {
                rejected++;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("Java exception on " + file, e);
            }
        }
        // Only a handful of deliberately broken test files (badsyntax_*, bad_coding*, ...).
        assertTrue(rejected < 30, rejected + " files rejected");
    }
}
