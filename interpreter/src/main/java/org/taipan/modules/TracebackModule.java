package org.taipan.modules;

import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.TracebackPrinter;

/**
 * {@code _traceback}: the interpreter's own exception report as a string, so the library's
 * {@code traceback} module prints exactly what an uncaught exception prints.
 */
public final class TracebackModule {
    private TracebackModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_traceback");
        m.addFunction("format", (self, a, off, n, kw) -> {
            ArgParser.checkCount("format", n, 1, 2);
            if (!(a[off] instanceof PyBaseException)) {
                throw PyExc.typeError("format() argument must be an exception");
            }
            if (n == 1) {
                return PyUnicode.of(TracebackPrinter.format((PyBaseException) a[off]));
            }
            // the traceback module's rule for limit (None: every entry)
            Long limit = a[off + 1] == org.taipan.objects.PyNone.NONE ? null
                    : org.taipan.objects.Abstract.asClampedIndex(a[off + 1]);
            return PyUnicode.of(TracebackPrinter.formatWithLimit((PyBaseException) a[off], limit));
        });
        return m;
    }
}
