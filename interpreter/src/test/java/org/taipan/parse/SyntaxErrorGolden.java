package org.taipan.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One snippet of {@code syntax-errors/} with what CPython 3.11 reported for it, as recorded by
 * {@code tools/record_syntax_errors.py}: the attributes from {@code compile()} and from running
 * {@code python3 NAME.py}, and the stderr text of the run.
 */
record SyntaxErrorGolden(String name, byte[] source, Attrs compiled, Attrs run, String stderr,
                         int exitCode) {

    /** CPython's SyntaxError attributes; null stands for None. */
    record Attrs(String type, String msg, Integer lineno, Integer offset, Integer endLineno,
                 Integer endOffset, String text, String filename) {
        static Attrs of(Map<String, Object> m) {
            return new Attrs((String) m.get("type"), (String) m.get("msg"), (Integer) m.get("lineno"),
                    (Integer) m.get("offset"), (Integer) m.get("end_lineno"),
                    (Integer) m.get("end_offset"), (String) m.get("text"), (String) m.get("filename"));
        }

        /** Our exception carrying these attributes, None mapped as SyntaxErrorException documents. */
        SyntaxErrorException toException() {
            return new SyntaxErrorException(type, msg, filename,
                    lineno == null ? SyntaxErrorException.NO_LINENO : lineno,
                    offset == null ? 0 : offset, text, endLineno == null ? 0 : endLineno,
                    endOffset == null ? 0 : endOffset);
        }

        /** Null when {@code e} carries these attributes, else the first difference. */
        String difference(SyntaxErrorException e) {
            if (!type.equals(e.pythonType)) {
                return "type " + e.pythonType + ", expected " + type;
            }
            if (!msg.equals(e.msg)) {
                return "msg '" + e.msg + "', expected '" + msg + "'";
            }
            String ours = position(e.lineno, e.offset, e.endLineno, e.endOffset);
            String theirs = position(lineno == null ? 0 : lineno, offset == null ? 0 : offset,
                    endLineno == null ? 0 : endLineno, endOffset == null ? 0 : endOffset);
            if (!ours.equals(theirs) && !(lineno == null && e.lineno == SyntaxErrorException.NO_LINENO)) {
                return "position " + ours + ", expected " + theirs;
            }
            if (!Objects.equals(text, e.text)) {
                return "text " + quote(e.text) + ", expected " + quote(text);
            }
            return null;
        }

        private static String position(int lineno, int offset, int endLineno, int endOffset) {
            return "(lineno, offset, end_lineno, end_offset)=(" + lineno + ", " + offset + ", "
                    + endLineno + ", " + endOffset + ")";
        }

        private static String quote(String s) {
            return s == null ? "None" : "'" + s.replace("\n", "\\n").replace("\r", "\\r")
                    .replace("\t", "\\t") + "'";
        }
    }

    static final String FOLDER = "/syntax-errors";

    static List<SyntaxErrorGolden> all() {
        Path dir = folder();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted()
                    .map(n -> load(dir, n)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path folder() {
        try {
            return Path.of(Objects.requireNonNull(SyntaxErrorGolden.class.getResource(FOLDER),
                    "missing test resource " + FOLDER).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SyntaxErrorGolden load(Path dir, String name) {
        String base = name.substring(0, name.length() - 3);
        try {
            byte[] source = Files.readAllBytes(dir.resolve(name));
            String stderr = Files.readString(dir.resolve(base + ".err"), StandardCharsets.UTF_8);
            Attrs compiled = null;
            Attrs run = null;
            int exit = -1;
            for (String line : Files.readAllLines(dir.resolve(base + ".attrs"), StandardCharsets.UTF_8)) {
                String[] kv = line.split("\t", 2);
                switch (kv[0]) {
                    case "compile" -> compiled = Attrs.of(FlatJson.object(kv[1]));
                    case "run" -> run = Attrs.of(FlatJson.object(kv[1]));
                    case "exit" -> exit = Integer.parseInt(kv[1]);
                    default -> throw new IllegalStateException("unknown line in " + base + ".attrs: " + line);
                }
            }
            return new SyntaxErrorGolden(name, source, compiled, run, stderr, exit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
