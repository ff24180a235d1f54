package org.taipan.modules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the local CPython 3.11 standard library for the checks that compare with it or run its
 * code ({@code -Dtaipan.stdlib=DIR} or {@code TAIPAN_STDLIB}, else the usual install places).
 */
final class CPythonStdlib {
    private CPythonStdlib() {
    }

    /** The stdlib directory, or null when this machine has none. */
    static Path find() {
        String explicit = System.getProperty("taipan.stdlib", System.getenv("TAIPAN_STDLIB"));
        List<String> candidates = new ArrayList<>();
        if (explicit != null) {
            candidates.add(explicit);
        } else {
            candidates.add(System.getProperty("user.home") + "/.pyenv/versions/3.11.7/lib/python3.11");
            candidates.add("/usr/lib/python3.11");
            candidates.add("/usr/local/lib/python3.11");
        }
        for (String c : candidates) {
            if (Files.isRegularFile(Path.of(c, "os.py")) && Files.isRegularFile(Path.of(c, "ast.py"))) {
                return Path.of(c);
            }
        }
        return null;
    }
}
