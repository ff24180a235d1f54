package org.taipan;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The core-language differential suite: every program of {@code programs/} runs through
 * Taipan's entry point ({@link Main#run}) in this JVM, and its stdout, stderr and exit status
 * must equal what CPython 3.11.7 printed (goldens recorded by
 * {@code tools/record_program_goldens.py}; python3 is not needed here).
 *
 * <p>One dynamic test per program, run sequentially (one interpreter at a time). Programs listed
 * in {@code programs/known-failures.txt} may fail: they are reported as aborted with the first
 * difference. A failing program not on the list fails its test. The last test prints a summary
 * and the listed programs that now pass; {@code -Dtaipan.updateKnownFailures=true} rewrites the
 * list.
 *
 * <p>System properties: {@code taipan.programs} selects programs by a glob over their ids (e.g.
 * {@code types/int_*} or <code>{scopes,control}/**</code>); {@code taipan.programTimeout} is the
 * per-program limit in seconds (default 20).
 */
class ProgramDifferentialTest {
    private static final String KNOWN_FAILURES = "known-failures.txt";

    @TestFactory
    List<DynamicTest> programs() {
        Path root = runDirectory();
        List<ProgramCase> all = ProgramCase.all(root);
        List<ProgramCase> selected = select(all);
        KnownFailures known = KnownFailures.load(sourceDirectory().resolve(KNOWN_FAILURES));
        ProgramRun.EntryPoint entry = ProgramRun.EntryPoint.available();
        long timeoutMillis = Long.getLong("taipan.programTimeout", 20) * 1000;
        Map<String, String> failures = new LinkedHashMap<>();
        Set<String> passed = new TreeSet<>();
        long[] totalMillis = new long[1];
        List<DynamicTest> tests = new ArrayList<>();
        for (ProgramCase c : selected) {
            tests.add(DynamicTest.dynamicTest(c.id(), () -> {
                Set<Path> before = filesUnder(c.directory());
                ProgramRun run = ProgramRun.run(c, entry, timeoutMillis);
                removeNewFiles(c.directory(), before);
                totalMillis[0] += run.millis;
                String difference = ProgramComparison.firstDifference(c, run, timeoutMillis);
                if (difference == null) {
                    passed.add(c.id());
                    return;
                }
                failures.put(c.id(), difference);
                if (known.contains(c.id()) || KnownFailures.updating()) {
                    Assumptions.abort(c.id() + " (known failure): " + difference);
                }
                fail(c.id() + " differs from CPython 3.11.7 (not in programs/" + KNOWN_FAILURES + "): "
                        + difference);
            }));
        }
        tests.add(DynamicTest.dynamicTest("summary and known-failures ratchet", () -> {
            StringBuilder report = new StringBuilder();
            report.append(String.format("Program differential suite (%s entry point): %d / %d programs match"
                    + " CPython 3.11.7 in %.1f s%n", entry, passed.size(), selected.size(),
                    totalMillis[0] / 1000.0));
            List<String> regressions = failures.keySet().stream().filter(id -> !known.contains(id))
                    .collect(Collectors.toList());
            Set<String> nowPassing = known.nowPassing(passed);
            if (!nowPassing.isEmpty()) {
                report.append(nowPassing.size()).append(" programs listed in ").append(KNOWN_FAILURES)
                        .append(" now pass:\n");
                nowPassing.forEach(id -> report.append("  ").append(id).append('\n'));
            }
            if (!regressions.isEmpty() && !KnownFailures.updating()) {
                report.append(regressions.size()).append(" REGRESSIONS (failing, not listed):\n");
                regressions.forEach(id -> report.append("  ").append(id).append(": ")
                        .append(failures.get(id)).append('\n'));
            }
            if (KnownFailures.updating()) {
                Set<String> ran = selected.stream().map(ProgramCase::id).collect(Collectors.toSet());
                Set<String> existing = all.stream().map(ProgramCase::id).collect(Collectors.toSet());
                int size = known.rewrite(failures.keySet(), ran, existing);
                report.append("Rewrote ").append(sourceDirectory().resolve(KNOWN_FAILURES)).append(" with ")
                        .append(size).append(" entries (was ").append(known.size()).append(")\n");
            } else if (!nowPassing.isEmpty() || !regressions.isEmpty()) {
                report.append("To rewrite the list from these results: -D")
                        .append(KnownFailures.UPDATE_PROPERTY).append("=true\n");
            }
            System.out.print(report);
        }));
        return tests;
    }

    private static Set<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.collect(Collectors.toCollection(HashSet::new));
        }
    }

    /**
     * Deletes what a failing program left in its directory (a passing one cleans up, as
     * CPython's run did), so that one failure cannot change the next program's run.
     */
    private static void removeNewFiles(Path dir, Set<Path> before) throws IOException {
        List<Path> created = new ArrayList<>(filesUnder(dir));
        created.removeAll(before);
        created.sort(Comparator.reverseOrder());
        for (Path p : created) {
            Files.deleteIfExists(p);
        }
    }

    private static List<ProgramCase> select(List<ProgramCase> all) {
        String glob = System.getProperty("taipan.programs", "").strip();
        if (glob.isEmpty()) {
            return all;
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<ProgramCase> selected = all.stream().filter(c -> matcher.matches(Path.of(c.id())))
                .collect(Collectors.toList());
        if (selected.isEmpty()) {
            fail("no program id matches taipan.programs=" + glob);
        }
        return selected;
    }

    /** The programs as copied to the test classpath: programs write temporary files there. */
    private static Path runDirectory() {
        URL url = ProgramDifferentialTest.class.getResource("/programs/README.md");
        if (url == null) {
            return sourceDirectory();
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code src/test/resources/programs}, where the known-failures list is committed. */
    private static Path sourceDirectory() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        if (!Files.isDirectory(module.resolve("src/test/resources"))
                && Files.isDirectory(module.resolve("interpreter/src/test/resources"))) {
            module = module.resolve("interpreter");
        }
        return module.resolve("src/test/resources/programs");
    }
}
