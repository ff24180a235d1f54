package org.taipan.modules.json;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBuiltinFunction;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * {@code _json}: the accelerator of the {@code json} package (CPython's Modules/_json.c): the
 * scanner, the one-shot encoder and the string codecs, in Java. The package's Python code holds
 * the API and the indenting encoder.
 */
public final class JsonModule {
    /** The module's string encoders, recognised by {@link JsonEncoder} to skip a call. */
    static PyObject encodeAscii;
    static PyObject encodeUnicode;

    private JsonModule() {
    }

    private static String stringArg(String fname, PyObject[] a, int off, int n, PyTuple kw) {
        ArgParser.noKeywords(fname, kw);
        if (n != 1) {
            throw PyExc.typeError(fname + "() takes exactly one argument (" + n + " given)");
        }
        if (!(a[off] instanceof PyUnicode u)) {
            throw PyExc.typeError("first argument must be a string, not " + a[off].getType().getName());
        }
        return u.value;
    }

    public static synchronized PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_json");
        PyBuiltinFunction ascii = m.addFunction("encode_basestring_ascii", (self, a, off, n, kw) -> {
            StringBuilder out = new StringBuilder();
            JsonStrings.appendAscii(out, stringArg("encode_basestring_ascii", a, off, n, kw));
            return PyUnicode.of(out.toString());
        });
        PyBuiltinFunction uni = m.addFunction("encode_basestring", (self, a, off, n, kw) -> {
            StringBuilder out = new StringBuilder();
            JsonStrings.appendUnicode(out, stringArg("encode_basestring", a, off, n, kw));
            return PyUnicode.of(out.toString());
        });
        if (encodeAscii == null) {
            encodeAscii = ascii;
            encodeUnicode = uni;
        }
        m.addFunction("scanstring", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("scanstring", new String[] {"string", "end", "strict"}, 3, 2, a, off, n, kw);
            if (!(p[0] instanceof PyUnicode doc)) {
                throw PyExc.typeError("first argument must be a string, not " + p[0].getType().getName());
            }
            long end = Abstract.index(p[1]).asLongExact();
            if (end < 0 || end > doc.length()) {
                throw PyExc.valueError("end is out of bounds");
            }
            boolean strict = p[2] == null || Abstract.isTrue(p[2]);
            int[] stop = new int[1];
            PyUnicode s = JsonStrings.scan(doc, doc.value.toCharArray(), doc.charIndex((int) end), strict, stop);
            return new PyTuple(s, PyLong.of(doc.cpIndex(stop[0])));
        });
        m.add("make_scanner", JsonScanner.TYPE);
        m.add("make_encoder", JsonEncoder.TYPE);
        return m;
    }
}
