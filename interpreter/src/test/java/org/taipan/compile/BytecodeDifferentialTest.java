package org.taipan.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.taipan.ast.Mod;
import org.taipan.parse.Parser;

/**
 * The compiler's strongest test: every snippet under {@code compile/snippets} must compile to
 * exactly the instructions, positions, exception tables and code attributes CPython 3.11
 * produced, as recorded by {@code tools/record_bytecode.py} in {@code compile/golden}. Snippets
 * whose names start with {@code O_} are compiled with {@code -O}.
 */
class BytecodeDifferentialTest {
    static final Path ROOT = Paths.get("src/test/resources/compile");

    static String compileSnippet(String name) throws IOException {
        String src = Files.readString(ROOT.resolve("snippets").resolve(name), StandardCharsets.UTF_8);
        String mode = name.startsWith("eval_") ? "eval" : name.startsWith("single_") ? "single" : "exec";
        Mod mod = Parser.parse(src, name, mode);
        int flags = name.startsWith("tla_") ? Compiler.PYCF_ALLOW_TOP_LEVEL_AWAIT : 0;
        CodeData code = Compiler.compile(mod, name, mode, flags, name.startsWith("O_") ? 1 : 0);
        return CodeListing.of(code);
    }

    @TestFactory
    Stream<DynamicTest> snippetsCompileLikeCPython() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("snippets"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().forEach(names::add);
        }
        return names.stream().map(n -> DynamicTest.dynamicTest(n, () -> {
            String expected = Files.readString(ROOT.resolve("golden").resolve(n.replace(".py", ".txt")),
                    StandardCharsets.UTF_8);
            assertEquals(expected.strip(), compileSnippet(n).strip());
        }));
    }

    /** Prints our dump of one snippet (for tools/bytecode_diff). */
    public static void main(String[] args) throws IOException {
        System.out.print(compileSnippet(args[0]));
    }
}
