package org.taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.modules.Stdio;
import org.taipan.vm.MainProgram;

/**
 * The REPL on a terminal, driven through a JLine virtual terminal as a person would type:
 * prompts, a multi-line block, the displayhook and {@code _}, an error's traceback, history
 * kept in a file, Ctrl-D to leave. (Ctrl-C needs a terminal's signal handling, which the
 * virtual terminal does not give; it was checked on a real terminal through tmux.)
 */
class TerminalReplTest {
    @TempDir
    Path tmp;

    @Test
    void aSessionAsTyped() throws Exception {
        String keys = "x = 6 * 7\r"
                + "x\r"
                + "_ + 1\r"
                + "for i in range(2):\r"
                + "    print('line', i)\r"
                + "\r"
                + "1/0\r"
                + "'after ' + 'error'\r"
                + "\u0004";            // Ctrl-D on an empty line: end of input
        PipedInputStream termIn = new PipedInputStream(1 << 16);
        PipedOutputStream typing = new PipedOutputStream(termIn);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Terminal terminal = TerminalBuilder.builder().system(false).streams(termIn, screen)
                .type("xterm").size(new org.jline.terminal.Size(100, 40)).encoding(StandardCharsets.UTF_8).build();
        Path history = tmp.resolve("history");
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        typing.write(keys.getBytes(StandardCharsets.UTF_8));
        typing.flush();
        Stdio.configure(out, err);
        int status;
        try {
            status = MainProgram.run(null, "<stdin>", false, List.of(""), "", err,
                    new InteractiveSession(new TerminalPromptReader(terminal, history), ""));
        } finally {
            Stdio.configure(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                    StandardCharsets.UTF_8), new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err),
                    true, StandardCharsets.UTF_8));
        }
        assertEquals(0, status);
        String stdout = outBytes.toString(StandardCharsets.UTF_8);
        String stderr = errBytes.toString(StandardCharsets.UTF_8);
        assertEquals("42\n43\nline 0\nline 1\n'after error'\n", stdout, stderr + "\n---\n" + screen);
        assertTrue(stderr.contains("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
                + "ZeroDivisionError: division by zero\n"), stderr);
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains(">>> "), shown);
        assertTrue(shown.contains("... "), shown);
        List<String> saved = Files.readAllLines(history);
        assertTrue(saved.stream().anyMatch(l -> l.contains("x = 6 * 7")), saved.toString());
    }

    @Test
    void tabCompletesNamesAndAttributes() {
        java.util.List<String> got = new java.util.ArrayList<>();
        int status = MainProgram.run(null, "<stdin>", false, List.of(""), "", System.err, g -> {
            g.setStr("alpha_value", org.taipan.objects.PyLong.of(1));
            g.setStr("alpha_func", org.taipan.vm.Interpreter.builtinsFor(g).getStr("len"));
            NameCompleter c = new NameCompleter(g);
            got.add(String.join(" ", c.complete("alpha")));
            got.add(String.join(" ", c.complete("whi")));
            got.add(String.join(" ", c.complete("pri")));
            got.add(String.join(" ", c.complete("alpha_value.bit_l")));
            got.add(String.join(" ", c.complete("no_such.x")));
            got.add(String.join(" ", c.complete("alpha_value.__abs")));
            return 0;
        });
        assertEquals(0, status);
        assertEquals(List.of("alpha_func( alpha_value", "while", "print(", "alpha_value.bit_length(", "",
                "alpha_value.__abs__("), got);
    }
}
