package org.taipan.modules.json;

import java.util.ArrayList;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;
import org.taipan.objects.RecursionGuard;
import org.taipan.vm.Interpreter;

/**
 * {@code _json.make_scanner}: the JSON value parser behind {@code JSONDecoder.scan_once}, with
 * CPython's error messages and positions. It reads its options once from the decoder it is made
 * for, and parses in Java so that decoding does not run a Python frame per token.
 */
public final class JsonScanner extends PyObject {
    public static final PyType TYPE = PyType.builtin("_json.Scanner", null, JsonScanner::setup);

    /**
     * Nesting levels parsed without asking the interpreter's recursion guard (a thread-local
     * lookup each time): shallow documents are the common case, and Java's stack holds these.
     */
    static final int FREE_DEPTH = 20;

    private final boolean strict;
    private final PyObject objectHook;
    private final PyObject pairsHook;
    private final PyObject parseFloat;
    private final PyObject parseInt;
    private final PyObject parseConstant;

    private JsonScanner(PyObject context) {
        strict = Abstract.isTrue(Abstract.getAttr(context, "strict"));
        objectHook = noneToNull(Abstract.getAttr(context, "object_hook"));
        pairsHook = noneToNull(Abstract.getAttr(context, "object_pairs_hook"));
        PyObject pf = Abstract.getAttr(context, "parse_float");
        parseFloat = pf == PyFloat.TYPE ? null : pf;
        PyObject pi = Abstract.getAttr(context, "parse_int");
        parseInt = pi == PyLong.TYPE ? null : pi;
        parseConstant = Abstract.getAttr(context, "parse_constant");
    }

    private static PyObject noneToNull(PyObject o) {
        return o == PyNone.NONE ? null : o;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** One parse over a document: the text and where the last value ended. */
    private final class Parse {
        final PyUnicode doc;
        /** The document's chars: indexing an array skips String.charAt's bounds and coder checks. */
        final char[] s;
        final int len;
        final int[] stringEnd = new int[1];
        /** Object keys seen in this document: one str object per distinct key (CPython's memo). */
        final java.util.HashMap<String, PyUnicode> keys = new java.util.HashMap<>();
        /** Nesting depth; only levels past {@link #FREE_DEPTH} go through the recursion guard. */
        int depth;
        int end;

        Parse(PyUnicode doc) {
            this.doc = doc;
            this.s = doc.value.toCharArray();
            this.len = s.length;
        }

        int skipSpace(int i) {
            while (i < len) {
                char c = s[i];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    break;
                }
                i++;
            }
            return i;
        }

        /** The value at {@code i}, or null when no value starts there; sets {@link #end}. */
        PyObject value(int i) {
            if (i >= len) {
                return null;
            }
            char c = s[i];
            switch (c) {
                case '"':
                    PyObject str = JsonStrings.scan(doc, s, i + 1, strict, stringEnd);
                    end = stringEnd[0];
                    return str;
                case '{':
                    return object(i + 1);
                case '[':
                    return array(i + 1);
                case 'n':
                    if (startsWith(s, "null", i)) {
                        end = i + 4;
                        return PyNone.NONE;
                    }
                    return null;
                case 't':
                    if (startsWith(s, "true", i)) {
                        end = i + 4;
                        return PyBool.TRUE;
                    }
                    return null;
                case 'f':
                    if (startsWith(s, "false", i)) {
                        end = i + 5;
                        return PyBool.FALSE;
                    }
                    return null;
                case 'N':
                    if (startsWith(s, "NaN", i)) {
                        end = i + 3;
                        return Abstract.call(parseConstant, PyUnicode.of("NaN"));
                    }
                    return null;
                case 'I':
                    if (startsWith(s, "Infinity", i)) {
                        end = i + 8;
                        return Abstract.call(parseConstant, PyUnicode.of("Infinity"));
                    }
                    return null;
                case '-':
                    if (startsWith(s, "-Infinity", i)) {
                        end = i + 9;
                        return Abstract.call(parseConstant, PyUnicode.of("-Infinity"));
                    }
                    return number(i);
                default:
                    return number(i);
            }
        }

        /** A value that must be there (inside an array or object). */
        PyObject required(int i) {
            PyObject v = value(i);
            if (v == null) {
                throw error("Expecting value", doc, i);
            }
            return v;
        }

        PyObject number(int start) {
            int i = start;
            if (i < len && s[i] == '-') {
                i++;
            }
            if (i >= len) {
                return null;
            }
            char c = s[i];
            if (c >= '1' && c <= '9') {
                i++;
                while (i < len && isDigit(s[i])) {
                    i++;
                }
            } else if (c == '0') {
                i++;
            } else {
                return null;
            }
            boolean isFloat = false;
            if (i + 1 < len && s[i] == '.' && isDigit(s[i + 1])) {
                isFloat = true;
                i += 2;
                while (i < len && isDigit(s[i])) {
                    i++;
                }
            }
            if (i < len && (s[i] == 'e' || s[i] == 'E')) {
                int e = i;
                i++;
                if (i < len && (s[i] == '+' || s[i] == '-')) {
                    i++;
                }
                int digits = i;
                while (i < len && isDigit(s[i])) {
                    i++;
                }
                if (i > digits) {
                    isFloat = true;
                } else {
                    i = e;
                }
            }
            end = i;
            String text = new String(s, start, i - start);
            if (isFloat) {
                if (parseFloat != null) {
                    return Abstract.call(parseFloat, PyUnicode.of(text));
                }
                return new PyFloat(Double.parseDouble(text));
            }
            if (parseInt != null) {
                return Abstract.call(parseInt, PyUnicode.of(text));
            }
            if (text.length() <= 18) {
                return PyLong.of(Long.parseLong(text));
            }
            return PyLong.parse(text, 10, PyUnicode.of(text));
        }

        PyObject object(int i) {
            boolean guarded = ++depth > FREE_DEPTH;
            if (guarded) {
                RecursionGuard.hook.enter(" while decoding a JSON object from a unicode string");
            }
            try {
                ArrayList<PyObject> pairs = pairsHook != null ? new ArrayList<>() : null;
                PyDict dict = pairsHook == null ? new PyDict() : null;
                i = skipSpace(i);
                if (i >= len || s[i] != '}') {
                    while (true) {
                        if (i >= len || s[i] != '"') {
                            throw error("Expecting property name enclosed in double quotes", doc, i);
                        }
                        PyUnicode key = JsonStrings.scan(doc, s, i + 1, strict, stringEnd);
                        PyUnicode known = keys.putIfAbsent(key.value, key);
                        if (known != null) {
                            key = known;
                        }
                        i = skipSpace(stringEnd[0]);
                        if (i >= len || s[i] != ':') {
                            throw error("Expecting ':' delimiter", doc, i);
                        }
                        i = skipSpace(i + 1);
                        PyObject val = required(i);
                        if (dict != null) {
                            dict.setItem(key, val);
                        } else {
                            pairs.add(new PyTuple(key, val));
                        }
                        i = skipSpace(end);
                        if (i < len && s[i] == '}') {
                            break;
                        }
                        if (i >= len || s[i] != ',') {
                            throw error("Expecting ',' delimiter", doc, i);
                        }
                        i = skipSpace(i + 1);
                    }
                }
                end = i + 1;
                if (pairs != null) {
                    return Abstract.call(pairsHook, new PyList(pairs));
                }
                return objectHook != null ? Abstract.call(objectHook, dict) : dict;
            } finally {
                depth--;
                if (guarded) {
                    RecursionGuard.hook.leave();
                }
            }
        }

        PyObject array(int i) {
            boolean guarded = ++depth > FREE_DEPTH;
            if (guarded) {
                RecursionGuard.hook.enter(" while decoding a JSON array from a unicode string");
            }
            try {
                PyList list = new PyList();
                i = skipSpace(i);
                if (i >= len || s[i] != ']') {
                    while (true) {
                        list.append(required(i));
                        i = skipSpace(end);
                        if (i < len && s[i] == ']') {
                            break;
                        }
                        if (i >= len || s[i] != ',') {
                            throw error("Expecting ',' delimiter", doc, i);
                        }
                        i = skipSpace(i + 1);
                    }
                }
                end = i + 1;
                return list;
            } finally {
                depth--;
                if (guarded) {
                    RecursionGuard.hook.leave();
                }
            }
        }
    }

