package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.taipan.ast.AstDump;
import org.taipan.ast.Constant;
import org.taipan.ast.JoinedStr;
import org.taipan.ast.Mod;
import org.taipan.ast.Node;

/**
 * Our parser on the code snippets inside CPython's own test suite (doctest examples such as
 * test_syntax.py's syntax errors, and string arguments of compile/exec/eval/ast.parse), against
 * {@code golden/test-snippets.tsv} recorded by {@code tools/record_snippet_goldens.py}. The
 * goldens hold no CPython text: each snippet is found in the local stdlib as the string constant
 * at the recorded position of our own parse of the test file. Valid snippets must give CPython's
 * AST, invalid ones CPython's error type, message and positions. Failures listed in
 * {@code golden/snippet-known-failures.txt} are tolerated (see {@link FailureRatchet}).
 */
class CPythonTestSnippetsTest {
    private static final String GOLDEN = "/golden/test-snippets.tsv";
    private static final String KNOWN_FAILURES = "golden/snippet-known-failures.txt";
    private static final int SHOWN = 20;

    /** One recorded snippet and CPython's result for it. */
    record Snippet(String file, String locator, String mode, String sourceSha, String[] result) {
        String name() {
            return file + ":" + locator;
        }

        String constantKey() {
            int colon = locator.indexOf(':');
            return colon < 0 ? locator : locator.substring(0, colon);
        }

        /** The snippet's source within the string constant's value (see the recorder's doc). */
        String source(String constant) {
            int colon = locator.indexOf(':');
            if (colon < 0) {
                return constant;
            }
            String spec = locator.substring(colon + 1);
            int plus = spec.indexOf('+');
            int slash = spec.indexOf('/');
            int first = Integer.parseInt(spec.substring(0, plus));
            int count = Integer.parseInt(spec.substring(plus + 1, slash));
            int prompt = Integer.parseInt(spec.substring(slash + 1)) + 4;
            String[] lines = constant.split("\n", -1);
            StringBuilder sb = new StringBuilder();
            for (int i = first; i < first + count && i < lines.length; i++) {
                if (i > first) {
                    sb.append('\n');
                }
                sb.append(lines[i], Math.min(prompt, lines[i].length()), lines[i].length());
            }
            return sb.append('\n').toString();
        }
    }

    @Test
    void snippetsOfCPythonsTestsParseAsInCPython() throws Exception {
        Map<String, String> header = new LinkedHashMap<>();
        List<Snippet> snippets = readSnippets();
        StdlibAstDifferentialTest.readGoldens(header);
        Path stdlib = StdlibAstDifferentialTest.StdlibLocation.find(header.get("stdlib"));
        Assumptions.assumeTrue(stdlib != null, "CPython 3.11 stdlib not found; set -Dtaipan.stdlib=DIR");

        Map<String, List<Snippet>> byFile = new LinkedHashMap<>();
        for (Snippet s : snippets) {
            byFile.computeIfAbsent(s.file(), f -> new ArrayList<>()).add(s);
        }
        Map<String, String> failures = new ConcurrentHashMap<>();
        Set<String> passed = ConcurrentHashMap.newKeySet();
        Map<String, String> skipped = new ConcurrentHashMap<>();
        byFile.entrySet().parallelStream().forEach(e -> checkFile(stdlib, e.getKey(), e.getValue(),
                failures, passed, skipped));

        int ok = 0;
        int okPassed = 0;
        for (Snippet s : snippets) {
            if (s.result()[0].equals("OK")) {
                ok++;
                if (passed.contains(s.name())) {
                    okPassed++;
                }
            }
        }
        Map<String, String> sortedFailures = new TreeMap<>(failures);
        StringBuilder report = new StringBuilder();
        report.append(String.format("CPython test-suite snippets: %d / %d as in CPython (%d/%d valid, %d/%d "
                        + "rejected), %d skipped%n", passed.size(), snippets.size() - skipped.size(), okPassed, ok,
                passed.size() - okPassed, snippets.size() - ok - countSkippedErr(snippets, skipped),
                skipped.size()));
        if (!skipped.isEmpty()) {
            report.append("  skipped, first 3: ");
            new TreeMap<>(skipped).entrySet().stream().limit(3)
                    .forEach(e -> report.append(e.getKey()).append(" (").append(e.getValue()).append("); "));
            report.append('\n');
        }
        if (!sortedFailures.isEmpty()) {
            report.append(sortedFailures.size()).append(" failing snippets (first ").append(SHOWN).append("):\n");
            sortedFailures.entrySet().stream().limit(SHOWN)
                    .forEach(f -> report.append("  ").append(f.getKey()).append(": ").append(f.getValue()).append('\n'));
            report.append("(investigate one with tools/astdiff NAME)\n");
            StdlibAstDifferentialTest.appendCommonReasons(report, sortedFailures);
        }
        FailureRatchet ratchet = new FailureRatchet(KNOWN_FAILURES);
        List<String> regressions = ratchet.check(sortedFailures, passed, new HashSet<>(skipped.keySet()), report);
        if (!regressions.isEmpty()) {
            report.append(regressions.size()).append(" REGRESSIONS (failing, not in ").append(KNOWN_FAILURES)
                    .append("):\n");
            regressions.stream().limit(SHOWN).forEach(r -> report.append("  ").append(r).append('\n'));
        }
        System.out.print(report);
        assertTrue(regressions.isEmpty(), () -> regressions.size() + " snippets regressed, first: "
                + regressions.get(0));
    }

