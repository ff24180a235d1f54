package org.taipan.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A committed list of cases allowed to fail while the parser is unfinished. A failure not on the
 * list is a regression and fails the test; a listed case that passes is reported so the list can
 * shrink. With {@code -Dtaipan.updateKnownFailures=true} the list is rewritten from the results.
 */
final class FailureRatchet {
    static final String UPDATE_PROPERTY = "taipan.updateKnownFailures";

    private final String resource;
    private final Set<String> known;

    /** {@code resource} is relative to {@code src/test/resources}, e.g. "golden/x.txt". */
    FailureRatchet(String resource) {
        this.resource = resource;
        this.known = load(resource);
    }

    boolean isKnown(String name) {
        return known.contains(name);
    }

    /**
     * Checks the results against the list (rewriting it in update mode) and returns the
     * regressions: failures of cases not on the list.
     *
     * @param failures every failing case with a one-line reason
     * @param skipped  cases not run (their list entries are kept as they are)
     */
    List<String> check(Map<String, String> failures, Set<String> passed, Set<String> skipped,
                       StringBuilder report) {
        List<String> regressions = new ArrayList<>();
        for (Map.Entry<String, String> f : new TreeMap<>(failures).entrySet()) {
            if (!known.contains(f.getKey())) {
                regressions.add(f.getKey() + ": " + f.getValue());
            }
        }
        TreeSet<String> nowPassing = new TreeSet<>(passed);
        nowPassing.retainAll(known);
        if (!nowPassing.isEmpty()) {
            report.append(nowPassing.size()).append(" listed in ").append(resource)
                    .append(" now pass").append(nowPassing.size() > 20 ? " (first 20)" : "")
                    .append(":\n");
            nowPassing.stream().limit(20).forEach(n -> report.append("  ").append(n).append('\n'));
        }
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            TreeSet<String> updated = new TreeSet<>(failures.keySet());
            for (String name : known) {
                if (skipped.contains(name)) {
                    updated.add(name);
                }
            }
            write(updated);
            report.append("Rewrote ").append(sourcePath()).append(" with ").append(updated.size())
                    .append(" entries (was ").append(known.size()).append(")\n");
            return List.of();
        }
        if (!nowPassing.isEmpty() || !regressions.isEmpty()) {
            report.append("To rewrite the list from these results: -D").append(UPDATE_PROPERTY)
                    .append("=true\n");
        }
        return regressions;
    }

    private Path sourcePath() {
        String base = System.getProperty("basedir", System.getProperty("user.dir"));
        Path module = Path.of(base);
        if (!Files.isDirectory(module.resolve("src/test/resources"))
                && Files.isDirectory(module.resolve("interpreter/src/test/resources"))) {
            module = module.resolve("interpreter");
        }
        return module.resolve("src/test/resources").resolve(resource);
    }

    private void write(Set<String> names) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Cases allowed to fail for now (a ratchet: this list may only shrink).\n");
        sb.append("# Rewrite with -D").append(UPDATE_PROPERTY).append("=true; one name per line.\n");
        for (String n : names) {
            sb.append(n).append('\n');
        }
        try {
            Files.createDirectories(sourcePath().getParent());
            Files.writeString(sourcePath(), sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> load(String resource) {
        Set<String> names = new TreeSet<>();
        try (InputStream in = FailureRatchet.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                return names;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
