package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taipan.Main;

/**
 * Our parser on each snippet of {@code syntax-errors/}, both ways CPython reads a file:
 * {@link Parser#parseFile} must raise the SyntaxError {@code compile()} raises for the bytes (type,
 * message, positions, text), and the launcher ({@code taipan NAME.py}: script decoding, parse,
 * {@link SyntaxErrorFormatter}) must print exactly what {@code python3 NAME.py} printed. Failures listed in
 * {@code syntax-errors/known-failures.txt} are tolerated (see {@link FailureRatchet}).
 */
class SyntaxErrorGoldenTest {
    private static final String KNOWN_FAILURES = "syntax-errors/known-failures.txt";
    private static final int SHOWN_FAILURES = 20;

    @Test
    void parserRaisesCPythonsSyntaxErrors() {
        List<SyntaxErrorGolden> goldens = SyntaxErrorGolden.all();
        Map<String, String> failures = new LinkedHashMap<>();
        Set<String> passed = new HashSet<>();
        for (SyntaxErrorGolden g : goldens) {
            String reason = check(g);
            if (reason == null) {
                passed.add(g.name());
            } else {
                failures.put(g.name(), reason);
            }
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format("Syntax error goldens: %d / %d snippets as in CPython (compile() and"
                        + " python3 NAME.py)%n",
                passed.size(), goldens.size()));
        if (!failures.isEmpty()) {
            report.append(failures.size()).append(" failing snippets (first ").append(SHOWN_FAILURES)
                    .append("):\n");
            failures.entrySet().stream().limit(SHOWN_FAILURES)
                    .forEach(f -> report.append("  ").append(f.getKey()).append(": ").append(f.getValue())
                            .append('\n'));
        }
        FailureRatchet ratchet = new FailureRatchet(KNOWN_FAILURES);
        List<String> regressions = ratchet.check(failures, passed, Set.of(), report);
        if (!regressions.isEmpty()) {
            report.append(regressions.size()).append(" REGRESSIONS (failing, not in ").append(KNOWN_FAILURES)
                    .append("):\n");
            regressions.stream().limit(SHOWN_FAILURES).forEach(r -> report.append("  ").append(r).append('\n'));
        }
        System.out.print(report);
        assertTrue(regressions.isEmpty(), () -> regressions.size() + " snippets regressed, first: "
                + regressions.get(0));
    }

    /**
     * Null when both of our paths match CPython on this snippet, else a one-line reason:
     * {@link Parser#parseFile} must raise {@code compile()}'s error (all attributes), and the
     * launcher ({@link Main#run}) must print exactly what {@code python3 NAME.py} printed and
     * exit with its status.
     */
    private static String check(SyntaxErrorGolden g) {
        String compiled = checkCompile(g);
        String script = checkLauncher(g);
        if (compiled == null) {
            return script == null ? null : "launcher: " + script;
        }
        return "parseFile: " + compiled + (script == null ? "" : "; launcher: " + script);
    }

    private static String checkCompile(SyntaxErrorGolden g) {
        IsolatedRun<Object> run = IsolatedRun.run(() -> Parser.parseFile(g.source(), g.name()), 10);
        String failure = unexpected(run, g.compiled());
        return failure != null ? failure : g.compiled().difference((SyntaxErrorException) run.error);
    }

    /** Runs the launcher on the snippet file, as {@code python3 NAME.py} was run. */
    private static String checkLauncher(SyntaxErrorGolden g) {
        Path file = SyntaxErrorGolden.folder().resolve(g.name()).toAbsolutePath();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        IsolatedRun<Integer> run = IsolatedRun.run(() -> Main.run(new String[] {file.toString()},
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8)), 10);
        if (run.timedOut) {
            return "no result after 10 s (hang?)";
        }
        if (run.error != null) {
            return "Java exception " + ErrorDescription.of(run.error);
        }
        // python3 printed the script's absolute path; the goldens have the folder cut out
        String printed = stderr.toString(StandardCharsets.UTF_8).replace(file.getParent() + "/", "");
        if (!printed.equals(g.stderr())) {
            return "printed text differs: " + firstDifferentLine(printed, g.stderr());
        }
        return run.value == g.exitCode() ? null : "exit status " + run.value + ", expected " + g.exitCode();
    }

    /** A reason when the run did not end in a SyntaxErrorException, else null. */
    private static String unexpected(IsolatedRun<Object> run, SyntaxErrorGolden.Attrs expected) {
        if (run.timedOut) {
            return "no result after 10 s (hang?)";
        }
        if (run.error == null) {
            return "parsed without error; CPython: " + expected.type() + ": " + expected.msg();
        }
        if (!(run.error instanceof SyntaxErrorException)) {
            return "Java exception " + ErrorDescription.of(run.error);
        }
        return null;
    }

    private static String firstDifferentLine(String ours, String expected) {
        String[] a = ours.split("\n", -1);
        String[] b = expected.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<none>";
            String y = i < b.length ? b[i] : "<none>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + " '" + x + "', expected '" + y + "'";
            }
        }
        return "?";
    }
}
