package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Our parser on each snippet of {@code syntax-errors/}: it must raise the SyntaxError that
 * {@code python3 NAME.py} reports (type, message, positions, text), and {@link SyntaxErrorFormatter}
 * must then print what python3 printed; where running the file and {@code compile()} disagree,
 * compile()'s error is accepted too. Failures listed in
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
        List<String> viaCompile = new ArrayList<>();
        for (SyntaxErrorGolden g : goldens) {
            String reason = check(g, viaCompile);
            if (reason == null) {
                passed.add(g.name());
            } else {
                failures.put(g.name(), reason);
            }
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format("Syntax error goldens: %d / %d snippets raise CPython's error%n",
                passed.size(), goldens.size()));
        if (!viaCompile.isEmpty()) {
            report.append("  passing with compile()'s error, which differs from python3 NAME.py's (printed"
                    + " text not checked): ").append(String.join(", ", viaCompile)).append('\n');
        }
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
     * Null when our parser raises CPython's error on this snippet, else a one-line reason. The
     * error may be the one {@code python3 NAME.py} reports (then the printed text must match its
     * stderr) or, where that differs, the one {@code compile()} raises for the same bytes.
     */
    private static String check(SyntaxErrorGolden g, List<String> viaCompile) {
        IsolatedRun<Object> run = IsolatedRun.run(() -> Parser.parseFile(g.source(), g.name()), 10);
        if (run.timedOut) {
            return "no result after 10 s (hang?)";
        }
        if (run.error == null) {
            return "parsed without error; CPython: " + g.compiled().type() + ": " + g.compiled().msg();
        }
        if (!(run.error instanceof SyntaxErrorException)) {
            return "Java exception " + ErrorDescription.of(run.error);
        }
        SyntaxErrorException e = (SyntaxErrorException) run.error;
        String runDifference = g.run().difference(e);
        if (runDifference == null) {
            String printed = SyntaxErrorFormatter.format(e);
            if (!printed.equals(g.stderr())) {
                return "printed text differs: " + firstDifferentLine(printed, g.stderr());
            }
            return null;
        }
        String compileDifference = g.compiled().difference(e);
        if (compileDifference == null) {
            viaCompile.add(g.name()); // compile()'s error for these bytes: also CPython's behaviour
            return null;
        }
        return runDifference + (g.run().equals(g.compiled()) ? ""
                : " (python3 NAME.py; compile(): " + compileDifference + ")");
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
