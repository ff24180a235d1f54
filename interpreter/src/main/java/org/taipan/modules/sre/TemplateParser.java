package org.taipan.modules.sre;

import java.util.ArrayList;
import java.util.List;

/**
 * A replacement template of {@code re.sub} ({@code \1}, {@code \g<name>}, {@code \g<0>}, the
 * character escapes) to alternating literal text and group numbers, with CPython's errors.
 * Escapes of other ASCII letters are errors; other escaped characters keep their backslash.
 */
final class TemplateParser {
    private final int[] t;
    private final int groups;
    private final java.util.Map<String, Integer> names;
    private int i;
    /** A group name that does not exist: CPython raises IndexError for it. */
    String unknownName;

    private TemplateParser(int[] t, int groups, java.util.Map<String, Integer> names) {
        this.t = t;
        this.groups = groups;
        this.names = names;
    }

    /**
     * The parsed template: {@code literals.get(k)} precedes {@code groupRefs.get(k)}; the last
     * literal ends it. Returns null after setting {@link #unknownName} for an unknown name.
     */
    static TemplateParser parse(int[] template, int groups, java.util.Map<String, Integer> names,
            List<int[]> literals, List<Integer> groupRefs) {
        TemplateParser p = new TemplateParser(template, groups, names);
        p.run(literals, groupRefs);
        return p;
    }

    private String text(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.appendCodePoint(t[k]);
        }
        return sb.toString();
    }

    private void run(List<int[]> literals, List<Integer> groupRefs) {
        int[] buf = new int[t.length];
        int len = 0;
        while (i < t.length) {
            int c = t[i++];
            if (c != '\\') {
                buf[len++] = c;
                continue;
            }
            int start = i - 1;
            if (i >= t.length) {
                throw new PatternError("bad escape (end of pattern)", start);
            }
            c = t[i++];
            int group = -1;
            if (c == 'g') {
                if (i >= t.length || t[i] != '<') {
                    throw new PatternError("missing <", i);
                }
                i++;
                int nameStart = i;
                while (i < t.length && t[i] != '>') {
                    i++;
                }
                if (i == nameStart) {
                    throw new PatternError("missing group name", nameStart);
                }
                if (i >= t.length) {
                    throw new PatternError("missing >, unterminated name", nameStart);
                }
                String name = text(nameStart, i);
                i++;
                Integer g = names.get(name);
                if (g != null) {
                    group = g;
                } else if (isIdentifier(name)) {
                    unknownName = name;
                    return;
                } else {
                    boolean digits = !name.isEmpty() && name.chars().allMatch(ch -> ch >= '0' && ch <= '9');
                    if (!digits) {
                        throw new PatternError("bad character in group name " + org.taipan.objects.PyUnicode.reprOf(name), nameStart);
                    }
                    long v = name.length() > 12 ? Long.MAX_VALUE : Long.parseLong(name);
                    if (v > groups) {
                        throw new PatternError("invalid group reference " + name, nameStart);
                    }
                    group = (int) v;
                }
            } else if (c == '0') {
                int v = 0;
                for (int k = 0; k < 2 && i < t.length && t[i] >= '0' && t[i] <= '7'; k++) {
                    v = v * 8 + t[i++] - '0';
                }
                buf[len++] = v;
                continue;
            } else if (c >= '1' && c <= '9') {
                int numStart = i - 1;
                if (i < t.length && t[i] >= '0' && t[i] <= '9') {
                    if (c <= '7' && t[i] <= '7' && i + 1 < t.length && t[i + 1] >= '0' && t[i + 1] <= '7') {
                        int v = (c - '0') * 64 + (t[i] - '0') * 8 + (t[i + 1] - '0');
                        i += 2;
                        if (v > 0377) {
                            throw new PatternError("octal escape value " + text(start, i)
                                    + " outside of range 0-0o377", start);
                        }
                        buf[len++] = v;
                        continue;
                    }
                    i++;
                }
                group = Integer.parseInt(text(numStart, i));
                if (group > groups) {
                    throw new PatternError("invalid group reference " + group, start + 1);
                }
            } else {
                int v = escape(c);
                if (v >= 0) {
                    buf[len++] = v;
                } else if (c < 128 && Character.isLetter(c)) {
                    throw new PatternError("bad escape " + text(start, i), start);
                } else {
                    buf[len++] = '\\';
                    buf[len++] = c;
                }
                continue;
            }
            literals.add(java.util.Arrays.copyOf(buf, len));
            len = 0;
            groupRefs.add(group);
        }
        literals.add(java.util.Arrays.copyOf(buf, len));
    }

    private static int escape(int c) {
        switch (c) {
            case 'a':
                return 7;
            case 'b':
                return 8;
            case 'f':
                return 12;
            case 'n':
                return 10;
            case 'r':
                return 13;
            case 't':
                return 9;
            case 'v':
                return 11;
            case '\\':
                return '\\';
            default:
                return -1;
        }
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(first == '_' || Character.isUnicodeIdentifierStart(first))) {
            return false;
        }
        for (int k = Character.charCount(first); k < s.length(); ) {
            int c = s.codePointAt(k);
            if (!(c == '_' || Character.isUnicodeIdentifierPart(c))) {
                return false;
            }
            k += Character.charCount(c);
        }
        return true;
    }
}
