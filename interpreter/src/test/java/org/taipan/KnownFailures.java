package org.taipan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The committed list of programs allowed to fail while the VM is unfinished (a ratchet: it may
 * only shrink). A failing program not on the list is a regression; a listed program that passes
 * is reported so the list can shrink. With {@code -Dtaipan.updateKnownFailures=true} the list is
 * rewritten from the results, keeping the entries of programs that were not run.
 */
final class KnownFailures {
    static final String UPDATE_PROPERTY = "taipan.updateKnownFailures";

    private final Path file;
    private final Set<String> names;

    private KnownFailures(Path file, Set<String> names) {
        this.file = file;
        this.names = names;
    }

    static KnownFailures load(Path file) {
        Set<String> names = new TreeSet<>();
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        names.add(name);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new KnownFailures(file, names);
    }

    static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    boolean contains(String id) {
        return names.contains(id);
    }

    int size() {
        return names.size();
    }

    /** Listed programs among {@code passed}. */
    Set<String> nowPassing(Collection<String> passed) {
        Set<String> result = new TreeSet<>(passed);
        result.retainAll(names);
        return result;
    }

    /**
     * Rewrites the list: the failures of this run plus the listed programs that did not run
     * (a filtered run), and drops entries whose program no longer exists.
     */
    int rewrite(Collection<String> failed, Collection<String> ran, Collection<String> existing) {
        Set<String> updated = new TreeSet<>(failed);
        for (String name : names) {
            if (!ran.contains(name) && existing.contains(name)) {
                updated.add(name);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Programs allowed to fail for now (a ratchet: this list may only shrink).\n");
        sb.append("# Rewrite with -D").append(UPDATE_PROPERTY).append("=true; one program id per line.\n");
        for (String n : updated) {
            sb.append(n).append('\n');
        }
        try {
            Files.writeString(file, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return updated.size();
    }
}
