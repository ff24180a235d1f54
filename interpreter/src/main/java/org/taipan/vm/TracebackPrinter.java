package org.taipan.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.ast.BinOp;
import org.taipan.ast.ExprStmt;
import org.taipan.ast.Module;
import org.taipan.ast.Mod;
import org.taipan.ast.Subscript;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyException;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;
import org.taipan.parse.Parser;
import org.taipan.parse.SyntaxErrorException;
import org.taipan.parse.SyntaxErrorFormatter;

/**
 * The text CPython 3.11 prints for an uncaught exception ({@code PyErr_Display}): the chain of
 * causes and contexts with their separators, each traceback (with the repeated-line cut-off and
 * the source line with {@code ^^^}/{@code ~~^~~} position markers derived from the instruction's
 * columns and, for binary operators and subscripts, from the segment's AST), the exception line,
 * "Did you mean" suggestions and notes.
 */
public final class TracebackPrinter {
    private static final int RECURSIVE_CUTOFF = 3;
    private StringBuilder out = new StringBuilder();
    private final Map<String, List<String>> sources = new HashMap<>();

    /**
     * Which entries of a traceback to show. The interpreter shows the innermost
     * {@code sys.tracebacklimit}; the traceback module's {@code limit} counts from the outermost
     * entry when positive and from the innermost when negative (null: all entries).
     */
    private final boolean moduleRule;
    private final Long moduleLimit;

    private TracebackPrinter(boolean moduleRule, Long moduleLimit) {
        this.moduleRule = moduleRule;
        this.moduleLimit = moduleLimit;
    }

    /** The full report for {@code exc} as the interpreter prints it, ending with a newline. */
    public static String format(PyBaseException exc) {
        TracebackPrinter p = new TracebackPrinter(false, null);
        p.printChain(exc, new IdentityHashMap<>());
        return p.out.toString();
    }

    /** The report as the traceback module formats it, with its {@code limit} rule (null: no limit). */
    public static String formatWithLimit(PyBaseException exc, Long limit) {
        TracebackPrinter p = new TracebackPrinter(true, limit);
        p.printChain(exc, new IdentityHashMap<>());
        return p.out.toString();
    }

    private List<Traceback> selected(Traceback tb) {
        List<Traceback> all = new java.util.ArrayList<>();
        for (PyObject t = tb; t instanceof Traceback; t = ((Traceback) t).next) {
            all.add((Traceback) t);
        }
        if (!moduleRule) {
            long limit = org.taipan.modules.SysModule.tracebackLimit();
            return limit <= 0 ? List.of() : all.subList((int) Math.max(0, all.size() - limit), all.size());
        }
        if (moduleLimit == null) {
            return all;
        }
        long n = moduleLimit;
        if (n >= 0) {
            return all.subList(0, (int) Math.min(n, all.size()));
        }
        return all.subList((int) Math.max(0, all.size() + n), all.size());
    }

    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;
    /** Nesting inside exception groups: lines get 2*depth spaces and a "| " margin. */
    private int groupDepth;
    private boolean needClose;

    private void printChain(PyBaseException exc, IdentityHashMap<PyObject, Boolean> seen) {
        seen.put(exc, Boolean.TRUE);
        if (exc.cause instanceof PyBaseException && !seen.containsKey(exc.cause)) {
            printChain((PyBaseException) exc.cause, seen);
            emit("\nThe above exception was the direct cause of the following exception:\n\n", false);
        } else if (!exc.suppressContext && exc.context instanceof PyBaseException && !seen.containsKey(exc.context)) {
            printChain((PyBaseException) exc.context, seen);
            emit("\nDuring handling of the above exception, another exception occurred:\n\n", false);
        }
        if (exc.getType().isSubtypeOf(org.taipan.objects.PyExc.BaseExceptionGroup)
                && exc.attr("exceptions") instanceof PyTuple) {
            printGroup(exc, seen);
        } else {
            printOne(exc);
        }
    }

