package org.taipan.cli;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.ThreadState;

/**
 * Tab completion at the prompt, as CPython's rlcompleter: a bare name completes from
 * {@code __main__}'s globals, the builtins and the keywords; {@code a.b.pre} completes from
 * {@code dir()} of the object {@code a.b} names (only plain dotted names are looked up, so no
 * code with side effects runs). Callables get a {@code (} after their name; names starting with
 * an underscore are offered only when the typed prefix starts with one. Runs on the
 * interpreter's thread, which is the one reading the line.
 */
final class NameCompleter implements Completer {
    private static final Pattern TAIL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*\\.?$");
    private static final String[] KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await",
        "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
        "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield"};

    private final PyDict globals;

    NameCompleter(PyDict globals) {
        this.globals = globals;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        Matcher m = TAIL.matcher(word);
        if (!m.find()) {
            return;
        }
        String keep = word.substring(0, m.start());
        for (String name : complete(m.group())) {
            candidates.add(new Candidate(keep + name, name, null, null, null, null, false));
        }
    }

    /** The completions of {@code text} (a name or a dotted name, possibly ending with a dot). */
    TreeSet<String> complete(String text) {
        TreeSet<String> out = new TreeSet<>();
        try {
            int dot = text.lastIndexOf('.');
            if (dot < 0) {
                for (String k : KEYWORDS) {
                    if (k.startsWith(text)) {
                        out.add(k);
                    }
                }
                addNames(out, globals, text, "");
                addNames(out, org.taipan.vm.Interpreter.builtinsFor(globals), text, "");
                return out;
            }
            String[] parts = text.substring(0, dot).split("\\.");
            PyObject obj = globals.getStr(parts[0]);
            if (obj == null) {
                obj = org.taipan.vm.Interpreter.builtinsFor(globals).getStr(parts[0]);
            }
            for (int i = 1; obj != null && i < parts.length; i++) {
                obj = Abstract.getAttrOrNull(obj, parts[i]);
            }
            if (obj == null) {
                return out;
            }
            String prefix = text.substring(dot + 1);
            String base = text.substring(0, dot + 1);
            PyObject names = Abstract.call(ThreadState.current().interp.builtins.getDict().getStr("dir"), obj);
            PyObject it = Abstract.getIter(names);
            for (PyObject n = Abstract.next(it); n != null; n = Abstract.next(it)) {
                String name = Abstract.str(n).value;
                if (offered(name, prefix)) {
                    PyObject value = Abstract.getAttrOrNull(obj, name);
                    out.add(base + name + (value != null && Abstract.isCallable(value) ? "(" : ""));
                }
            }
        } catch (RuntimeException e) {
            // completion never fails the prompt (a PyException from a __dir__ or property included)
        }
        return out;
    }

    private static void addNames(TreeSet<String> out, PyDict d, String prefix, String base) {
        for (PyObject k : d.keySet()) {
            if (k instanceof PyUnicode && offered(((PyUnicode) k).value, prefix)) {
                PyObject v = d.getItem(k);
                out.add(base + ((PyUnicode) k).value + (v != null && Abstract.isCallable(v) ? "(" : ""));
            }
        }
    }

    private static boolean offered(String name, String prefix) {
        return name.startsWith(prefix) && (!name.startsWith("_") || prefix.startsWith("_"));
    }
}
