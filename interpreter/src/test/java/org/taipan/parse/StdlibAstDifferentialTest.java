package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.taipan.ast.AstDump;
import org.taipan.ast.Mod;

/**
 * The parser's acceptance test: every .py file of the CPython 3.11 stdlib must give exactly the
 * AST CPython gives (compared by hash of the dump recorded by {@code tools/record_ast_goldens.py}),
 * and files CPython rejects must be rejected with the same error type at the same line as
 * {@code ast.parse} rejects them.
 *
 * <p>Failures listed in {@code golden/ast-known-failures.txt} are tolerated (see
 * {@link FailureRatchet}). Options: {@code -Dtaipan.stdlib=DIR} (or env {@code TAIPAN_STDLIB};
 * without either the recorded path and common install locations are tried),
 * {@code -Dtaipan.stdlibFilter=TEXT} (only paths containing TEXT), {@code -Dtaipan.updateKnownFailures=true},
 * {@code -Dtaipan.stdlibFileTimeoutSeconds=N} (per file, default 20),
 * {@code -Dtaipan.stdlibBudgetSeconds=N} (whole run, default 600), {@code -Dtaipan.reasonsShown=N}
 * (how many of the most common failure reasons to list, default 8; also for the snippet test). Investigate one file
 * with {@code tools/astdiff}.
 */
class StdlibAstDifferentialTest {
    private static final String GOLDEN = "/golden/stdlib-ast.tsv";
    private static final String KNOWN_FAILURES = "golden/ast-known-failures.txt";
    private static final long FILE_TIMEOUT_SECONDS = Long.getLong("taipan.stdlibFileTimeoutSeconds", 20);
    private static final long TOTAL_BUDGET_SECONDS = Long.getLong("taipan.stdlibBudgetSeconds", 600);
    private static final int SHOWN_FAILURES = 20;

    /** One line of the golden file: what CPython made of one stdlib file. */
    record Golden(String path, long size, String fileSha, boolean accepted, String dumpSha,
                  long dumpLength, String errorType, int lineno, int offset, String runErrorType,
                  int runLineno, String message) {
        static Golden parse(String line) {
            String[] f = line.split("\t", -1);
            boolean ok = f[3].equals("OK");
            return ok
                    ? new Golden(f[0], Long.parseLong(f[1]), f[2], true, f[4], Long.parseLong(f[5]),
                            null, 0, 0, null, 0, null)
                    : new Golden(f[0], Long.parseLong(f[1]), f[2], false, null, 0, f[4],
                            Integer.parseInt(f[5]), Integer.parseInt(f[6]), f[7],
                            Integer.parseInt(f[8]), f[9]);
        }

        String expectedError() {
            return errorType + " at line " + lineno + " (" + message + ")";
        }

        /**
         * ast.parse's error (Parser.parseFile follows compile() of bytes; the error python3 FILE
         * reports, recorded in runErrorType/runLineno, differs for undecodable files).
         */
        boolean matches(SyntaxErrorException e) {
            return e.pythonType.equals(errorType) && e.lineno == lineno;
        }
    }

    enum Status { PASS, FAIL, SKIP }

    record Outcome(Status status, String reason, long nanos) {
    }

