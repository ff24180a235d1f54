package org.taipan.modules.sre;

import java.util.Map;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.CompareOp;
import org.taipan.objects.IterTypes;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyGenericAlias;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyMappingProxy;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyNotImplemented;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * {@code re.Pattern}: a compiled regular expression as Python sees it (what {@code re.compile}
 * returns). Its methods go straight to the engine, so {@code pattern.match(s, pos)} in a loop
 * costs one built-in call.
 */
public final class PatternObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("re.Pattern", null, PatternObject::setup);
    /** {@code re._compile}, for pickling ({@code __reduce__}); set by lib/re.py. */
    static PyObject reconstructor = PyNone.NONE;

    private static final String[] FLAG_NAMES = {"TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
        "UNICODE", "VERBOSE", "DEBUG", "ASCII"};
    private static final int[] FLAG_VALUES = {1, 2, 4, 8, 16, 32, 64, 128, 256};

    final CompiledPattern code;
    final PyObject pattern;
    final int flags;

    PatternObject(CompiledPattern code, PyObject pattern, int flags) {
        this.code = code;
        this.pattern = pattern;
        this.flags = flags;
        code.owner = this;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static PatternObject cast(PyObject o) {
        if (o instanceof PatternObject) {
            return (PatternObject) o;
        }
        throw PyExc.typeError("descriptor requires a 're.Pattern' object but received a '"
                + o.getType().getName() + "'");
    }

    private String flagRepr() {
        int f = flags;
        if (!code.bytes && (f & (4 | 32 | 256)) == 32) {
            f &= ~32;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < FLAG_NAMES.length; k++) {
            if ((f & FLAG_VALUES[k]) != 0) {
                sb.append(sb.length() == 0 ? "" : "|").append("re.").append(FLAG_NAMES[k]);
                f &= ~FLAG_VALUES[k];
            }
        }
        if (f != 0) {
            sb.append(sb.length() == 0 ? "" : "|").append("0x").append(Integer.toHexString(f));
        }
        return sb.toString();
    }

    private static final String[] STRING_POS_ENDPOS = {"string", "pos", "endpos"};

    private static PyObject searchMethod(PyObject self, PyObject[] a, int off, int n, PyTuple kw, String name,
            int mode) {
        PyObject[] p = ArgParser.bind(name, STRING_POS_ENDPOS, 0, 1, a, off, n, kw);
        return SreModule.search(cast(self).code, p[0], p[1] == null ? 0 : SreModule.pos(p[1]),
                p[2] == null ? Integer.MAX_VALUE : SreModule.pos(p[2]), mode);
    }

    private static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> {
            throw PyExc.typeError("cannot create 're.Pattern' instances");
        };
        t.getset("pattern", self -> cast(self).pattern, null);
        t.getset("flags", self -> PyLong.of(cast(self).flags), null);
        t.getset("groups", self -> PyLong.of(cast(self).code.program.groups), null);
        t.getset("groupindex", self -> {
            PyDict d = new PyDict();
            for (Map.Entry<String, Integer> e : cast(self).code.groupIndex.entrySet()) {
                d.setItem(PyUnicode.of(e.getKey()), PyLong.of(e.getValue()));
            }
            return new PyMappingProxy(d);
        }, null);
        t.repr = self -> {
            PatternObject p = cast(self);
            String text = Abstract.repr(p.pattern).value;
            if (text.codePointCount(0, text.length()) > 200) {
                text = text.substring(0, text.offsetByCodePoints(0, 200));
            }
            String f = p.flagRepr();
            return PyUnicode.of(f.isEmpty() ? "re.compile(" + text + ")" : "re.compile(" + text + ", " + f + ")");
        };
        t.richcompare = (a, b, op) -> {
            if (!(a instanceof PatternObject) || !(b instanceof PatternObject)
                    || op != CompareOp.EQ && op != CompareOp.NE) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PatternObject x = (PatternObject) a;
            PatternObject y = (PatternObject) b;
            boolean eq = x == y || x.flags == y.flags && x.code.bytes == y.code.bytes
                    && Abstract.richCompareBool(x.pattern, y.pattern, CompareOp.EQ);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        t.hash = self -> Abstract.hash(new PyTuple(cast(self).pattern, PyLong.of(cast(self).flags)));
        t.methodKw("match", (self, a, off, n, kw) -> searchMethod(self, a, off, n, kw, "match", 0));
        t.methodKw("fullmatch", (self, a, off, n, kw) -> searchMethod(self, a, off, n, kw, "fullmatch", 1));
        t.methodKw("search", (self, a, off, n, kw) -> searchMethod(self, a, off, n, kw, "search", 2));
        t.methodKw("findall", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("findall", STRING_POS_ENDPOS, 0, 1, a, off, n, kw);
            return SreModule.findall(cast(self).code, p[0], p[1] == null ? 0 : SreModule.pos(p[1]),
                    p[2] == null ? Integer.MAX_VALUE : SreModule.pos(p[2]));
        });
        t.methodKw("scanner", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("scanner", STRING_POS_ENDPOS, 0, 1, a, off, n, kw);
            return SreModule.scanner(cast(self).code, p[0], p[1] == null ? 0 : SreModule.pos(p[1]),
                    p[2] == null ? Integer.MAX_VALUE : SreModule.pos(p[2]));
        });
        t.methodKw("finditer", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("finditer", STRING_POS_ENDPOS, 0, 1, a, off, n, kw);
            PyObject scanner = SreModule.scanner(cast(self).code, p[0], p[1] == null ? 0 : SreModule.pos(p[1]),
                    p[2] == null ? Integer.MAX_VALUE : SreModule.pos(p[2]));
            return IterTypes.callableIterator(Abstract.getAttr(scanner, "search"), PyNone.NONE);
        });
        t.methodKw("split", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("split", new String[] {"string", "maxsplit"}, 0, 1, a, off, n, kw);
            return SreModule.split(cast(self).code, p[0], p[1] == null ? 0 : SreModule.pos(p[1]));
        });
        t.methodKw("sub", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("sub", new String[] {"repl", "string", "count"}, 0, 2, a, off, n, kw);
            PyTuple r = (PyTuple) SreModule.sub(cast(self).code, p[0], p[1], p[2] == null ? 0 : SreModule.pos(p[2]));
            return r.get(0);
        });
        t.methodKw("subn", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("subn", new String[] {"repl", "string", "count"}, 0, 2, a, off, n, kw);
            return SreModule.sub(cast(self).code, p[0], p[1], p[2] == null ? 0 : SreModule.pos(p[2]));
        });
        t.method("__copy__", self -> self);
        t.method("__deepcopy__", (self, memo) -> self);
        t.method("__reduce__", self -> new PyTuple(reconstructor,
                new PyTuple(cast(self).pattern, PyLong.of(cast(self).flags))));
        t.classMethod("__class_getitem__", (self, args, off, nargs, kw) -> new PyGenericAlias(args[off], args[off + 1]));
    }
}