    private static int countSkippedErr(List<Snippet> snippets, Map<String, String> skipped) {
        int n = 0;
        for (Snippet s : snippets) {
            if (!s.result()[0].equals("OK") && skipped.containsKey(s.name())) {
                n++;
            }
        }
        return n;
    }

    private static void checkFile(Path stdlib, String file, List<Snippet> snippets, Map<String, String> failures,
                                  Set<String> passed, Map<String, String> skipped) {
        Map<String, String> constants = new HashMap<>();
        try {
            Mod tree = Parser.parseFile(Files.readAllBytes(stdlib.resolve(file)), file);
            collectStrings(tree, false, constants);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            snippets.forEach(s -> skipped.put(s.name(), "cannot read the test file with our parser"));
            return;
        }
        for (Snippet s : snippets) {
            String constant = constants.get(s.constantKey());
            String source = constant == null ? null : s.source(constant);
            if (source == null || !SurrogatePassSha.ofText(source).equals(s.sourceSha())) {
                skipped.put(s.name(), "snippet not found (local stdlib differs, or our parse of the file does)");
                continue;
            }
            String reason = check(s, source);
            if (reason == null) {
                passed.add(s.name());
            } else {
                failures.put(s.name(), reason);
            }
        }
    }

    /** Null when our parser does what CPython did with this snippet, else a one-line reason. */
    private static String check(Snippet s, String source) {
        String[] expected = s.result();
        Object result;
        try {
            result = Parser.parse(source, "<snippet>", s.mode());
        } catch (SyntaxErrorException e) {
            result = e;
        } catch (ParseLimitException e) {
            result = e;
        } catch (RuntimeException | StackOverflowError e) {
            return "Java exception " + ErrorDescription.of(e);
        }
        if (expected[0].equals("OK")) {
            if (result instanceof Mod) {
                String dump = AstDump.dump((Mod) result);
                return SurrogatePassSha.ofText(dump).equals(expected[1]) ? null
                        : "AST differs (" + s.mode() + " mode)";
            }
            return "CPython parses it; we raised " + describe(result);
        }
        String want = expected[1] + " " + expected[6] + " at (" + expected[2] + ", " + expected[3] + ", "
                + expected[4] + ", " + expected[5] + ")";
        if (result instanceof Mod) {
            return "CPython raises " + want + "; we parsed it";
        }
        String got = describe(result);
        return got.equals(want) ? null : "got " + got + ", expected " + want;
    }

    private static String describe(Object error) {
        if (error instanceof SyntaxErrorException) {
            SyntaxErrorException e = (SyntaxErrorException) error;
            int lineno = e.lineno == SyntaxErrorException.NO_LINENO ? 0 : e.lineno;
            return e.pythonType + " " + e.msg + " at (" + lineno + ", " + e.offset + ", " + e.endLineno + ", "
                    + e.endOffset + ")";
        }
        ParseLimitException e = (ParseLimitException) error;
        return e.pythonType + " " + e.msg + " at (0, 0, 0, 0)";
    }

    /** Every str constant by position, except f-string parts (they share the f-string's). */
    private static void collectStrings(Node node, boolean inFString, Map<String, String> out) {
        if (node instanceof Constant && ((Constant) node).value instanceof String) {
            if (inFString) {
                return;
            }
            Constant c = (Constant) node;
            out.put("L" + c.lineno + "C" + c.colOffset, (String) c.value);
        }
        boolean fstring = node instanceof JoinedStr;
        node.forEachField((name, value, optional) -> collectValue(value, fstring, out));
    }

    private static void collectValue(Object value, boolean inFString, Map<String, String> out) {
        if (value instanceof Node) {
            collectStrings((Node) value, inFString, out);
        } else if (value instanceof List) {
            for (Object item : (List<?>) value) {
                collectValue(item, inFString, out);
            }
        }
    }

    private static List<Snippet> readSnippets() throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        try (InputStream in = CPythonTestSnippetsTest.class.getResourceAsStream(GOLDEN)) {
            if (in == null) {
                throw new IOException("missing test resource " + GOLDEN);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                snippets.add(new Snippet(f[0], f[1], f[2], f[3], Arrays.copyOfRange(f, 4, f.length)));
            }
        }
        return snippets;
    }
}