    @Test
    void everyStdlibFileParsesExactlyAsCPython() throws Exception {
        Map<String, String> header = new LinkedHashMap<>();
        List<Golden> goldens = readGoldens(header);
        String explicit = StdlibLocation.explicitSetting();
        Path stdlib = StdlibLocation.find(header.get("stdlib"));
        Assumptions.assumeTrue(stdlib != null, explicit != null
                ? "not a CPython stdlib directory (no os.py and ast.py): " + explicit
                : "CPython 3.11 stdlib not found (recorded at " + header.get("stdlib")
                        + "); set -Dtaipan.stdlib=DIR or TAIPAN_STDLIB to run this test");
        String filter = System.getProperty("taipan.stdlibFilter", "");

        Map<String, Outcome> outcomes = runAll(stdlib, goldens, filter);

        Map<String, String> failures = new LinkedHashMap<>();
        Set<String> passed = new HashSet<>();
        Set<String> skipped = new HashSet<>();
        List<String> skipNotes = new ArrayList<>();
        int acceptedTotal = 0;
        int acceptedSame = 0;
        int rejectedTotal = 0;
        int rejectedSame = 0;
        long totalNanos = 0;
        for (Golden g : goldens) {
            Outcome o = outcomes.get(g.path());
            if (o == null || o.status() == Status.SKIP) {
                skipped.add(g.path());
                if (o != null) {
                    skipNotes.add(g.path() + ": " + o.reason());
                }
                continue;
            }
            totalNanos += o.nanos();
            if (g.accepted()) {
                acceptedTotal++;
            } else {
                rejectedTotal++;
            }
            if (o.status() == Status.PASS) {
                passed.add(g.path());
                if (g.accepted()) {
                    acceptedSame++;
                } else {
                    rejectedSame++;
                }
            } else {
                failures.put(g.path(), o.reason());
            }
        }

        FailureRatchet ratchet = new FailureRatchet(KNOWN_FAILURES);
        StringBuilder report = new StringBuilder();
        report.append("Stdlib AST differential test: ").append(stdlib)
                .append(" vs recording of CPython ").append(header.get("python"))
                .append(filter.isEmpty() ? "" : " (filter: " + filter + ")").append('\n');
        report.append(String.format("  %d identical / %d total (%d/%d ASTs identical, %d/%d rejections"
                        + " at the same line), %d skipped%n",
                acceptedSame + rejectedSame, acceptedTotal + rejectedTotal, acceptedSame,
                acceptedTotal, rejectedSame, rejectedTotal, skipped.size()));
        report.append(String.format("  parsing took %.1f s summed over threads (JIT warm-up included); CPython's"
                + " ast.parse took %s s for all files when recorded%n", totalNanos / 1e9,
                header.getOrDefault("cpython_parse_seconds", "?")));
        if (!skipNotes.isEmpty()) {
            // e.g. "1787 x not in the local stdlib (first: __future__.py)"
            Map<String, List<String>> byReason = new LinkedHashMap<>();
            for (String note : skipNotes) {
                int colon = note.indexOf(": ");
                byReason.computeIfAbsent(note.substring(colon + 2), r -> new ArrayList<>())
                        .add(note.substring(0, colon));
            }
            byReason.forEach((reason, paths) -> report.append(String.format("  skipped %d x %s (first: %s)%n",
                    paths.size(), reason, paths.get(0))));
        }
        appendSlowest(report, outcomes);
        if (!failures.isEmpty()) {
            report.append(failures.size()).append(" failing files")
                    .append(failures.size() > SHOWN_FAILURES ? " (first " + SHOWN_FAILURES + ")" : "")
                    .append("; investigate one with tools/astdiff PATH:\n");
            failures.entrySet().stream().limit(SHOWN_FAILURES).forEach(f -> report.append("  ")
                    .append(f.getKey()).append(": ").append(f.getValue()).append('\n'));
            appendCommonReasons(report, failures);
        }
        List<String> regressions = ratchet.check(failures, passed, skipped, report);
        if (!regressions.isEmpty()) {
            report.append(regressions.size()).append(" REGRESSIONS (failing, not in ")
                    .append(KNOWN_FAILURES).append("):\n");
            regressions.stream().limit(SHOWN_FAILURES)
                    .forEach(r -> report.append("  ").append(r).append('\n'));
        }
        System.out.print(report);
        assertTrue(regressions.isEmpty(), () -> regressions.size() + " stdlib files regressed"
                + " (failing, not in " + KNOWN_FAILURES + "), first: " + regressions.get(0));
    }

