package org.taipan.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.taipan.ast.Mod;
import org.taipan.parse.Parser;

/**
 * Our symbol tables against CPython 3.11's {@code symtable} module: for every bytecode snippet,
 * the same blocks, names and scopes (local, global explicit/implicit, free, cell), as recorded by
 * {@code tools/record_symtables.py}.
 */
class SymbolTableTest {
    @TestFactory
    Stream<DynamicTest> symbolTablesMatchCPython() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(BytecodeDifferentialTest.ROOT.resolve("golden"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sym")).sorted().forEach(names::add);
        }
        return names.stream().map(n -> DynamicTest.dynamicTest(n, () -> {
            String py = n.replace(".sym", ".py");
            String src = Files.readString(BytecodeDifferentialTest.ROOT.resolve("snippets").resolve(py),
                    StandardCharsets.UTF_8);
            Mod mod = Parser.parse(src, py, "exec");
            boolean future = src.contains("from __future__ import annotations");
            SymbolTable st = SymbolTable.build(mod, py, future);
            StringBuilder out = new StringBuilder();
            describe(st.top, out, 0);
            String expected = Files.readString(BytecodeDifferentialTest.ROOT.resolve("golden").resolve(n),
                    StandardCharsets.UTF_8);
            assertEquals(expected, out.toString());
        }));
    }

    private static void describe(Scope s, StringBuilder out, int depth) {
        String type = s.kind == Scope.Kind.MODULE ? "module" : s.kind == Scope.Kind.CLASS ? "class"
                : s.kind == Scope.Kind.ANNOTATION ? "annotation" : "function";
        out.append("  ".repeat(depth)).append(type).append(' ').append(s.name).append(" line ")
                .append(s.lineno).append('\n');
        Map<String, Scope.Binding> sorted = new TreeMap<>(Scope::compareCodePoints);
        sorted.putAll(s.bindings);
        for (Map.Entry<String, Scope.Binding> e : sorted.entrySet()) {
            out.append("  ".repeat(depth)).append("  ").append(e.getKey()).append(' ')
                    .append(e.getValue().ordinal() + 1).append('\n');
        }
        for (Scope c : s.children) {
            describe(c, out, depth + 1);
        }
    }
}
