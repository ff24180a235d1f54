package org.taipan.modules.json;

import java.util.IdentityHashMap;
import org.taipan.format.FloatRepr;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
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

/**
 * {@code _json.make_encoder}: the one-shot encoder {@code JSONEncoder.iterencode} uses when no
 * indent is asked for (as CPython does with its C encoder): it writes the whole document into
 * one buffer and answers a one-element tuple of chunks.
 */
public final class JsonEncoder extends PyObject {
    public static final PyType TYPE = PyType.builtin("_json.Encoder", null, JsonEncoder::setup);

    private final boolean checkCircular;
    private final PyObject defaultFn;
    private final PyObject stringEncoder;
    /** 1: encode_basestring_ascii, 2: encode_basestring, 0: call {@link #stringEncoder}. */
    private final int fastStrings;
    private final String keySeparator;
    private final String itemSeparator;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean allowNan;

    private JsonEncoder(PyObject[] p) {
        checkCircular = p[0] != PyNone.NONE;
        defaultFn = p[1];
        stringEncoder = p[2];
        fastStrings = p[2] == JsonModule.encodeAscii ? 1 : p[2] == JsonModule.encodeUnicode ? 2 : 0;
        if (p[3] != PyNone.NONE) {
            throw PyExc.typeError("make_encoder() supports no indent; use the Python encoder");
        }
        keySeparator = separator(p[4], "key_separator");
        itemSeparator = separator(p[5], "item_separator");
        sortKeys = Abstract.isTrue(p[6]);
        skipKeys = Abstract.isTrue(p[7]);
        allowNan = Abstract.isTrue(p[8]);
    }

    private static String separator(PyObject o, String name) {
        if (!(o instanceof PyUnicode u)) {
            throw PyExc.typeError("make_encoder() argument " + name + " must be str, not " + o.getType().getName());
        }
        return u.value;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** One encoding run: the output and the containers being encoded (for cycle detection). */
    private final class Run {
        final StringBuilder out = new StringBuilder();
        int depth;
        final IdentityHashMap<PyObject, Boolean> markers = checkCircular ? new IdentityHashMap<>() : null;

        void string(PyObject s) {
            if (fastStrings == 1) {
                JsonStrings.appendAscii(out, ((PyUnicode) s).value);
            } else if (fastStrings == 2) {
                JsonStrings.appendUnicode(out, ((PyUnicode) s).value);
            } else {
                PyObject r = Abstract.call(stringEncoder, s);
                if (!(r instanceof PyUnicode u)) {
                    throw PyExc.typeError("encoder() must return a string, not " + r.getType().getName());
                }
                out.append(u.value);
            }
        }

        void floatText(PyObject o) {
            double d = ((PyFloat) o).value;
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                if (!allowNan) {
                    throw PyExc.valueError("Out of range float values are not JSON compliant");
                }
                out.append(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
                return;
            }
            out.append(FloatRepr.repr(d));
        }

        void intText(PyObject o) {
            if (o instanceof PyLong l && o.getType() == PyLong.TYPE) {
                out.append(l.toDecimalString());
            } else {
                out.append(((PyUnicode) PyLong.TYPE.repr.apply(o)).value);
            }
        }

        void value(PyObject o) {
            if (o == PyNone.NONE) {
                out.append("null");
            } else if (o == PyBool.TRUE) {
                out.append("true");
            } else if (o == PyBool.FALSE) {
                out.append("false");
            } else if (o instanceof PyUnicode) {
                string(o);
            } else if (o instanceof PyLong) {
                intText(o);
            } else if (o instanceof PyFloat) {
                floatText(o);
            } else if (o instanceof PyList || o instanceof PyTuple) {
                boolean guarded = enterLevel();
                try {
                    list(o);
                } finally {
                    leaveLevel(guarded);
                }
            } else if (o instanceof PyDict) {
                boolean guarded = enterLevel();
                try {
                    dict((PyDict) o);
                } finally {
                    leaveLevel(guarded);
                }
            } else {
                enter(o);
                PyObject replacement = Abstract.call(defaultFn, o);
                boolean guarded = enterLevel();
                try {
                    value(replacement);
                } finally {
                    leaveLevel(guarded);
                }
                leave(o);
            }
        }

        /** Counts a nesting level; only deep ones go through the interpreter's recursion guard. */
        boolean enterLevel() {
            if (++depth <= JsonScanner.FREE_DEPTH) {
                return false;
            }
            RecursionGuard.hook.enter(" while encoding a JSON object");
            return true;
        }

        void leaveLevel(boolean guarded) {
            depth--;
            if (guarded) {
                RecursionGuard.hook.leave();
            }
        }

        void enter(PyObject o) {
            if (markers != null) {
                if (markers.containsKey(o)) {
                    throw PyExc.valueError("Circular reference detected");
                }
                markers.put(o, Boolean.TRUE);
            }
        }

        void leave(PyObject o) {
            if (markers != null) {
                markers.remove(o);
            }
        }

        void list(PyObject seq) {
            PyObject[] items;
            int n;
            if (seq instanceof PyList l) {
                n = l.size();
                if (n == 0) {
                    out.append("[]");
                    return;
                }
            } else if (((PyTuple) seq).size() == 0) {
                out.append("[]");
                return;
            }
            enter(seq);
            out.append('[');
            if (seq instanceof PyList l) {
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        out.append(itemSeparator);
                    }
                    value(l.get(i));
                }
            } else {
                PyTuple t = (PyTuple) seq;
                for (int i = 0; i < t.size(); i++) {
                    if (i > 0) {
                        out.append(itemSeparator);
                    }
                    value(t.get(i));
                }
            }
            out.append(']');
            leave(seq);
        }