    /** The most frequent failure reasons, numbers blanked out, to show what to fix first. */
    static void appendCommonReasons(StringBuilder report, Map<String, String> failures) {
        Map<String, Integer> counts = new HashMap<>();
        for (String reason : failures.values()) {
            counts.merge(reason.replaceAll("[0-9]+", "N"), 1, Integer::sum);
        }
        report.append("most common failure reasons:\n");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(Integer.getInteger("taipan.reasonsShown", 8))
                .forEach(e -> report.append(String.format("  %5d x %s%n", e.getValue(), e.getKey())));
    }

    private static void appendSlowest(StringBuilder report, Map<String, Outcome> outcomes) {
        List<Map.Entry<String, Outcome>> slowest = outcomes.entrySet().stream()
                .filter(e -> e.getValue().status() != Status.SKIP)
                .sorted(Comparator.comparingLong((Map.Entry<String, Outcome> e) -> e.getValue().nanos())
                        .reversed())
                .limit(3).toList();
        if (!slowest.isEmpty()) {
            report.append("  slowest:");
            for (Map.Entry<String, Outcome> e : slowest) {
                report.append(String.format(" %s %.0f ms;", e.getKey(), e.getValue().nanos() / 1e6));
            }
            report.append('\n');
        }
    }

    /** Runs every file on a small pool so that one hanging file cannot hang the whole test. */
    private static Map<String, Outcome> runAll(Path stdlib, List<Golden> goldens, String filter)
            throws InterruptedException {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "stdlib-ast");
            t.setDaemon(true);
            return t;
        });
        Map<String, Future<Outcome>> futures = new LinkedHashMap<>();
        for (Golden g : goldens) {
            if (g.path().contains(filter)) {
                futures.put(g.path(), pool.submit(() -> check(stdlib, g)));
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TOTAL_BUDGET_SECONDS);
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, Future<Outcome>> e : futures.entrySet()) {
            Future<Outcome> f = e.getValue();
            long left = deadline - System.nanoTime();
            long fileTimeout = TimeUnit.SECONDS.toNanos(FILE_TIMEOUT_SECONDS);
            try {
                if (left <= 0 && !f.isDone()) {
                    throw new TimeoutException();
                }
                outcomes.put(e.getKey(), f.get(Math.min(fileTimeout, Math.max(left, 1)), TimeUnit.NANOSECONDS));
            } catch (TimeoutException ex) {
                f.cancel(true);
                outcomes.put(e.getKey(), new Outcome(Status.FAIL, left < fileTimeout
                        ? "not run or not finished: the test's time budget (" + TOTAL_BUDGET_SECONDS
                                + " s) was used up"
                        : "timeout: no result after " + FILE_TIMEOUT_SECONDS + " s (hang?)", 0));
            } catch (ExecutionException ex) {
                outcomes.put(e.getKey(), new Outcome(Status.FAIL, "harness error: " + ex.getCause(), 0));
            }
        }
        pool.shutdownNow();
        return outcomes;
    }

    private static Outcome check(Path stdlib, Golden g) {
        byte[] data;
        try {
            data = Files.readAllBytes(stdlib.resolve(g.path()));
        } catch (IOException e) {
            return new Outcome(Status.SKIP, "not in the local stdlib", 0);
        }
        if (data.length != g.size() || !SurrogatePassSha.ofBytes(data).equals(g.fileSha())) {
            return new Outcome(Status.SKIP, "local file differs from the recorded one", 0);
        }
        long start = System.nanoTime();
        long nanos = 0;
        String dump = null;
        Throwable error = null;
        try {
            Mod tree = Parser.parseFile(data, g.path());
            nanos = System.nanoTime() - start; // parse time only, comparable to CPython's ast.parse
            dump = AstDump.dump(tree);
        } catch (Throwable t) { // a Java exception of any kind is a failure of this file
            error = t;
            nanos = System.nanoTime() - start;
        }
        String reason = compare(g, dump, error);
        return new Outcome(reason == null ? Status.PASS : Status.FAIL, reason, nanos);
    }

    /** Returns null when our result matches CPython's, else a one-line reason. */
    static String compare(Golden g, String dump, Throwable error) {
        if (error instanceof ParseLimitException) {
            ParseLimitException limit = (ParseLimitException) error;
            return !g.accepted() && limit.pythonType.equals(g.errorType()) ? null
                    : (g.accepted() ? "CPython parses it" : "expected " + g.expectedError()) + "; we raised "
                            + limit.pythonType;
        }
        if (error != null && !(error instanceof SyntaxErrorException)) {
            return "Java exception " + ErrorDescription.of(error);
        }
        SyntaxErrorException se = (SyntaxErrorException) error;
        if (g.accepted()) {
            if (se != null) {
                return "CPython parses it; we raised " + ErrorDescription.of(se);
            }
            if (SurrogatePassSha.ofText(dump).equals(g.dumpSha())) {
                return null;
            }
            long ourLength = dump.codePointCount(0, dump.length());
            return "dump differs (length " + ourLength
                    + (ourLength == g.dumpLength() ? ", same as CPython's" : ", CPython's " + g.dumpLength())
                    + ")";
        }
        if (se == null) {
            return "CPython rejects it with " + g.expectedError() + "; we parsed it";
        }
        if (g.matches(se)) {
            return null;
        }
        return "expected " + g.expectedError() + ", got " + ErrorDescription.of(se);
    }

    static List<Golden> readGoldens(Map<String, String> header) throws IOException {
        List<Golden> goldens = new ArrayList<>();
        try (InputStream in = StdlibAstDifferentialTest.class.getResourceAsStream(GOLDEN)) {
            if (in == null) {
                throw new IOException("missing test resource " + GOLDEN);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("# ")) {
                    String[] kv = line.substring(2).split("\t", 2);
                    if (kv.length == 2) {
                        header.put(kv[0], kv[1]);
                    }
                } else if (!line.isEmpty()) {
                    goldens.add(Golden.parse(line));
                }
            }
        }
        return goldens;
    }

    /** Where the CPython 3.11 stdlib is on this machine, if anywhere. */
    static final class StdlibLocation {
        private StdlibLocation() {
        }

        /** The directory named by -Dtaipan.stdlib or TAIPAN_STDLIB, if any: then only it is tried. */
        static String explicitSetting() {
            String property = System.getProperty("taipan.stdlib");
            return property != null ? property : System.getenv("TAIPAN_STDLIB");
        }

        static Path find(String recorded) {
            String explicit = explicitSetting();
            if (explicit != null) {
                return isStdlib(explicit) ? Path.of(explicit) : null;
            }
            List<String> candidates = new ArrayList<>();
            candidates.add(recorded);
            candidates.add("/usr/lib/python3.11");
            candidates.add("/usr/local/lib/python3.11");
            candidates.add("/opt/homebrew/opt/python@3.11/Frameworks/Python.framework/Versions/3.11/lib/python3.11");
            candidates.add("/Library/Frameworks/Python.framework/Versions/3.11/lib/python3.11");
            Path pyenv = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
            if (Files.isDirectory(pyenv)) {
                try (Stream<Path> versions = Files.list(pyenv)) {
                    versions.filter(v -> v.getFileName().toString().startsWith("3.11"))
                            .sorted(Comparator.reverseOrder())
                            .forEach(v -> candidates.add(v.resolve("lib/python3.11").toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            for (String c : candidates) {
                if (isStdlib(c)) {
                    return Path.of(c);
                }
            }
            return null;
        }

        private static boolean isStdlib(String dir) {
            return dir != null && !dir.isEmpty() && Files.isRegularFile(Path.of(dir, "ast.py"))
                    && Files.isRegularFile(Path.of(dir, "os.py"));
        }
    }
}
