package org.taipan.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine against CPython: every case of {@code re/cases.txt} (recorded by
 * {@code tools/record_re_goldens.py}) compiles to the same error text, or gives the same search
 * spans and lastindex, the same finditer spans and the same fullmatch result.
 */
class SreEngineTest {

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                sb.append('\\');
                i++;
            } else if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                int close = s.indexOf('}', i);
                sb.appendCodePoint(Integer.parseInt(s.substring(i + 2, close), 16));
                i = close;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c >= 32 && c < 127) {
                sb.append((char) c);
            } else {
                sb.append("\\{").append(Integer.toHexString(c)).append('}');
            }
        });
        return sb.toString();
    }

    static String errorText(PatternError e, int[] pattern) {
        if (e.overflow) {
            return "E:T:OverflowError:" + e.msg;
        }
        if (e.valueError) {
            return "E:T:ValueError:" + e.msg;
        }
        if (e.pos < 0) {
            return "E:" + e.msg;
        }
        String msg = e.msg + " at position " + e.pos;
        boolean multiline = false;
        int line = 1;
        int lastNl = -1;
        for (int k = 0; k < pattern.length; k++) {
            if (pattern[k] == '\n') {
                multiline = true;
                if (k < e.pos) {
                    line++;
                    lastNl = k;
                }
            }
        }
        if (multiline) {
            msg += " (line " + line + ", column " + (e.pos - lastNl) + ")";
        }
        return "E:" + msg;
    }

    static String spans(Matcher m, int groups) {
        StringBuilder sb = new StringBuilder();
        int li = m.lastIndex();
        sb.append(li < 0 ? "-" : String.valueOf(li));
        sb.append('|').append(m.matchStart).append(',').append(m.matchEnd());
        for (int g = 1; g <= groups; g++) {
            int s = m.regs[2 * g];
            int e = m.regs[2 * g + 1];
            boolean set = s >= 0 && e >= 0;
            sb.append('|').append(set ? s : -1).append(',').append(set ? e : -1);
        }
        return sb.toString();
    }

    /** The recorded result columns for one pattern, flags and subject. */
    static String run(String pattern, int flags, String subject) {
        int[] p = pattern.codePoints().toArray();
        Program prog;
        try {
            prog = PatternCompiler.compile(PatternParser.parse(p, false, flags));
        } catch (PatternError e) {
            return errorText(e, p);
        }
        int[] t = subject.codePoints().toArray();
        Matcher m = new Matcher(prog, t, t.length);
        String search = m.search(0) ? spans(m, prog.groups) : "N";
        List<String> all = new ArrayList<>();
        int pos = 0;
        boolean mustAdvance = false;
        while (pos <= t.length) {
            m.forbidEmptyAt(mustAdvance ? pos : -1);
            if (!m.search(pos)) {
                break;
            }
            all.add(m.matchStart + "," + m.matchEnd());
            mustAdvance = m.matchStart == m.matchEnd();
            pos = m.matchEnd();
        }
        m.forbidEmptyAt(-1);
        String full = m.match(0, true) ? spans(m, prog.groups) : "N";
        return search + "\t" + (all.isEmpty() ? "-" : String.join(";", all)) + "\t" + full;
    }

    @Test
    void casesRecordedFromCPython() throws IOException {
        String data;
        try (InputStream in = SreEngineTest.class.getResourceAsStream("/re/cases.txt")) {
            data = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        int total = 0;
        List<String> failures = new ArrayList<>();
        for (String line : data.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", 4);
            total++;
            String pattern = unescape(f[1]);
            String subject = unescape(f[2]);
            String expected = unescape(f[3]);
            String actual;
            try {
                actual = run(pattern, Integer.parseInt(f[0]), subject);
            } catch (RuntimeException e) {
                actual = "Java " + e;
            }
            if (!expected.equals(actual)) {
                failures.add("flags=" + f[0] + " pattern=" + f[1] + " subject=" + f[2] + "\n   expected "
                        + f[3] + "\n   actual   " + escape(actual));
            }
        }
        assertTrue(total > 3000, "cases file has " + total + " cases");
        assertEquals("", String.join("\n", failures.subList(0, Math.min(40, failures.size()))),
                failures.size() + " of " + total + " cases differ from CPython");
    }

    private static boolean fullMatch(String pattern, int c) {
        Program prog = PatternCompiler.compile(PatternParser.parse(pattern.codePoints().toArray(), false, 32));
        int[] t = {c};
        return new Matcher(prog, t, 1).match(0, true);
    }

    private static String matching(String pattern, String[] relatives) {
        StringBuilder sb = new StringBuilder();
        for (String r : relatives) {
            if (!r.isEmpty() && fullMatch(pattern, Integer.parseInt(r, 16))) {
                sb.append(sb.length() == 0 ? "" : ",").append(r);
            }
        }
        return sb.toString();
    }

    @Test
    void caseInsensitiveRelativesAsInCPython() throws IOException {
        String data;
        try (InputStream in = SreEngineTest.class.getResourceAsStream("/re/casefold.txt")) {
            data = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        int total = 0;
        List<String> failures = new ArrayList<>();
        for (String line : data.split("\n")) {
            String[] f = line.split("\t", -1);
            int c = Integer.parseInt(f[0], 16);
            String[] relatives = f[1].split(",");
            String lit = new String(Character.toChars(c));
            if ("\\^$.|?*+()[]{}-#&~ \t\n\r\u000b\f".indexOf(c) >= 0) {
                lit = "\\" + lit;
            }
            String literal = matching("(?i)" + lit, relatives);
            String klass = matching("(?i)[" + lit + "]", relatives);
            total++;
            if (!literal.equals(f[2]) || !klass.equals(f[3])) {
                failures.add(f[0] + ": expected " + f[2] + " / " + f[3] + ", got " + literal + " / " + klass);
            }
        }
        assertTrue(total > 2500, "casefold file has " + total + " characters");
        assertEquals("", String.join("\n", failures.subList(0, Math.min(40, failures.size()))),
                failures.size() + " of " + total + " characters fold differently from CPython");
    }
}
