package org.taipan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One program of the differential suite ({@code src/test/resources/programs/}) with what CPython
 * 3.11.7 did with it, as {@code tools/record_program_goldens.py} recorded: stdout, stderr and the
 * exit status. The discovery rules are the recorder's: every {@code <area>/<name>.py}, the
 * {@code main.py} of every multi-file case {@code <area>/<case>/}, and every {@code .args} file
 * without a program of its own name.
 */
record ProgramCase(String id, Path directory, List<String> argv, byte[] stdin, String expectedOut,
                   String expectedErr, int expectedStatus, java.util.Map<String, String> env) {

    /** Every case below {@code root}, sorted by id; cases without goldens are an error. */
    static List<ProgramCase> all(Path root) {
        List<ProgramCase> cases = new ArrayList<>();
        for (Path area : sortedChildren(root)) {
            if (!Files.isDirectory(area)) {
                continue;
            }
            cases.addAll(casesIn(root, area, false));
            for (Path sub : sortedChildren(area)) {
                if (Files.isDirectory(sub) && !sub.getFileName().toString().equals("__pycache__")) {
                    cases.addAll(casesIn(root, sub, true));
                }
            }
        }
        return cases;
    }

    private static List<ProgramCase> casesIn(Path root, Path dir, boolean multiFile) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (Path p : sortedChildren(dir)) {
            String file = p.getFileName().toString();
            if (file.endsWith(".py") && (!multiFile || file.equals("main.py"))) {
                names.add(file.substring(0, file.length() - 3));
            } else if (file.endsWith(".args")) {
                names.add(file.substring(0, file.length() - 5));
            }
        }
        List<ProgramCase> cases = new ArrayList<>();
        for (String name : names) {
            cases.add(load(root, dir, name));
        }
        return cases;
    }

    private static ProgramCase load(Path root, Path dir, String name) {
        String id = root.relativize(dir.resolve(name)).toString().replace('\\', '/');
        Path args = dir.resolve(name + ".args");
        Path stdin = dir.resolve(name + ".stdin");
        Path status = dir.resolve(name + ".status");
        if (!Files.exists(status)) {
            throw new IllegalStateException(id + " has no goldens: run tools/record_program_goldens.py");
        }
        List<String> argv = Files.exists(args) ? lines(args) : List.of(name + ".py");
        Path env = dir.resolve(name + ".env");
        return new ProgramCase(id, dir, argv, Files.exists(stdin) ? bytes(stdin) : new byte[0],
                text(dir.resolve(name + ".out")), text(dir.resolve(name + ".err")),
                Integer.parseInt(text(status).strip()), Files.exists(env) ? environment(env) : null);
    }

    /**
     * The variables of an {@code .env} file (NAME=VALUE lines) over the pinned environment the
     * recorder gives CPython; null when the case has none (the process's environment is used).
     */
    private static java.util.Map<String, String> environment(Path p) {
        java.util.Map<String, String> env = new java.util.TreeMap<>();
        System.getenv().forEach((k, v) -> {
            if (!k.startsWith("PYTHON") && !k.startsWith("LC_") && !k.equals("LANG") && !k.equals("LANGUAGE")) {
                env.put(k, v);
            }
        });
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.put("LC_ALL", "C.UTF-8");
        for (String line : lines(p)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return env;
    }

    private static List<Path> sortedChildren(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path p) {
        String s = text(p);
        List<String> result = new ArrayList<>(List.of(s.split("\n", -1)));
        if (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
            result.remove(result.size() - 1);
        }
        return result;
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path p) {
        return new String(bytes(p), StandardCharsets.UTF_8);
    }
}
