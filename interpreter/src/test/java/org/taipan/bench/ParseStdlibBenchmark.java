package org.taipan.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.taipan.ast.Mod;
import org.taipan.parse.Parser;
import org.taipan.parse.SyntaxErrorException;

/**
 * Parse-speed benchmark: {@link Parser#parseFile} against CPython's {@code ast.parse} over every
 * {@code .py} file of the local CPython standard library, in the same run, from sources already
 * in memory. Not a test (the name keeps it out of surefire); run it with
 * {@code bench/parse-stdlib.sh}, which finds the stdlib and the real python3 binary.
 *
 * <p>Both sides parse the same files; a file one side rejects still counts (its time up to the
 * error is included), and the rejected sets are compared and reported.
 *
 * <p>Arguments: {@code --stdlib DIR --python EXE --cpython-script FILE [--warmup N] [--rounds N]
 * [--cpython-warmup N] [--skip-cpython]}.
 */
public final class ParseStdlibBenchmark {
    private final Path stdlib;
    private final List<Path> files;
    private final List<byte[]> sources;
    private final long totalBytes;

    private ParseStdlibBenchmark(Path stdlib, List<Path> files, List<byte[]> sources) {
        this.stdlib = stdlib;
        this.files = files;
        this.sources = sources;
        this.totalBytes = sources.stream().mapToLong(b -> b.length).sum();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parseOptions(args);
        Path stdlib = Paths.get(required(options, "--stdlib"));
        int warmup = Integer.parseInt(options.getOrDefault("--warmup", "3"));
        int rounds = Integer.parseInt(options.getOrDefault("--rounds", "5"));
        int cpythonWarmup = Integer.parseInt(options.getOrDefault("--cpython-warmup", "1"));

        List<Path> files = listSources(stdlib);
        List<byte[]> sources = new ArrayList<>(files.size());
        for (Path file : files) {
            sources.add(Files.readAllBytes(file));
        }
        ParseStdlibBenchmark benchmark = new ParseStdlibBenchmark(stdlib, files, sources);
        System.out.printf("Parsing %d files, %.1f MB, of %s%n", files.size(), benchmark.totalBytes / 1e6, stdlib);
        System.out.printf("Java %s (%s), %d rounds after %d warm-up rounds%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), rounds, warmup);

        Result taipan = benchmark.runTaipan(warmup, rounds);
        benchmark.print("Taipan Parser.parseFile", taipan);

        if (!options.containsKey("--skip-cpython")) {
            Result cpython = benchmark.runCPython(required(options, "--python"), required(options, "--cpython-script"),
                    cpythonWarmup, rounds);
            benchmark.print("CPython ast.parse", cpython);
            double ratio = taipan.median() / cpython.median();
            System.out.printf("Median time ratio Taipan/CPython: %.2f (%s)%n", ratio,
                    ratio <= 1 ? String.format("Taipan %.2fx faster", 1 / ratio)
                            : String.format("Taipan %.2fx slower", ratio));
            benchmark.compareRejected(taipan.rejected, cpython.rejected);
        }
        if (!taipan.crashes.isEmpty()) {
            System.out.println("WARNING: Taipan failures other than SyntaxErrorException, by exception type: "
                    + taipan.crashes + (taipan.rejected.size() == files.size() ? " (no file parsed: figures meaningless)" : ""));
        }
    }

    /** Every .py file under the stdlib, excluding site-packages, in a stable order. */
    private static List<Path> listSources(Path stdlib) throws IOException {
        try (Stream<Path> walk = Files.walk(stdlib)) {
            return walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> !stdlib.relativize(p).toString().contains("site-packages"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private Result runTaipan(int warmup, int rounds) throws InterruptedException {
        Result result = new Result(rounds);
        // A big stack of our own so deeply nested test files cannot end the run.
        Thread thread = new Thread(null, () -> {
            for (int i = 0; i < warmup; i++) {
                parseAll(new Result(1), -1);
            }
            for (int i = 0; i < rounds; i++) {
                parseAll(result, i);
            }
        }, "parse-benchmark", 1L << 30);
        thread.start();
        thread.join();
        return result;
    }

    /** Parses every file once; with round >= 0 records the time and which files failed. */
    private void parseAll(Result result, int round) {
        Set<String> rejected = new TreeSet<>();
        Map<String, Integer> crashes = new TreeMap<>();
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < sources.size(); i++) {
            String name = files.get(i).toString();
            try {
                Mod tree = Parser.parseFile(sources.get(i), name);
                sink += System.identityHashCode(tree);
            } catch (SyntaxErrorException e) {
                rejected.add(name);
            } catch (RuntimeException | StackOverflowError e) {
                // Bad input must never escape as a Java exception; count it so it gets noticed.
                rejected.add(name);
                crashes.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            }
        }
        long elapsed = System.nanoTime() - start;
        if (round >= 0) {
            result.seconds[round] = elapsed / 1e9;
            result.rejected = rejected;
            result.crashes = crashes;
        }
        if (sink == 42) {
            System.out.print("");
        }
    }

    private Result runCPython(String python, String script, int warmup, int rounds)
            throws IOException, InterruptedException {
        Path list = Files.createTempFile("parse-stdlib-", ".txt");
        try {
            Files.write(list, files.stream().map(Path::toString).collect(Collectors.toList()), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(python, script, list.toString(), Integer.toString(warmup),
                    Integer.toString(rounds)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Result result = new Result(rounds);
            int round = 0;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null;) {
                    if (line.startsWith("round ")) {
                        result.seconds[round++] = Double.parseDouble(line.substring(6));
                    } else if (line.startsWith("rejected ")) {
                        result.rejected.add(line.substring(9));
                    }
                }
            }
            int status = process.waitFor();
            if (status != 0 || round != rounds) {
                throw new IOException(python + " " + script + " failed with status " + status);
            }
            return result;
        } finally {
            Files.deleteIfExists(list);
        }
    }

    private void print(String label, Result r) {
        double median = r.median();
        double best = r.best();
        System.out.printf("%-24s best %7.3f s  median %7.3f s  %7.0f files/s  %6.2f MB/s (median)  rejected %d%n",
                label, best, median, files.size() / median, totalBytes / 1e6 / median, r.rejected.size());
        System.out.println("    rounds (s): " + Arrays.stream(r.seconds).mapToObj(s -> String.format("%.3f", s))
                .collect(Collectors.joining(" ")));
    }

    private void compareRejected(Set<String> taipan, Set<String> cpython) {
        Set<String> onlyTaipan = new TreeSet<>(taipan);
        onlyTaipan.removeAll(cpython);
        Set<String> onlyCPython = new TreeSet<>(cpython);
        onlyCPython.removeAll(taipan);
        if (onlyTaipan.isEmpty() && onlyCPython.isEmpty()) {
            System.out.println("Both reject the same " + taipan.size() + " files.");
            return;
        }
        System.out.println("Rejected by Taipan only: " + onlyTaipan.size() + " " + firstFew(onlyTaipan));
        System.out.println("Rejected by CPython only: " + onlyCPython.size() + " " + firstFew(onlyCPython));
    }

    private String firstFew(Set<String> paths) {
        return paths.stream().limit(5).map(p -> stdlib.relativize(Paths.get(p)).toString()).collect(Collectors.joining(", ", "[", paths.size() > 5 ? ", ...]" : "]"));
    }

    private static Map<String, String> parseOptions(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--skip-cpython")) {
                options.put(args[i], "");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    /** Round times in seconds and the files rejected in the last measured round. */
    private static final class Result {
        final double[] seconds;
        Set<String> rejected = new TreeSet<>();
        Map<String, Integer> crashes = new TreeMap<>();

        Result(int rounds) {
            seconds = new double[rounds];
        }

        double best() {
            return Arrays.stream(seconds).min().orElse(Double.NaN);
        }

        double median() {
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }
}