        void dict(PyDict d) {
            if (d.size() == 0) {
                out.append("{}");
                return;
            }
            enter(d);
            out.append('{');
            boolean first = true;
            if (!sortKeys && d.getType() == PyDict.TYPE) {
                for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                    first = item(d.keyAt(e), d.valueAt(e), first);
                }
            } else {
                PyObject items = Abstract.call(Abstract.getAttr(d, "items"));
                PyList list = new PyList();
                list.extend(items);
                if (sortKeys) {
                    Abstract.call(Abstract.getAttr(list, "sort"));
                }
                for (int i = 0; i < list.size(); i++) {
                    PyObject pair = list.get(i);
                    if (!(pair instanceof PyTuple t) || t.size() != 2) {
                        throw PyExc.valueError("items must return 2-tuples");
                    }
                    first = item(t.get(0), t.get(1), first);
                }
            }
            out.append('}');
            leave(d);
        }

        /** Writes one member; answers whether the next member is still the first. */
        boolean item(PyObject key, PyObject value, boolean first) {
            PyObject keyText;
            if (key instanceof PyUnicode) {
                keyText = key;
            } else if (key instanceof PyFloat) {
                int mark = out.length();
                floatText(key);
                keyText = PyUnicode.of(out.substring(mark));
                out.setLength(mark);
            } else if (key == PyBool.TRUE) {
                keyText = PyUnicode.of("true");
            } else if (key == PyBool.FALSE) {
                keyText = PyUnicode.of("false");
            } else if (key == PyNone.NONE) {
                keyText = PyUnicode.of("null");
            } else if (key instanceof PyLong) {
                int mark = out.length();
                intText(key);
                keyText = PyUnicode.of(out.substring(mark));
                out.setLength(mark);
            } else if (skipKeys) {
                return first;
            } else {
                throw PyExc.typeError("keys must be str, int, float, bool or None, not "
                        + key.getType().getName());
            }
            if (!first) {
                out.append(itemSeparator);
            }
            string(keyText);
            out.append(keySeparator);
            value(value);
            return false;
        }
    }

    private static final String[] PARAMS = {"markers", "default", "encoder", "indent", "key_separator",
        "item_separator", "sort_keys", "skipkeys", "allow_nan"};

    private static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> new JsonEncoder(
                ArgParser.bind("make_encoder", PARAMS, 9, 9, args, off, nargs, kw));
        t.call = (self, args, off, nargs, kw) -> {
            PyObject[] p = ArgParser.bind("_iterencode", new String[] {"obj", "_current_indent_level"}, 2, 2,
                    args, off, nargs, kw);
            Run run = ((JsonEncoder) self).new Run();
            run.value(p[0]);
            return new PyTuple(PyUnicode.of(run.out.toString()));
        };
    }
}
