package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares the tokenizer with what CPython 3.11 reported for the snippets in
 * {@code src/test/resources/tokens/*.cases}, recorded by {@code tools/record_tokens.py}: every
 * token's kind, text and position (INDENT/DEDENT only by line, CPython gives them column -1), and
 * the SyntaxError (type, message, line, offsets, text) where CPython's tokenizer raises one.
 */
class TokenizerGoldenTest {
    private static final String[] FILES = {"layout", "brackets", "names", "numbers", "strings", "operators"};

    @TestFactory
    Stream<DynamicTest> matchesCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            List<String> lines = readGolden(file);
            int i = 0;
            while (i < lines.size()) {
                String source = unescape(lines.get(i).substring(4));
                List<String> expected = new ArrayList<>();
                i++;
                while (i < lines.size() && !lines.get(i).startsWith("=== ")) {
                    expected.add(lines.get(i));
                    i++;
                }
                tests.add(DynamicTest.dynamicTest(file + ": " + lines.get(i - expected.size() - 1).substring(4),
                        () -> assertEquals(String.join("\n", expected), String.join("\n", actual(source, expected)))));
            }
        }
        return tests.stream();
    }

    /** Our tokens and error in the golden format, INDENT/DEDENT columns copied from the expectation. */
    private static List<String> actual(String source, List<String> expected) {
        List<String> out = new ArrayList<>();
        try {
            Tokenizer tokenizer = new Tokenizer(source, "f.py");
            for (int n = 0; n < 100_000; n++) {
                Token t = tokenizer.next();
                if (t.type == TokenType.ENDMARKER) {
                    break;
                }
                String col = t.colOffset + "\t" + t.endLineno + "\t" + t.endColOffset;
                if ((t.type == TokenType.INDENT || t.type == TokenType.DEDENT)) {
                    col = "-1\t" + t.endLineno + "\t-1";
                }
                out.add(t.type + "\t" + t.lineno + "\t" + col + "\t" + escape(t.text));
            }
        } catch (SyntaxErrorException e) {
            out.add(String.join("\t", "ERROR", e.pythonType, String.valueOf(e.lineno), String.valueOf(e.offset),
                    String.valueOf(e.endLineno), String.valueOf(e.endOffset), escape(e.msg), escape(e.text)));
        }
        return out;
    }

    private static List<String> readGolden(String name) throws IOException {
        try (InputStream in = TokenizerGoldenTest.class.getResourceAsStream("/tokens/" + name + ".golden")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            if (lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        }
    }

    static String escape(String s) {
        if (s == null) {
            return "\\0";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        b.append(c);
                    } else {
                        b.append(String.format("\\u%04X", (int) c));
                    }
                }
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }
}
