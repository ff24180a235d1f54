package org.taipan.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.taipan.compile.CodeData;
import org.taipan.modules.Stdio;
import org.taipan.parse.Parser;
import org.taipan.vm.Eval;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.PyFrame;
import org.taipan.vm.ThreadState;

/**
 * Runs the container snippets ({@code src/test/resources/containers/*.py}) through the compiler
 * and the evaluation loop and compares their stdout with what CPython 3.11.7 printed (recorded
 * by {@code tools/record_container_goldens.py}): reprs, error messages, set iteration order,
 * hashes, slicing, sorting and the iterator types. Snippets named {@code classes_*} define
 * classes and are skipped while the builtins module has no {@code __build_class__}.
 */
class ContainerSnippetTest {
    private static Path directory() {
        try {
            return Paths.get(ContainerSnippetTest.class.getResource("/containers").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String run(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        CodeData code = org.taipan.compile.Compiler.compile(Parser.parse(source, name, "exec"), name, "exec", 0, 0);
        PyDict globals = new PyDict();
        globals.setStr("__name__", PyUnicode.of("__main__"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Stdio.setOut(out);
        try {
            PyFrame f = new PyFrame(new PyCode(code), null, globals,
                    InterpreterState.main().builtins.getDict(), globals);
            Eval.run(ThreadState.current(), f);
        } catch (PyException e) {
            out.println("uncaught " + e.type().getName() + ": " + Abstract.str(e.value).value);
        } finally {
            out.flush();
            Stdio.setOut(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                    StandardCharsets.UTF_8));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @TestFactory
    List<DynamicTest> snippets() throws IOException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        // Snippets defining classes need __build_class__, which the VM gains with the runtime work.
                        Assumptions.assumeTrue(!p.getFileName().toString().startsWith("classes_")
                                || InterpreterState.main().builtins.getDict().containsStr("__build_class__"),
                                "__build_class__ is not available yet");
                        String expected = Files.readString(Paths.get(p.toString().replaceAll("\\.py$", ".out")),
                                StandardCharsets.UTF_8);
                        assertEquals(expected, run(p));
                    })).collect(Collectors.toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
