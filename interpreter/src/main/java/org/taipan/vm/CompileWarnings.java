package org.taipan.vm;

import org.taipan.compile.CodeData;
import org.taipan.compile.CompileWarning;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyException;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;
import org.taipan.parse.SyntaxErrorException;

/**
 * Issues the compiler's SyntaxWarnings of a freshly compiled module through
 * {@code warnings.warn_explicit}, so filters and {@code showwarning} apply as in CPython, where
 * the compiler warns while compiling.
 */
final class CompileWarnings {
    private CompileWarnings() {
    }

    static void issue(CodeData d) {
        if (d.warnings.isEmpty()) {
            return;
        }
        PyObject warnings = Interpreter.importModule("warnings", null, null, 0);
        PyObject warnExplicit = Abstract.getAttr(warnings, "warn_explicit");
        for (CompileWarning w : d.warnings) {
            try {
                Abstract.call(warnExplicit, PyUnicode.of(w.message()), PyExc.SyntaxWarning,
                        PyUnicode.of(d.filename), PyLong.of(w.lineno()));
            } catch (PyException e) {
                // A filter turned the warning into an error: CPython reports it as a
                // SyntaxError at the expression, like any other compile error.
                if (!e.matches(PyExc.SyntaxWarning)) {
                    throw e;
                }
                throw SyntaxErrors.toPython(new SyntaxErrorException(w.message(), d.filename,
                        w.lineno(), w.colOffset() + 1, sourceLine(d.filename, w.lineno()),
                        w.endLineno(), w.endColOffset() + 1));
            }
        }
    }

    /** The line as CPython's error shows it: read from the file, when there is one. */
    private static String sourceLine(String filename, int lineno) {
        try {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(filename));
            return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) + "\n" : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