    private static boolean startsWith(char[] s, String word, int at) {
        if (at + word.length() > s.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A {@code json.decoder.JSONDecodeError(msg, doc, pos)} for char offset {@code at}. */
    static PyException error(String msg, PyUnicode doc, int at) {
        PyObject module = Interpreter.importModule("json.decoder", null,
                new PyTuple(PyUnicode.of("JSONDecodeError")), 0);
        PyObject cls = Abstract.getAttr(module, "JSONDecodeError");
        PyObject e = Abstract.call(cls, PyUnicode.of(msg), doc, PyLong.of(doc.cpIndex(at)));
        return new PyException((PyBaseException) e);
    }

    private static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> {
            if (nargs != 1 || (kw != null && kw.size() > 0)) {
                throw PyExc.typeError("make_scanner() takes exactly one argument (context)");
            }
            return new JsonScanner(args[off]);
        };
        t.call = (self, args, off, nargs, kw) -> {
            if (nargs != 2 || (kw != null && kw.size() > 0)) {
                throw PyExc.typeError("scan_once() takes exactly 2 arguments (" + nargs + " given)");
            }
            if (!(args[off] instanceof PyUnicode doc)) {
                throw PyExc.typeError("first argument must be a string, not " + args[off].getType().getName());
            }
            long idx = Abstract.index(args[off + 1]).asLongExact();
            if (idx < 0) {
                throw PyExc.valueError("idx cannot be negative");
            }
            JsonScanner scanner = (JsonScanner) self;
            Parse p = scanner.new Parse(doc);
            int at = idx >= doc.length() ? p.len : doc.charIndex((int) idx);
            PyObject v = p.value(at);
            if (v == null) {
                throw PyExc.stopIteration(PyLong.of(idx));
            }
            return new PyTuple(v, PyLong.of(doc.cpIndex(p.end)));
        };
    }
}
