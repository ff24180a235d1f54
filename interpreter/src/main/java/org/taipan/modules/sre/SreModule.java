package org.taipan.modules.sre;

import java.util.ArrayList;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * {@code _sre}: the regular-expression engine as the {@code re} module (lib/re.py) uses it.
 * {@code compile} parses and compiles a pattern to a {@link PatternObject} ({@code re.Pattern});
 * searching makes {@link MatchObject}s ({@code re.Match}); the loops that dominate real
 * programs (findall, sub with a template or a callable, split, the scanner behind finditer) run
 * here rather than in Python. Subjects are matched as arrays of code points, and the last one
 * converted is kept, since programs search the same string again and again.
 */
public final class SreModule {
    /** The last subject converted to code points: programs search the same string repeatedly. */
    private static volatile ConvertedSubject last;

    /** A subject and its code points, replaced as one so concurrent readers never mix two. */
    private static final class ConvertedSubject {
        final PyObject subject;
        final int[] text;

        ConvertedSubject(PyObject subject, int[] text) {
            this.subject = subject;
            this.text = text;
        }
    }

    private SreModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_sre");
        m.addFunction("compile", (self, a, off, n, kw) -> {
            ArgParser.checkCount("compile", n, 4, 4);
            return compile(a[off], Abstract.asIndex(a[off + 1]), a[off + 2], a[off + 3]);
        });
        m.addFunction("compile_scanner", (self, a, off, n, kw) -> {
            ArgParser.checkCount("compile_scanner", n, 4, 4);
            return compileScanner(a[off], Abstract.asIndex(a[off + 1]), a[off + 2], a[off + 3]);
        });
        m.addFunction("set_reconstructor", (self, a, off, n, kw) -> {
            ArgParser.checkCount("set_reconstructor", n, 1, 1);
            PatternObject.reconstructor = a[off];
            return PyNone.NONE;
        });
        m.addFunction("search", (self, a, off, n, kw) -> {
            ArgParser.checkCount("search", n, 5, 5);
            return search(code(a[off]), a[off + 1], pos(a[off + 2]),
                    pos(a[off + 3]), Abstract.asIndex(a[off + 4]));
        });
        m.addFunction("scanner", (self, a, off, n, kw) -> {
            ArgParser.checkCount("scanner", n, 4, 4);
            return scanner(code(a[off]), a[off + 1], pos(a[off + 2]), pos(a[off + 3]));
        });
        m.addFunction("findall", (self, a, off, n, kw) -> {
            ArgParser.checkCount("findall", n, 4, 4);
            return findall(code(a[off]), a[off + 1], pos(a[off + 2]),
                    pos(a[off + 3]));
        });
        m.addFunction("sub", (self, a, off, n, kw) -> {
            ArgParser.checkCount("sub", n, 4, 4);
            return sub(code(a[off]), a[off + 1], a[off + 2], pos(a[off + 3]));
        });
        m.addFunction("split", (self, a, off, n, kw) -> {
            ArgParser.checkCount("split", n, 3, 3);
            return split(code(a[off]), a[off + 1], pos(a[off + 2]));
        });
        m.addFunction("subject_length", (self, a, off, n, kw) -> {
            ArgParser.checkCount("subject_length", n, 2, 2);
            return PyLong.of(text(code(a[off]), a[off + 1]).length);
        });
        // types.GenericAlias cannot be called from Python code yet: Pattern[str] comes here.
        m.addFunction("generic_alias", (self, a, off, n, kw) -> {
            ArgParser.checkCount("generic_alias", n, 2, 2);
            return new org.taipan.objects.PyGenericAlias(a[off], a[off + 1]);
        });
        m.add("Match", MatchObject.TYPE);
        m.add("Pattern", PatternObject.TYPE);
        m.add("SRE_Scanner", ScannerObject.TYPE);
        return m;
    }

    private static CompiledPattern code(PyObject o) {
        return o instanceof PatternObject ? ((PatternObject) o).code : (CompiledPattern) o;
    }

    /** An index argument clamped to the int range (sys.maxsize means "to the end"). */
    static int pos(PyObject o) {
        long v = Abstract.asClampedIndex(o);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    private static int[] codePoints(PyObject pattern) {
        if (pattern instanceof PyUnicode) {
            return ((PyUnicode) pattern).codePoints().clone();
        }
        byte[] b = bytesOf(pattern);
        int[] cps = new int[b.length];
        for (int k = 0; k < b.length; k++) {
            cps[k] = b[k] & 0xff;
        }
        return cps;
    }

    private static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value;
        }
        if (o instanceof PyByteArray) {
            return ((PyByteArray) o).toBytes();
        }
        PyObject b = Abstract.call(PyBytes.TYPE, o);
        return ((PyBytes) b).value;
    }

    private static boolean isBytesLike(PyObject o) {
        if (o instanceof PyBytes || o instanceof PyByteArray) {
            return true;
        }
        String name = o.getType().getName();
        return name.equals("memoryview") || name.equals("array") || name.equals("mmap");
    }

    private static PyObject compile(PyObject pattern, int flags, PyObject errorClass, PyObject warn) {
        boolean bytes = !(pattern instanceof PyUnicode);
        int[] cps = codePoints(pattern);
        List<String> warnings = new ArrayList<>();
        try {
            PatternParser.ParsedPattern parsed;
            try {
                parsed = PatternParser.parse(cps, bytes, flags, warnings);
            } finally {
                for (String w : warnings) {
                    Abstract.call(warn, PyUnicode.of(w));
                }
            }
            Program prog = PatternCompiler.compile(parsed);
            return new PatternObject(new CompiledPattern(prog, bytes, parsed.groupIndex, errorClass), pattern,
                    parsed.flags);
        } catch (PatternError e) {
            throw raise(e, pattern, errorClass);
        }
    }

    private static RuntimeException raise(PatternError e, PyObject pattern, PyObject errorClass) {
        if (e.overflow) {
            return PyExc.overflowError(e.msg);
        }
        if (e.valueError) {
            return PyExc.valueError(e.msg);
        }
        PyObject exc = e.pos < 0 ? Abstract.call(errorClass, PyUnicode.of(e.msg))
                : Abstract.call(errorClass, PyUnicode.of(e.msg), pattern, PyLong.of(e.pos));
        return ((PyBaseException) exc).toThrowable();
    }

    /** The subject as code points, checking its kind against the pattern's. */
    /**
     * {@code re.Scanner}'s pattern: each phrase parsed on its own and made group k of an
     * alternation (so, as in CPython, a phrase's own groups share numbers with the phrases').
     */
    private static PyObject compileScanner(PyObject phrases, int flags, PyObject errorClass, PyObject warn) {
        List<Node> branches = new ArrayList<>();
        int maxGroups = 0;
        boolean bytes = false;
        int finalFlags = flags;
        PyObject iterator = Abstract.getIter(phrases);
        for (PyObject phrase = Abstract.next(iterator); phrase != null; phrase = Abstract.next(iterator)) {
            bytes = !(phrase instanceof PyUnicode);
            List<String> warnings = new ArrayList<>();
            try {
                PatternParser.ParsedPattern parsed;
                try {
                    parsed = PatternParser.parse(codePoints(phrase), bytes, flags, warnings);
                } finally {
                    for (String w : warnings) {
                        Abstract.call(warn, PyUnicode.of(w));
                    }
                }
                branches.add(new Node.Group(branches.size() + 1, parsed.root));
                maxGroups = Math.max(maxGroups, parsed.groups);
                finalFlags = parsed.flags;
            } catch (PatternError e) {
                throw raise(e, phrase, errorClass);
            }
        }
        int groups = Math.max(branches.size(), maxGroups);
        Node root = branches.size() == 1 ? branches.get(0) : new Node.Alt(branches);
        PatternParser.ParsedPattern combined = new PatternParser.ParsedPattern(root, finalFlags, groups,
                new java.util.LinkedHashMap<>());
        Program prog = PatternCompiler.compile(combined);
        return new PatternObject(new CompiledPattern(prog, bytes, combined.groupIndex, errorClass), PyNone.NONE,
                finalFlags);
    }

    static int[] text(CompiledPattern p, PyObject subject) {
        ConvertedSubject c = last;
        if (c != null && c.subject == subject) {
            return c.text;
        }
        int[] t;
        if (subject instanceof PyUnicode) {
            if (p.bytes) {
                throw PyExc.typeError("cannot use a bytes pattern on a string-like object");
            }
            PyUnicode u = (PyUnicode) subject;
            t = u.isBmp() ? charsOf(u.value) : u.codePoints();
        } else if (isBytesLike(subject)) {
            if (!p.bytes) {
                throw PyExc.typeError("cannot use a string pattern on a bytes-like object");
            }
            byte[] b = bytesOf(subject);
            t = new int[b.length];
            for (int k = 0; k < b.length; k++) {
                t[k] = b[k] & 0xff;
            }
        } else {
            throw PyExc.typeError("expected string or bytes-like object, got '" + subject.getType().getName() + "'");
        }
        if (subject instanceof PyUnicode || subject instanceof PyBytes) {
            last = new ConvertedSubject(subject, t);
        }
        return t;
    }

    private static int[] charsOf(String s) {
        int n = s.length();
        int[] t = new int[n];
        for (int k = 0; k < n; k++) {
            t[k] = s.charAt(k);
        }
        return t;
    }

    static PyObject slice(PyObject subject, boolean bytes, int[] text, int s, int e) {
        if (!bytes) {
            return ((PyUnicode) subject).slice(s, e);
        }
        byte[] b = new byte[Math.max(0, e - s)];
        for (int k = s; k < e; k++) {
            b[k - s] = (byte) text[k];
        }
        return new PyBytes(b);
    }

    static int clampPos(int pos, int len) {
        return pos < 0 ? 0 : Math.min(pos, len);
    }

    static PyObject scanner(CompiledPattern p, PyObject subject, int pos, int endpos) {
        int[] t = text(p, subject);
        return new ScannerObject(p, subject, t, clampPos(pos, t.length), clampPos(endpos, t.length));
    }

    static PyObject search(CompiledPattern p, PyObject subject, int pos, int endpos, int mode) {
        int[] t = text(p, subject);
        pos = clampPos(pos, t.length);
        endpos = clampPos(endpos, t.length);
        Matcher m = p.takeMatcher(t, endpos);
        boolean found = mode == 2 ? m.search(pos) : m.match(pos, mode == 1);
        PyObject result = found ? new MatchObject(p, subject, t, m, pos, endpos) : PyNone.NONE;
        p.giveBack(m);
        return result;
    }

    private static PyObject groupValue(Matcher m, PyObject subject, boolean bytes, int[] t, int g) {
        int s = m.regs[2 * g];
        int e = m.regs[2 * g + 1];
        if (s < 0 || e < 0) {
            return bytes ? PyBytes.EMPTY : PyUnicode.EMPTY;
        }
        return slice(subject, bytes, t, s, e);
    }

    static PyObject findall(CompiledPattern p, PyObject subject, int pos, int endpos) {
        int[] t = text(p, subject);
        pos = clampPos(pos, t.length);
        endpos = clampPos(endpos, t.length);
        boolean bytes = p.bytes;
        int groups = p.program.groups;
        PyList out = new PyList();
        Matcher m = p.takeMatcher(t, endpos);
        boolean mustAdvance = false;
        while (pos <= endpos) {
            m.forbidEmptyAt(mustAdvance ? pos : -1);
            if (!m.search(pos)) {
                break;
            }
            int s = m.matchStart;
            int e = m.matchEnd();
            if (groups == 0) {
                out.append(slice(subject, bytes, t, s, e));
            } else if (groups == 1) {
                out.append(groupValue(m, subject, bytes, t, 1));
            } else {
                PyObject[] items = new PyObject[groups];
                for (int g = 1; g <= groups; g++) {
                    items[g - 1] = groupValue(m, subject, bytes, t, g);
                }
                out.append(new PyTuple(items));
            }
            mustAdvance = e == s;
            pos = e;
        }
        p.giveBack(m);
        return out;
    }

    /** The template of {@code repl} as a tuple (literal0, group1, literal1, ...), cached per pattern. */
    static PyTuple template(CompiledPattern p, PyObject repl) {
        String key;
        if (repl instanceof PyUnicode) {
            if (p.bytes) {
                throw PyExc.typeError("sequence item 0: expected a bytes-like object, str found");
            }
            key = ((PyUnicode) repl).value;
        } else if (isBytesLike(repl)) {
            if (!p.bytes) {
                throw PyExc.typeError("sequence item 0: expected str instance, " + repl.getType().getName() + " found");
            }
            key = new String(bytesOf(repl), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw PyExc.typeError("decoding to str: need a bytes-like object, " + repl.getType().getName() + " found");
        }
        PyTuple cached = p.templates.get(key);
        if (cached != null) {
            return cached;
        }
        int[] cps = codePoints(repl);
        List<int[]> literals = new ArrayList<>();
        List<Integer> refs = new ArrayList<>();
        TemplateParser tp;
        try {
            tp = TemplateParser.parse(cps, p.program.groups, p.groupIndex, literals, refs);
        } catch (PatternError e) {
            throw raise(e, repl, p.errorClass);
        }
        if (tp.unknownName != null) {
            throw PyExc.raise(PyExc.IndexError, "unknown group name " + PyUnicode.reprOf(tp.unknownName));
        }
        PyObject[] items = new PyObject[literals.size() + refs.size()];
        for (int k = 0; k < literals.size(); k++) {
            int[] lit = literals.get(k);
            if (p.bytes) {
                byte[] b = new byte[lit.length];
                for (int j = 0; j < lit.length; j++) {
                    b[j] = (byte) lit[j];
                }
                items[2 * k] = new PyBytes(b);
            } else {
                items[2 * k] = PyUnicode.fromCodePoints(lit, 0, lit.length);
            }
            if (k < refs.size()) {
                items[2 * k + 1] = PyLong.of(refs.get(k));
            }
        }
        PyTuple result = new PyTuple(items);
        if (p.templates.size() > 256) {
            p.templates.clear();
        }
        p.templates.put(key, result);
        return result;
    }

    /** {@code Match.expand}: the template filled with the match's groups. */
    static PyObject expand(MatchObject m, PyTuple template, PyObject repl) {
        boolean bytes = m.pattern.bytes;
        StringBuilder sb = bytes ? null : new StringBuilder();
        java.io.ByteArrayOutputStream bb = bytes ? new java.io.ByteArrayOutputStream() : null;
        PyObject[] parts = template.items();
        for (int k = 0; k < parts.length; k++) {
            if ((k & 1) == 0) {
                appendObject(sb, bb, parts[k]);
            } else {
                int g = Abstract.asIndex(parts[k]);
                int s = m.spans[2 * g];
                if (s >= 0) {
                    append(sb, bb, m.text, s, m.spans[2 * g + 1]);
                }
            }
        }
        return bytes ? new PyBytes(bb.toByteArray()) : PyUnicode.of(sb.toString());
    }

    /** {@code re.subn}: (new string, number of substitutions); {@code repl} a template or a callable. */
    static PyObject sub(CompiledPattern p, PyObject repl, PyObject subject, int count) {
        boolean callable = Abstract.isCallable(repl);
        // A str template for a bytes pattern (or the reverse) fails only when a match is replaced,
        // as CPython's final join does.
        boolean wrongType = !callable && (p.bytes ? repl instanceof PyUnicode
                : !(repl instanceof PyUnicode) && isBytesLike(repl));
        PyObject[] parts = callable || wrongType ? null : template(p, repl).items();
        int wrongTypeIndex = -1;
        if (wrongType) {
            // Its template errors come first. A template with group references is expanded by
            // a join of its non-empty literals and the groups (failing at the first literal); a
            // plain literal fails in the final join, at its place among the pieces.
            List<int[]> literals = new ArrayList<>();
            List<Integer> refs = new ArrayList<>();
            try {
                TemplateParser.parse(codePoints(repl), p.program.groups, p.groupIndex, literals, refs);
            } catch (PatternError e) {
                throw raise(e, repl, p.errorClass);
            }
            if (!refs.isEmpty()) {
                int index = 0;
                for (int k = 0; k < literals.size(); k++) {
                    if (literals.get(k).length > 0) {
                        wrongTypeIndex = index;
                        break;
                    }
                    if (k < refs.size()) {
                        index++;
                    }
                }
                if (wrongTypeIndex < 0) {
                    // Only groups: the replacement has the pattern's type after all.
                    wrongType = false;
                    PyObject[] items = new PyObject[literals.size() + refs.size()];
                    for (int k = 0; k < items.length; k++) {
                        items[k] = (k & 1) == 0 ? (p.bytes ? PyBytes.EMPTY : PyUnicode.EMPTY) : PyLong.of(refs.get(k / 2));
                    }
                    parts = items;
                }
            }
        }
        int[] t = text(p, subject);
        boolean bytes = p.bytes;
        StringBuilder sb = bytes ? null : new StringBuilder();
        java.io.ByteArrayOutputStream bb = bytes ? new java.io.ByteArrayOutputStream() : null;
        Matcher m = p.takeMatcher(t, t.length);
        int pos = 0;
        int last = 0;
        int n = 0;
        int pieces = 0;
        boolean mustAdvance = false;
        while (pos <= t.length && (count == 0 || n < count)) {
            m.forbidEmptyAt(mustAdvance ? pos : -1);
            if (!m.search(pos)) {
                break;
            }
            int s = m.matchStart;
            int e = m.matchEnd();
            if (last < s) {
                pieces++;
            }
            append(sb, bb, t, last, s);
            if (wrongType) {
                throw PyExc.typeError("sequence item " + (wrongTypeIndex >= 0 ? wrongTypeIndex : pieces) + (p.bytes
                        ? ": expected a bytes-like object, str found"
                        : ": expected str instance, " + repl.getType().getName() + " found"));
            }
            if (callable) {
                PyObject piece = Abstract.call(repl, new MatchObject(p, subject, t, m, 0, t.length));
                if (piece != PyNone.NONE) {
                    appendPiece(sb, bb, piece, pieces);
                    pieces++;
                }
            } else {
                for (int k = 0; k < parts.length; k++) {
                    if ((k & 1) == 0) {
                        appendObject(sb, bb, parts[k]);
                    } else {
                        int g = ((PyLong) parts[k]).intValue();
                        int gs = g == 0 ? s : m.regs[2 * g];
                        int ge = g == 0 ? e : m.regs[2 * g + 1];
                        if (gs >= 0 && ge >= 0) {
                            append(sb, bb, t, gs, ge);
                        }
                    }
                }
            }
            last = e;
            n++;
            mustAdvance = e == s;
            pos = e;
        }
        p.giveBack(m);
        append(sb, bb, t, last, t.length);
        PyObject result;
        if (bytes) {
            result = new PyBytes(bb.toByteArray());
        } else if (n == 0 && subject.getClass() == PyUnicode.class) {
            result = subject;
        } else {
            result = PyUnicode.of(sb.toString());
        }
        return new PyTuple(result, PyLong.of(n));
    }

    /** A callable's replacement, with the TypeError CPython's join gives for a wrong type. */
    private static void appendPiece(StringBuilder sb, java.io.ByteArrayOutputStream bb, PyObject piece, int index) {
        if (sb != null) {
            if (!(piece instanceof PyUnicode)) {
                throw PyExc.typeError("sequence item " + index + ": expected str instance, "
                        + piece.getType().getName() + " found");
            }
            sb.append(((PyUnicode) piece).value);
        } else {
            if (!isBytesLike(piece)) {
                throw PyExc.typeError("sequence item " + index + ": expected a bytes-like object, "
                        + piece.getType().getName() + " found");
            }
            byte[] b = bytesOf(piece);
            bb.write(b, 0, b.length);
        }
    }

    private static void append(StringBuilder sb, java.io.ByteArrayOutputStream bb, int[] t, int from, int to) {
        if (sb != null) {
            for (int k = from; k < to; k++) {
                sb.appendCodePoint(t[k]);
            }
        } else {
            for (int k = from; k < to; k++) {
                bb.write(t[k]);
            }
        }
    }

    private static void appendObject(StringBuilder sb, java.io.ByteArrayOutputStream bb, PyObject o) {
        if (sb != null) {
            sb.append(((PyUnicode) o).value);
        } else {
            byte[] b = ((PyBytes) o).value;
            bb.write(b, 0, b.length);
        }
    }

    static PyObject split(CompiledPattern p, PyObject subject, int maxsplit) {
        int[] t = text(p, subject);
        boolean bytes = p.bytes;
        int groups = p.program.groups;
        PyList out = new PyList();
        Matcher m = p.takeMatcher(t, t.length);
        int pos = 0;
        int last = 0;
        int n = 0;
        boolean mustAdvance = false;
        while (pos <= t.length && (maxsplit == 0 || n < maxsplit)) {
            m.forbidEmptyAt(mustAdvance ? pos : -1);
            if (!m.search(pos)) {
                break;
            }
            int s = m.matchStart;
            int e = m.matchEnd();
            out.append(slice(subject, bytes, t, last, s));
            for (int g = 1; g <= groups; g++) {
                int gs = m.regs[2 * g];
                int ge = m.regs[2 * g + 1];
                out.append(gs >= 0 && ge >= 0 ? slice(subject, bytes, t, gs, ge) : PyNone.NONE);
            }
            last = e;
            n++;
            mustAdvance = e == s;
            pos = e;
        }
        p.giveBack(m);
        out.append(slice(subject, bytes, t, last, t.length));
        return out;
    }
}
