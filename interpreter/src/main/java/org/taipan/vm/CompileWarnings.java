package org.taipan.vm;

import org.taipan.compile.CodeData;
import org.taipan.compile.CompileWarning;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;

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
            Abstract.call(warnExplicit, PyUnicode.of(w.message()), PyExc.SyntaxWarning,
                    PyUnicode.of(d.filename), PyLong.of(w.lineno()));
        }
    }
}
