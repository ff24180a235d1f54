package org.taipan.modules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Guards the project rule that our Python library is our own text, not CPython's {@code Lib/}.
 *
 * <p>Each library file with a namesake in the local CPython 3.11 stdlib is normalised (whitespace
 * collapsed, blank and comment lines dropped) and compared with it: the share of our lines lying in
 * a run of {@value #RUN} consecutive lines that also occurs consecutively in CPython's file must
 * stay within {@value #MAX_COVERAGE_PERCENT}%, and no run of {@value #MAX_RUN} or more lines may be
 * shared. Files listed in {@code lib-originality-exceptions.txt} are tolerated for now; that list
 * may only shrink, and listed files that now pass are reported. The same measurement is
 * {@code tools/check_originality.py}. Messages carry file names and figures only, never library
 * text. Skipped when no CPython stdlib is found ({@code -Dtaipan.stdlib=DIR} or
 * {@code TAIPAN_STDLIB} name one).
 */
class LibraryOriginalityTest {
    static final int RUN = 5;
    static final double MAX_COVERAGE_PERCENT = 15.0;
    static final int MAX_RUN = 10;
    private static final Path LIBRARY = Paths.get("src/main/resources/org/taipan/lib");
    private static final Path EXCEPTIONS = Paths.get("src/test/resources/lib-originality-exceptions.txt");

    /** How closely one of our files follows its CPython namesake. */
    record Similarity(String file, int lines, int covered, int longestRun) {
        double percent() {
            return 100.0 * covered / Math.max(1, lines);
        }

        boolean tooClose() {
            return percent() > MAX_COVERAGE_PERCENT || longestRun >= MAX_RUN;
        }

        String figures() {
            return String.format("%s: %.1f%% of %d lines in shared runs of %d, longest shared run %d",
                    file, percent(), lines, RUN, longestRun);
        }
    }

    @Test
    void libraryDoesNotRepeatCPythonText() throws IOException {
        Path stdlib = findStdlib();
        Assumptions.assumeTrue(stdlib != null,
                "CPython 3.11 stdlib not found; set -Dtaipan.stdlib=DIR or TAIPAN_STDLIB to run this test");
        Set<String> allowed = readExceptions();
        List<String> regressions = new ArrayList<>();
        Set<String> nowPassing = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, Path> e : libraryFiles().entrySet()) {
            Path reference = stdlib.resolve(e.getKey());
            if (!Files.isRegularFile(reference)) {
                continue;
            }
            seen.add(e.getKey());
            Similarity s = compare(e.getKey(), normalisedLines(e.getValue()), normalisedLines(reference));
            if (s.tooClose() && !allowed.contains(e.getKey())) {
                regressions.add(s.figures());
            } else if (!s.tooClose() && allowed.contains(e.getKey())) {
                nowPassing.add(s.figures());
            }
        }
        if (!nowPassing.isEmpty()) {
            System.out.println("Listed in " + EXCEPTIONS.getFileName()
                    + " but now within the limits (remove them from the list):");
            nowPassing.forEach(f -> System.out.println("  " + f));
        }
        Set<String> stale = new TreeSet<>(allowed);
        stale.removeAll(seen);
        assertTrue(stale.isEmpty(), () -> EXCEPTIONS.getFileName()
                + " names files that are not in our library or not in CPython's: " + stale);
        assertTrue(regressions.isEmpty(), () -> "Library files too close to CPython's text (limits: "
                + MAX_COVERAGE_PERCENT + "% coverage, shared runs under " + MAX_RUN
                + " lines); rewrite them in our own words:\n  " + String.join("\n  ", regressions));
    }

    @Test
    void measurementCountsSharedRunsOnly() {
        List<String> theirs = List.of("a", "b", "c", "d", "e", "f", "g");
        List<String> ours = new ArrayList<>(List.of("x", "a", "b", "c", "d", "e", "y", "c", "d"));
        Similarity s = compare("t.py", ours, theirs);
        assertTrue(s.covered() == 5 && s.longestRun() == 5 && s.lines() == 9, s::figures);
        ours.set(3, "changed");
        Similarity t = compare("t.py", ours, theirs);
        assertTrue(t.covered() == 0 && t.longestRun() == 2, t::figures);
        assertTrue(normalisedLines(List.of("  x  =   1 ", "", "   # note", "y")).equals(List.of("x = 1", "y")));
    }

    /** Our library's .py files by path relative to the library root, with '/' separators. */
    private static Map<String, Path> libraryFiles() throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(LIBRARY)) {
            walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .forEach(p -> files.put(LIBRARY.relativize(p).toString().replace('\\', '/'), p));
        }
        return files;
    }

    static Similarity compare(String file, List<String> ours, List<String> theirs) {
        Set<List<String>> windows = new HashSet<>();
        for (int i = 0; i + RUN <= theirs.size(); i++) {
            windows.add(theirs.subList(i, i + RUN));
        }
        boolean[] covered = new boolean[ours.size()];
        for (int i = 0; i + RUN <= ours.size(); i++) {
            if (windows.contains(ours.subList(i, i + RUN))) {
                for (int j = i; j < i + RUN; j++) {
                    covered[j] = true;
                }
            }
        }
        int count = 0;
        for (boolean c : covered) {
            count += c ? 1 : 0;
        }
        return new Similarity(file, ours.size(), count, longestSharedRun(ours, theirs));
    }

    /** The longest stretch of consecutive lines of ours that also occurs consecutively in theirs. */
    private static int longestSharedRun(List<String> ours, List<String> theirs) {
        Map<String, List<Integer>> where = new HashMap<>();
        for (int j = 0; j < theirs.size(); j++) {
            where.computeIfAbsent(theirs.get(j), k -> new ArrayList<>()).add(j);
        }
        int longest = 0;
        Map<Integer, Integer> previous = Map.of();
        for (String line : ours) {
            Map<Integer, Integer> current = new HashMap<>();
            for (int j : where.getOrDefault(line, List.of())) {
                int length = previous.getOrDefault(j - 1, 0) + 1;
                current.put(j, length);
                longest = Math.max(longest, length);
            }
            previous = current;
        }
        return longest;
    }

    private static List<String> normalisedLines(Path file) throws IOException {
        byte[] data = Files.readAllBytes(file);
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(java.nio.ByteBuffer.wrap(data)).toString();
        return normalisedLines(List.of(text.split("\r\n|\r|\n", -1)));
    }

    /** Whitespace runs collapsed to one space; blank lines and comment lines dropped. */
    static List<String> normalisedLines(List<String> raw) {
        List<String> lines = new ArrayList<>();
        for (String line : raw) {
            String s = String.join(" ", line.strip().split("\\s+"));
            if (!s.isEmpty() && !s.startsWith("#")) {
                lines.add(s);
            }
        }
        return lines;
    }

    private static Set<String> readExceptions() throws IOException {
        Set<String> files = new TreeSet<>();
        for (String line : Files.readAllLines(EXCEPTIONS, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                files.add(s.split("\\s+")[0]);
            }
        }
        return files;
    }

    private static Path findStdlib() {
        return CPythonStdlib.find();
    }
}
