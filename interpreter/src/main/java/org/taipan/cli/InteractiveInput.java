package org.taipan.cli;

import java.util.Set;
import org.taipan.parse.Parser;
import org.taipan.parse.SyntaxErrorException;

/**
 * The lines of one interactive statement as they are typed, and the decision CPython's
 * interactive tokenizer makes after each: run it now, or prompt for a continuation line
 * ({@code sys.ps2}). The rules, learnt from {@code python3 -i}:
 * <ul>
 * <li>open brackets, an unterminated triple-quoted string or a trailing backslash continue;</li>
 * <li>a first line holding only blanks or a comment is an empty statement;</li>
 * <li>a simple statement ends with its line;</li>
 * <li>a compound statement (or a decorated one) ends with a totally empty line, or at once
 * with a syntax error when a line cannot continue it (an unindented line that is not
 * {@code else}/{@code elif}/{@code except}/{@code finally}, or an error before the end).</li>
 * </ul>
 */
public final class InteractiveInput {
    /** What to do after a line. */
    public enum State { MORE, COMPLETE, EMPTY }

    private static final Set<String> COMPOUND = Set.of("if", "while", "for", "try", "with", "def",
            "class", "async");
    private static final Set<String> CONTINUATIONS = Set.of("else", "elif", "except", "finally");

    private final StringBuilder text = new StringBuilder();
    private int lines;
    private boolean compound;
    private boolean onlyDecorators;

    /** The statement so far, each line ending with a newline. */
    public String source() {
        return text.toString();
    }

    public boolean isEmpty() {
        return lines == 0;
    }

    public void clear() {
        text.setLength(0);
        lines = 0;
        compound = false;
        onlyDecorators = false;
    }

    /** Adds a line (without its newline) and says whether the statement is complete. */
    public State add(String line) {
        text.append(line).append('\n');
        lines++;
        OpenConstructs open = OpenConstructs.scan(text);
        if (open.isOpen()) {
            return State.MORE;
        }
        if (lines == 1) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                return State.EMPTY;
            }
            String word = firstWord(stripped);
            compound = COMPOUND.contains(word) || stripped.startsWith("@")
                    || (word.equals("match") && stripped.endsWith(":"));
            onlyDecorators = stripped.startsWith("@");
            return compound ? State.MORE : State.COMPLETE;
        }
        if (!compound) {
            // A simple statement continued by a bracket, string or backslash: its last line ends
            // it. Only backslashes and blanks make an empty statement, as the tokenizer sees it.
            return text.toString().replace("\\\n", "").isBlank() ? State.EMPTY : State.COMPLETE;
        }
        if (line.isEmpty()) {
            return State.COMPLETE;
        }
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#")) {
            return State.MORE;
        }
        boolean unindented = !Character.isWhitespace(line.charAt(0));
        if (onlyDecorators) {
            onlyDecorators = stripped.startsWith("@");
            return State.MORE;
        }
        if (unindented && !CONTINUATIONS.contains(firstWord(stripped))) {
            return State.COMPLETE;
        }
        return errorBeforeEnd() ? State.COMPLETE : State.MORE;
    }

    /**
     * True when the text so far has a syntax error that more lines cannot mend (the parse
     * fails other than for want of the block still to come).
     */
    private boolean errorBeforeEnd() {
        try {
            Parser.parse(text.toString(), "<stdin>", "exec");
            return false;
        } catch (SyntaxErrorException e) {
            return !(e.msg.startsWith("expected an indented block")
                    || e.msg.equals("expected 'except' or 'finally' block"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        return s.substring(0, i);
    }

    /** Brackets, strings and backslashes still open at the end of the text. */
    static final class OpenConstructs {
        int depth;
        boolean inTripleString;
        boolean backslash;

        boolean isOpen() {
            return depth > 0 || inTripleString || backslash;
        }

        static OpenConstructs scan(CharSequence s) {
            OpenConstructs o = new OpenConstructs();
            int n = s.length();
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '#') {
                    while (i < n && s.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '\'' || c == '"') {
                    i = o.skipString(s, i, c);
                    continue;
                } else if (c == '(' || c == '[' || c == '{') {
                    o.depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    // A stray closer is the parser's error to report, not an open construct.
                    o.depth = Math.max(0, o.depth - 1);
                } else if (c == '\\' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    if (i + 2 == n) {
                        o.backslash = true;
                    }
                    i += 2;
                    continue;
                }
                i++;
            }
            return o;
        }

        /** Skips a string literal starting at quote {@code i}; returns the index after it. */
        private int skipString(CharSequence s, int i, char q) {
            int n = s.length();
            boolean triple = i + 2 < n && s.charAt(i + 1) == q && s.charAt(i + 2) == q;
            int j = i + (triple ? 3 : 1);
            while (j < n) {
                char c = s.charAt(j);
                if (c == '\\') {
                    j += 2;
                    continue;
                }
                if (!triple && c == '\n') {
                    return j; // unterminated single-quoted string: the parser reports it
                }
                if (c == q && (!triple || (j + 2 < n && s.charAt(j + 1) == q && s.charAt(j + 2) == q))) {
                    return j + (triple ? 3 : 1);
                }
                j++;
            }
            if (triple) {
                inTripleString = true;
            }
            return n;
        }
    }
}
