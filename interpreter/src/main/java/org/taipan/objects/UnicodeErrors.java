package org.taipan.objects;

/**
 * UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError: their five-argument
 * constructors, attributes ({@code encoding object start end reason}) and CPython's messages
 * ({@code 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)}).
 */
final class UnicodeErrors {
    private UnicodeErrors() {
    }

    private static final String[] ATTRS = {"encoding", "object", "start", "end", "reason"};

    /** Installs constructors, attributes and {@code __str__} on the three built-in types. */
    static void setup() {
        setupType(PyExc.UnicodeEncodeError, 0);
        setupType(PyExc.UnicodeDecodeError, 1);
        setupType(PyExc.UnicodeTranslateError, 2);
    }

    private static void setupType(PyType t, int kind) {
        int count = kind == 2 ? 4 : 5;
        t.init = (self, args, off, nargs, kw) -> {
            ArgParser.noKeywords(t.getName(), kw);
            PyBaseException e = (PyBaseException) self;
            e.args = PyTuple.copyOf(args, off, nargs);
            if (nargs != count) {
                throw PyExc.typeError("function takes exactly " + count + " arguments (" + nargs + " given)");
            }
            int k = off;
            if (kind != 2) {
                PyUnicode.checkArg(args[k], t.getName(), "argument 1");
                e.setAttr("encoding", args[k++]);
            }
            PyObject obj = args[k++];
            if (kind == 1) {
                byte[] b = BytesMethods.bufferOrNull(obj);
                if (b == null) {
                    throw PyExc.typeError("argument 2 must be bytes-like object, not " + obj.getType().getName());
                }
                obj = new PyBytes(java.util.Arrays.copyOf(b, BytesMethods.bufferLength(obj)));
            } else if (!(obj instanceof PyUnicode)) {
                throw PyExc.typeError("argument " + (kind == 2 ? 1 : 2) + " must be str, not " + obj.getType().getName());
            }
            e.setAttr("object", obj);
            e.setAttr("start", Abstract.index(args[k++]));
            e.setAttr("end", Abstract.index(args[k++]));
            e.setAttr("reason", PyUnicode.checkArg(args[k], t.getName(), "argument " + count));
        };
        for (String a : ATTRS) {
            if (kind == 2 && a.equals("encoding")) {
                continue;
            }
            t.getset(a, self -> ((PyBaseException) self).attr(a),
                    (d, self, v) -> ((PyBaseException) self).setAttr(a, v == null ? PyNone.NONE : v));
        }
        t.str = self -> {
            PyBaseException e = (PyBaseException) self;
            PyObject obj = e.attr("object");
            PyObject reason = e.attr("reason");
            if (obj == PyNone.NONE || reason == PyNone.NONE) {
                return e.args.size() == 0 ? PyUnicode.EMPTY : e.args.size() == 1 ? Abstract.str(e.args.get(0)) : Abstract.str(e.args);
            }
            return PyUnicode.of(message(kind, e.attr("encoding"), obj, Abstract.asIndex(e.attr("start")),
                    Abstract.asIndex(e.attr("end")), Abstract.str(reason).value));
        };
    }

    private static String message(int kind, PyObject encoding, PyObject obj, int start, int end, String reason) {
        String enc = kind == 2 ? "" : "'" + Abstract.str(encoding).value + "' codec ";
        if (kind == 1) {
            byte[] b = ((PyBytes) obj).value;
            if (end == start + 1 && start >= 0 && start < b.length) {
                return enc + "can't decode byte 0x" + String.format("%02x", b[start] & 0xFF) + " in position " + start + ": " + reason;
            }
            return enc + "can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
        }
        PyUnicode s = (PyUnicode) obj;
        String verb = kind == 0 ? "can't encode" : "can't translate";
        if (end == start + 1 && start >= 0 && start < s.length()) {
            int cp = s.codePointAt(start);
            return enc + verb + " character '" + UnicodeCodecs.escape(cp) + "' in position " + start + ": " + reason;
        }
        return enc + verb + " characters in position " + start + "-" + (end - 1) + ": " + reason;
    }

    static PyException encodeError(String encoding, PyUnicode s, int start, int end, String reason) {
        return make(PyExc.UnicodeEncodeError, PyUnicode.of(encoding), s, start, end, reason);
    }

    static PyException decodeError(String encoding, byte[] obj, int start, int end, String reason) {
        return make(PyExc.UnicodeDecodeError, PyUnicode.of(encoding), new PyBytes(obj), start, end, reason);
    }

    private static PyException make(PyType type, PyObject encoding, PyObject obj, int start, int end, String reason) {
        PyObject[] args = {encoding, obj, PyLong.of(start), PyLong.of(end), PyUnicode.of(reason)};
        PyBaseException e = new PyBaseException(type, new PyTuple(args));
        for (int i = 0; i < 5; i++) {
            e.setAttr(ATTRS[i], args[i]);
        }
        return e.toThrowable();
    }
}
