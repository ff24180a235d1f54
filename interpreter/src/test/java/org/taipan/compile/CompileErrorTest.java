package org.taipan.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.taipan.ast.Mod;
import org.taipan.parse.Parser;
import org.taipan.parse.SyntaxErrorException;

/**
 * The symbol table's and code generator's SyntaxErrors against CPython 3.11: for each case of
 * {@code compile/errors.py.txt}, the same message at the same line, offset and end position as
 * {@code compile()} gives (recorded by {@code tools/record_compile_errors.py}), or no error.
 */
class CompileErrorTest {
    @TestFactory
    Stream<DynamicTest> compileErrorsMatchCPython() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        String name = null;
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(BytecodeDifferentialTest.ROOT.resolve("errors.py.txt"),
                StandardCharsets.UTF_8)) {
            if (line.startsWith("### ")) {
                if (name != null) {
                    sources.put(name, sb.toString());
                }
                name = line.substring(4).trim();
                sb.setLength(0);
            } else {
                sb.append(line).append('\n');
            }
        }
        sources.put(name, sb.toString());
        List<DynamicTest> tests = new ArrayList<>();
        for (String row : Files.readAllLines(BytecodeDifferentialTest.ROOT.resolve("errors-golden.tsv"),
                StandardCharsets.UTF_8)) {
            if (row.isEmpty()) {
                continue;
            }
            String[] f = row.split("\t", -1);
            String src = sources.get(f[0]);
            String expected = f[1].equals("OK") ? "OK"
                    : f[2] + ": " + f[3] + " @" + f[4] + ":" + f[5] + (f[7].equals("None") ? "" : "-" + f[6] + ":" + f[7]);
            boolean withEnd = f.length > 7 && !f[7].equals("None");
            tests.add(DynamicTest.dynamicTest(f[0], () -> assertEquals(expected, outcome(f[0], src, withEnd))));
        }
        return tests.stream();
    }

    static String outcome(String name, String src, boolean withEnd) {
        try {
            Mod mod = Parser.parse(src, name, "exec");
            Compiler.compile(mod, name, "exec", 0, 0);
            return "OK";
        } catch (SyntaxErrorException e) {
            return e.pythonType + ": " + e.msg + " @" + e.lineno + ":" + e.offset
                    + (withEnd ? "-" + e.endLineno + ":" + e.endOffset : "");
        }
    }
}
