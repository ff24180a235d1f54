package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link SyntaxErrorFormatter} against CPython 3.11: the stderr of {@code python3 NAME.py} for
 * every snippet (formatted from the attributes CPython's exception had), and random attribute
 * sets printed by CPython's own exception printer.
 */
class SyntaxErrorFormatterTest {
    @Test
    void printsLikePython3RunningEachSnippet() {
        List<String> wrong = new ArrayList<>();
        List<SyntaxErrorGolden> goldens = SyntaxErrorGolden.all();
        for (SyntaxErrorGolden g : goldens) {
            String ours = SyntaxErrorFormatter.format(g.run().toException());
            if (!ours.equals(g.stderr())) {
                wrong.add(g.name() + ":\n" + ours + "-- expected:\n" + g.stderr());
            }
            assertEquals(1, g.exitCode(), g.name());
        }
        assertTrue(goldens.size() >= 60, "snippets: " + goldens.size());
        assertTrue(wrong.isEmpty(), wrong.size() + " differ:\n" + String.join("\n", wrong));
    }

    @Test
    void printsRandomAttributeSetsLikeCPython() throws IOException {
        List<String> lines = Files.readAllLines(SyntaxErrorGolden.folder().resolve("formatter-cases.tsv"),
                StandardCharsets.UTF_8);
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            Map<String, Object> attrs = FlatJson.object(parts[0]);
            String expected = FlatJson.string(parts[1]);
            String ours = SyntaxErrorFormatter.format(SyntaxErrorGolden.Attrs.of(attrs).toException());
            if (!ours.equals(expected)) {
                wrong.add(parts[0] + "\n" + ours + "-- expected:\n" + expected);
            }
            checked++;
        }
        assertTrue(checked >= 400, "cases: " + checked);
        assertTrue(wrong.isEmpty(), wrong.size() + " differ, first: " + (wrong.isEmpty() ? "" : wrong.get(0)));
    }

    @Test
    void underlinesFromOffsetToEndOffsetWithoutTheIndentation() {
        // What python3 prints running f.py = "if x:\n    y = foo(1 2)\n" (these are its attributes)
        SyntaxErrorException e = new SyntaxErrorException("invalid syntax. Perhaps you forgot a comma?",
                "f.py", 2, 13, "    y = foo(1 2)\n", 2, 16);
        assertEquals("  File \"f.py\", line 2\n"
                + "    y = foo(1 2)\n"
                + "            ^^^\n"
                + "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n", SyntaxErrorFormatter.format(e));
    }

    @Test
    void indentationErrorsGetOneCaretAndNoLinenoMeansNoLocation() {
        SyntaxErrorException indent = new SyntaxErrorException("IndentationError",
                "expected an indented block after 'if' statement on line 1", "f.py", 2, 1, "pass\n", 2, 5);
        assertEquals("  File \"f.py\", line 2\n    pass\n    ^\n"
                + "IndentationError: expected an indented block after 'if' statement on line 1\n",
                SyntaxErrorFormatter.format(indent));
        SyntaxErrorException encoding = new SyntaxErrorException("encoding problem: klingon", null,
                SyntaxErrorException.NO_LINENO, 0, null, 0, 0);
        assertEquals("SyntaxError: encoding problem: klingon\n", SyntaxErrorFormatter.format(encoding));
    }
}
