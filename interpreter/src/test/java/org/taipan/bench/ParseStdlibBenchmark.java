package org.taipan.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
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
 * <p>After the warm-up rounds of each side, measured rounds alternate (Taipan, CPython, Taipan,
 * ...) so that on a shared machine both sides see the same background load; process CPU time is
 * reported next to wall-clock time because it suffers less from other work on the machine (for
 * Java it includes the GC and JIT threads). Both sides parse the
 * same files; a file one side rejects still counts (its time up to the error is included), and
 * the rejected sets are compared and reported.
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
        List<Path> files = listSources(stdlib);
        List<byte[]> sources = new ArrayList<>(files.size());
        for (Path file : files) {
            sources.add(Files.readAllBytes(file));
        }
        ParseStdlibBenchmark benchmark = new ParseStdlibBenchmark(stdlib, files, sources);
        Throwable[] failure = new Throwable[1];
        // A big stack of our own so deeply nested test files cannot end the run.
        Thread thread = new Thread(null, () -> {
            try {
                benchmark.run(options);
            } catch (Exception | Error e) {
                failure[0] = e;
            }
        }, "parse-benchmark", 1L << 30);
        thread.start();
        thread.join();
        if (failure[0] != null) {
            failure[0].printStackTrace();
            System.exit(1);
        }
    }

    private void run(Map<String, String> options) throws IOException, InterruptedException {
        int warmup = Integer.parseInt(options.getOrDefault("--warmup", "5"));
        int rounds = Integer.parseInt(options.getOrDefault("--rounds", "5"));
        int cpythonWarmup = Integer.parseInt(options.getOrDefault("--cpython-warmup", "1"));
        boolean withCPython = !options.containsKey("--skip-cpython");
        System.out.printf("Parsing %d files, %.1f MB, of %s%n", files.size(), totalBytes / 1e6, stdlib);
        System.out.printf("Java %s (%s), max heap %d MB; %d measured rounds each after %d (Taipan) and %d "
                + "(CPython) warm-up rounds%n", System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() >> 20, rounds, warmup, cpythonWarmup);

        CPythonProcess cpython = withCPython
                ? new CPythonProcess(required(options, "--python"), required(options, "--cpython-script"), files)
                : null;
        Result taipan = new Result(rounds);
        Result reference = new Result(rounds);
        try {
            for (int i = 0; i < warmup; i++) {
                parseAll(new Result(1), 0);
            }
            for (int i = 0; cpython != null && i < cpythonWarmup; i++) {
                cpython.warmup();
            }
            long gcBefore = gcMillis();
            for (int i = 0; i < rounds; i++) {
                parseAll(taipan, i);
                if (cpython != null) {
                    cpython.round(reference, i);
                }
            }
            long gcMillis = gcMillis() - gcBefore;
            print("Taipan Parser.parseFile", taipan);
            System.out.printf("    GC time during the measured rounds: %.3f s in total%n", gcMillis / 1e3);
            if (cpython != null) {
                reference.rejected = cpython.rejected();
                print("CPython ast.parse", reference);
                printRatio("median wall-clock", taipan.median() / reference.median());
                printRatio("best wall-clock", taipan.best() / reference.best());
                printRatio("median CPU", median(taipan.cpuSeconds) / median(reference.cpuSeconds));
                compareRejected(taipan.rejected, reference.rejected);
            }
        } finally {
            if (cpython != null) {
                cpython.close();
            }
        }
        if (!taipan.crashes.isEmpty()) {
            System.out.println("WARNING: Taipan failures other than SyntaxErrorException, by exception type: "
                    + taipan.crashes
                    + (taipan.rejected.size() == files.size() ? " (no file parsed: figures meaningless)" : ""));
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

    /** Parses every file once, recording the time and which files failed as round {@code round}. */
    private void parseAll(Result result, int round) {
        Set<String> rejected = new TreeSet<>();
        Map<String, Integer> crashes = new TreeMap<>();
        long sink = 0;
        long cpuStart = processCpuNanos();
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
        result.seconds[round] = (System.nanoTime() - start) / 1e9;
        result.cpuSeconds[round] = (processCpuNanos() - cpuStart) / 1e9;
        result.rejected = rejected;
        result.crashes = crashes;
        if (sink == 42) {
            // Keeps the trees observable so the JIT cannot drop the parsing.
            System.out.print("");
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private void print(String label, Result r) {
        double median = r.median();
        System.out.printf("%-24s best %7.3f s  median %7.3f s  %6.0f files/s  %6.2f MB/s (median)  rejected %d%n",
                label, r.best(), median, files.size() / median, totalBytes / 1e6 / median, r.rejected.size());
        System.out.println("    rounds, wall-clock (s): " + Arrays.stream(r.seconds)
                .mapToObj(s -> String.format("%.3f", s)).collect(Collectors.joining(" ")));
        System.out.printf("    rounds, process CPU (s): %s; median %.3f s, %.2f MB/s%n", Arrays.stream(r.cpuSeconds)
                .mapToObj(s -> String.format("%.3f", s)).collect(Collectors.joining(" ")),
                median(r.cpuSeconds), totalBytes / 1e6 / median(r.cpuSeconds));
    }

    private static void printRatio(String which, double ratio) {
        System.out.printf("Time ratio Taipan/CPython (%s): %.2f (%s)%n", which, ratio,
                ratio <= 1 ? String.format("Taipan %.2fx faster", 1 / ratio)
                        : String.format("Taipan %.2fx slower", ratio));
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
        return paths.stream().limit(5).map(p -> stdlib.relativize(Paths.get(p)).toString())
                .collect(Collectors.joining(", ", "[", paths.size() > 5 ? ", ...]" : "]"));
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

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Round times in seconds (wall-clock and process CPU) and the files rejected in the last round. */
    private static final class Result {
        final double[] seconds;
        final double[] cpuSeconds;
        Set<String> rejected = new TreeSet<>();
        Map<String, Integer> crashes = new TreeMap<>();

        Result(int rounds) {
            seconds = new double[rounds];
            cpuSeconds = new double[rounds];
        }

        double best() {
            return Arrays.stream(seconds).min().orElse(Double.NaN);
        }

        double median() {
            return ParseStdlibBenchmark.median(seconds);
        }
    }

    /** The python3 process running bench/cpython_parse.py, one command per round. */
    private static final class CPythonProcess implements AutoCloseable {
        private final Path list;
        private final Process process;
        private final Writer in;
        private final BufferedReader out;

        CPythonProcess(String python, String script, List<Path> files) throws IOException {
            list = Files.createTempFile("parse-stdlib-", ".txt");
            Files.write(list, files.stream().map(Path::toString).collect(Collectors.toList()), StandardCharsets.UTF_8);
            process = new ProcessBuilder(python, script, list.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            expect("ready");
        }

        void warmup() throws IOException {
            send("warmup");
            expect("done");
        }

        void round(Result result, int round) throws IOException {
            send("round");
            String[] answer = readLine().split(" ");
            if (answer.length != 3 || !answer[0].equals("round")) {
                throw new IOException("unexpected answer from the CPython side: " + String.join(" ", answer));
            }
            result.seconds[round] = Double.parseDouble(answer[1]);
            result.cpuSeconds[round] = Double.parseDouble(answer[2]);
        }

        Set<String> rejected() throws IOException {
            send("rejected");
            Set<String> rejected = new TreeSet<>();
            for (String line; !(line = readLine()).equals("end");) {
                rejected.add(line.substring("rejected ".length()));
            }
            return rejected;
        }

        private void send(String command) throws IOException {
            in.write(command + "\n");
            in.flush();
        }

        private void expect(String answer) throws IOException {
            String line = readLine();
            if (!line.equals(answer)) {
                throw new IOException("expected " + answer + " from the CPython side, got " + line);
            }
        }

        private String readLine() throws IOException {
            String line = out.readLine();
            if (line == null) {
                throw new IOException("the CPython side ended early");
            }
            return line;
        }

        @Override
        public void close() {
            try {
                in.close();
                process.waitFor();
                Files.deleteIfExists(list);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