    /** Writes text line by line, with the group indentation and margin ("+ " for a group's header line). */
    private void emit(String text, boolean groupHeader) {
        if (groupDepth == 0) {
            out.append(text);
            return;
        }
        int start = 0;
        boolean first = true;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            String line = nl < 0 ? text.substring(start) : text.substring(start, nl);
            out.append(" ".repeat(2 * groupDepth)).append(first && groupHeader ? "+ " : "| ").append(line).append('\n');
            first = false;
            start = nl < 0 ? text.length() : nl + 1;
        }
    }

    private void printOne(PyBaseException exc) {
        StringBuilder saved = out;
        out = new StringBuilder();
        List<Traceback> entries = exc.traceback instanceof Traceback ? selected((Traceback) exc.traceback) : List.of();
        if (!entries.isEmpty()) {
            out.append("Traceback (most recent call last):\n");
            printTraceback(entries);
        }
        printExceptionLine(exc);
        String text = out.toString();
        out = saved;
        emit(text, false);
    }

    /** CPython 3.11's exception group display: the group, then each sub-exception in a numbered box. */
    private void printGroup(PyBaseException eg, IdentityHashMap<PyObject, Boolean> seen) {
        if (groupDepth > MAX_GROUP_DEPTH) {
            emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", false);
            return;
        }
        boolean top = groupDepth == 0;
        if (top) {
            groupDepth = 1;
        }
        StringBuilder saved = out;
        out = new StringBuilder();
        List<Traceback> entries = eg.traceback instanceof Traceback ? selected((Traceback) eg.traceback) : List.of();
        boolean hasTb = !entries.isEmpty();
        if (hasTb) {
            out.append("Exception Group Traceback (most recent call last):\n");
            printTraceback(entries);
        }
        printExceptionLine(eg);
        String text = out.toString();
        out = saved;
        emit(text, hasTb);
        PyTuple excs = (PyTuple) eg.attr("exceptions");
        int num = excs.size();
        int n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                needClose = true;
            }
            out.append(" ".repeat(2 * groupDepth)).append(i == 0 ? "+-" : "  ").append('+');
            out.append(i < MAX_GROUP_WIDTH ? "---------------- " + (i + 1) + " ----------------\n"
                    : "---------------- ... ----------------\n");
            groupDepth++;
            if (i < MAX_GROUP_WIDTH) {
                PyObject sub = excs.get(i);
                if (sub instanceof PyBaseException) {
                    printChain((PyBaseException) sub, seen);
                }
            } else {
                int more = num - MAX_GROUP_WIDTH;
                emit("and " + more + " more exception" + (more > 1 ? "s" : "") + "\n", false);
            }
            if (last && needClose) {
                out.append(" ".repeat(2 * groupDepth)).append("+------------------------------------\n");
                needClose = false;
            }
            groupDepth--;
        }
        if (top) {
            groupDepth = 0;
        }
    }

    private void printTraceback(List<Traceback> entries) {
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int cnt = 0;
        for (Traceback e : entries) {
            String file = e.frame.code.data.filename;
            String name = e.frame.code.data.name;
            int line = e.lineno();
            if (lastFile == null || !file.equals(lastFile) || line != lastLine || !name.equals(lastName)) {
                if (cnt > RECURSIVE_CUTOFF) {
                    repeated(cnt);
                }
                lastFile = file;
                lastLine = line;
                lastName = name;
                cnt = 0;
            }
            cnt++;
            if (cnt <= RECURSIVE_CUTOFF) {
                displayLine(e, file, line, name);
            }
        }
        if (cnt > RECURSIVE_CUTOFF) {
            repeated(cnt);
        }
    }

    private void repeated(int cnt) {
        cnt -= RECURSIVE_CUTOFF;
        out.append("  [Previous line repeated ").append(cnt).append(" more time").append(cnt > 1 ? "s" : "").append("]\n");
    }

    private void displayLine(Traceback e, String file, int line, String name) {
        out.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(name).append('\n');
        String src = sourceLine(file, line);
        if (src == null) {
            return;
        }
        int indent = 0;
        while (indent < src.length() && isWs(src.charAt(indent))) {
            indent++;
        }
        String stripped = src.strip();
        out.append("    ").append(stripped).append('\n');
        int i = e.lasti;
        org.taipan.compile.CodeData d = e.frame.code.data;
        if (i < 0 || i >= d.cols.length) {
            return;
        }
        int startLine = d.lines[i];
        int endLine = d.endLines[i];
        int startCol = d.cols[i];
        int endCol = d.endCols[i];
        if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) {
            return;
        }
        int start = byteToChar(src, startCol);
        int end = byteToChar(src, endCol);
        int leftEnd = -1;
        int rightStart = -1;
        char primary = '^';
        char secondary = '^';
        if (startLine == endLine) {
            int[] anchors = anchors(src.substring(Math.min(start, src.length()), Math.min(Math.max(end, start), src.length())));
            if (anchors != null) {
                leftEnd = anchors[0];
                rightStart = anchors[1];
                primary = '~';
            }
        } else {
            end = src.stripTrailing().length();
        }
        int strippedLen = stripped.length();
        start -= indent;
        end -= indent;
        boolean secondaryRanges = leftEnd != -1 || rightStart != -1;
        if (end - start == strippedLen && !secondaryRanges) {
            return;
        }
        if (secondaryRanges) {
            leftEnd += start;
            rightStart += start;
        }
        out.append("    ");
        // One marker per display column: East Asian wide characters take two (as 3.11.7 prints them).
        for (int off = 0; off < end; off++) {
            int w = off < stripped.length() ? columns(stripped.charAt(off)) : 1;
            char c;
            if (off < start) {
                c = ' ';
            } else if (secondaryRanges && leftEnd <= off && off < rightStart) {
                c = secondary;
            } else {
                c = primary;
            }
            for (int k = 0; k < w; k++) {
                out.append(c);
            }
        }
        out.append('\n');
    }

    /** Display width of a character: 2 for East Asian wide and fullwidth ranges, else 1. */
    static int columns(char ch) {
        int c = ch;
        if (c >= 0x1100 && (c <= 0x115F || c == 0x2329 || c == 0x232A
                || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE10 && c <= 0xFE19) || (c >= 0xFE30 && c <= 0xFE6F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6))) {
            return 2;
        }
        return 1;
    }

    private static boolean isWs(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /** {left_end, right_start} char offsets within the segment, or null (CPython's extract_anchors_from_line). */
    private static int[] anchors(String segment) {
        Mod tree;
        try {
            tree = Parser.parse(segment, "<string>", "exec");
        } catch (RuntimeException ex) {
            return null;
        }
        if (!(tree instanceof Module) || ((Module) tree).body.size() != 1
                || !(((Module) tree).body.get(0) instanceof ExprStmt)) {
            return null;
        }
        org.taipan.ast.Expr x = ((ExprStmt) ((Module) tree).body.get(0)).value;
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        if (x instanceof BinOp) {
            BinOp b = (BinOp) x;
            for (int i = b.left.endColOffset; i < b.right.colOffset; i++) {
                if (isWs((char) bytes[i])) {
                    continue;
                }
                int left = i;
                int right = i + 1;
                if (i + 1 < b.right.colOffset && !isWs((char) bytes[i + 1])) {
                    right++;
                }
                return new int[] {byteToChar(segment, left), byteToChar(segment, right)};
            }
            return null;
        }
        if (x instanceof Subscript) {
            Subscript s = (Subscript) x;
            return new int[] {byteToChar(segment, s.value.endColOffset), byteToChar(segment, s.slice.endColOffset + 1)};
        }
        return null;
    }

    private static int byteToChar(String s, int byteOffset) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (byteOffset >= b.length) {
            return s.length() + (byteOffset - b.length);
        }
        return new String(b, 0, byteOffset, StandardCharsets.UTF_8).length();
    }

    private String sourceLine(String file, int line) {
        if (file.startsWith("<") && file.endsWith(">")) {
            return null;
        }
        List<String> lines = sources.computeIfAbsent(file, f -> {
            // a library module's source is in the jar, where its loader's get_source finds it
            byte[] library = org.taipan.modules.LibraryModules.read(f);
            if (library != null) {
                return new String(library, StandardCharsets.UTF_8).lines().collect(java.util.stream.Collectors.toList());
            }
            try {
                return Files.readAllLines(Path.of(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException ex) {
                return List.of();
            }
        });
        if (line < 1 || line > lines.size()) {
            return null;
        }
        return lines.get(line - 1);
    }

    private void printExceptionLine(PyBaseException exc) {
        PyType t = exc.getType();
        if (t.isSubtypeOf(org.taipan.objects.PyExc.SyntaxError) && exc.attr("msg") != PyNone.NONE) {
            printSyntaxError(exc);
            printNotes(exc);
            return;
        }
        String mod = t.moduleName();
        String name = mod.equals("builtins") || mod.equals("__main__") ? t.qualname : mod + "." + t.qualname;
        String s;
        try {
            s = Abstract.str(exc).value;
        } catch (PyException e) {
            s = "<exception str() failed>";
        }
        out.append(name);
        if (!s.isEmpty()) {
            out.append(": ").append(s);
        }
        String suggestion = Suggestions.forException(exc);
        if (suggestion != null) {
            out.append(". Did you mean: '").append(suggestion).append("'?");
        }
        out.append('\n');
        printNotes(exc);
    }

    private void printSyntaxError(PyBaseException exc) {
        PyObject lineno = exc.attr("lineno");
        PyObject offset = exc.attr("offset");
        PyObject endLineno = exc.attr("end_lineno");
        PyObject endOffset = exc.attr("end_offset");
        PyObject text = exc.attr("text");
        PyObject fn = exc.attr("filename");
        SyntaxErrorException se = new SyntaxErrorException(exc.getType().getName(), Abstract.str(exc.attr("msg")).value,
                fn == PyNone.NONE ? null : Abstract.str(fn).value,
                lineno instanceof PyLong ? ((PyLong) lineno).intValue() : -1,
                offset instanceof PyLong ? ((PyLong) offset).intValue() : -1,
                text instanceof PyUnicode ? ((PyUnicode) text).value : null,
                endLineno instanceof PyLong ? ((PyLong) endLineno).intValue() : -1,
                endOffset instanceof PyLong ? ((PyLong) endOffset).intValue() : -1);
        out.append(SyntaxErrorFormatter.format(se));
    }

    private void printNotes(PyBaseException exc) {
        PyObject notes = exc.getDict().getStr("__notes__");
        if (notes == null) {
            return;
        }
        if (!(notes instanceof PyList) && !(notes instanceof PyTuple)) {
            String r;
            try {
                r = Abstract.repr(notes).value;
            } catch (PyException e) {
                r = "<__notes__ repr() failed>";
            }
            out.append(r).append('\n');
            return;
        }
        PyObject it = Abstract.getIter(notes);
        for (PyObject n = Abstract.next(it); n != null; n = Abstract.next(it)) {
            if (n instanceof PyUnicode) {
                out.append(((PyUnicode) n).value).append('\n');
            } else {
                String r;
                try {
                    r = Abstract.str(n).value;
                } catch (PyException e) {
                    r = "<note str() failed>";
                }
                out.append(r).append('\n');
            }
        }
    }
}
