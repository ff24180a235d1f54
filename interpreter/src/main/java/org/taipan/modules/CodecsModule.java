package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.CodecErrorRegistry;
import org.taipan.objects.EscapeCodecs;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.Interpreter;

/**
 * {@code _codecs}: the escape codecs' functions, which need Java for speed and for the number of
 * bytes an incremental decode consumed; {@code register_error} makes a handler known to
 * {@code str.encode}/{@code bytes.decode}; the other registry functions ({@code lookup},
 * {@code encode}, ...) are those of {@code codecs.py}, where Taipan keeps the registry.
 */
public final class CodecsModule {
    private static final String[] DECODE_ARGS = {"data", "errors", "final"};
    private static final String[] ENCODE_ARGS = {"str", "errors"};

    private CodecsModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_codecs");
        m.addFunction("unicode_escape_encode", (self, a, off, n, kw) ->
                EscapeCodecs.encodeFunction(ArgParser.bind("unicode_escape_encode", ENCODE_ARGS, 2, 1, a, off, n, kw)[0], false));
        m.addFunction("raw_unicode_escape_encode", (self, a, off, n, kw) ->
                EscapeCodecs.encodeFunction(ArgParser.bind("raw_unicode_escape_encode", ENCODE_ARGS, 2, 1, a, off, n, kw)[0], true));
        m.addFunction("unicode_escape_decode", (self, a, off, n, kw) -> decode("unicode_escape_decode", false, a, off, n, kw));
        m.addFunction("raw_unicode_escape_decode", (self, a, off, n, kw) -> decode("raw_unicode_escape_decode", true, a, off, n, kw));
        m.addFunction("escape_encode", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("escape_encode", ENCODE_ARGS, 2, 1, a, off, n, kw);
            return EscapeCodecs.escapeEncode(p[0]);
        });
        m.addFunction("escape_decode", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("escape_decode", ENCODE_ARGS, 2, 1, a, off, n, kw);
            return EscapeCodecs.escapeDecode(p[0], errors("escape_decode", p[1]));
        });
        m.addFunction("register_error", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("register_error", kw);
            ArgParser.checkCount("register_error", n, 2, 2);
            if (!(a[off] instanceof PyUnicode)) {
                throw PyExc.typeError("register_error() argument 1 must be str, not " + a[off].getType().getName());
            }
            if (!Abstract.isCallable(a[off + 1])) {
                throw PyExc.typeError("handler must be callable");
            }
            CodecErrorRegistry.register(((PyUnicode) a[off]).value, a[off + 1]);
            return PyNone.NONE;
        });
        for (String name : new String[] {"lookup", "encode", "decode", "register", "unregister", "lookup_error"}) {
            m.addFunction(name, (self, a, off, n, kw) -> {
                PyObject codecs = Interpreter.importModule("codecs", null, PyNone.NONE, 0);
                return Abstract.call(Abstract.getAttr(codecs, name), a, off, n, kw);
            });
        }
        return m;
    }

    private static PyObject decode(String name, boolean raw, PyObject[] a, int off, int n, PyTuple kw) {
        PyObject[] p = ArgParser.bind(name, DECODE_ARGS, 3, 1, a, off, n, kw);
        boolean last = p[2] == null || Abstract.isTrue(p[2]);
        return EscapeCodecs.decodeFunction(p[0], errors(name, p[1]), raw, last);
    }

    private static String errors(String name, PyObject e) {
        if (e == null || e == PyNone.NONE) {
            return "strict";
        }
        if (!(e instanceof PyUnicode)) {
            throw PyExc.typeError(name + "() argument 2 must be str or None, not " + e.getType().getName());
        }
        return ((PyUnicode) e).value;
    }
}
