package org.taipan.modules.sre;

import java.util.Map;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * {@code re.Match}: the result of a successful match, made by the engine without a Python
 * call. It keeps the subject, the group spans (code point indexes, -1 when a group did not
 * take part) and the pattern, and slices group texts on demand.
 */
public final class MatchObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("re.Match", null, MatchObject::setup);

    final CompiledPattern pattern;
    final PyObject string;
    final int[] text;
    /** start and end of group g at [2g] and [2g+1]. */
    final int[] spans;
    final int lastIndex;
    final int pos;
    final int endpos;

    MatchObject(CompiledPattern pattern, PyObject string, int[] text, Matcher m, int pos, int endpos) {
        this.pattern = pattern;
        this.string = string;
        this.text = text;
        int groups = pattern.program.groups;
        int[] s = new int[2 * groups + 2];
        s[0] = m.matchStart;
        s[1] = m.matchEnd();
        for (int g = 1; g <= groups; g++) {
            int a = m.regs[2 * g];
            int b = m.regs[2 * g + 1];
            boolean set = a >= 0 && b >= 0;
            s[2 * g] = set ? a : -1;
            s[2 * g + 1] = set ? b : -1;
        }
        this.spans = s;
        this.lastIndex = m.lastIndex();
        this.pos = pos;
        this.endpos = endpos;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static MatchObject cast(PyObject o) {
        if (o instanceof MatchObject) {
            return (MatchObject) o;
        }
        throw PyExc.typeError("descriptor requires a 're.Match' object but received a '" + o.getType().getName() + "'");
    }

    /** The group number {@code g} names: an int in range or a group name (CPython's rules). */
    int index(PyObject g) {
        if (g instanceof PyLong || Abstract.lookupSpecial(g, "__index__") != null && !(g instanceof PyUnicode)) {
            PyLong v = Abstract.index(g);
            if (v.fitsInt() && v.intValue() >= 0 && v.intValue() <= pattern.program.groups) {
                return v.intValue();
            }
        } else if (g instanceof PyUnicode) {
            Integer i = pattern.groupIndex.get(((PyUnicode) g).value);
            if (i != null) {
                return i;
            }
        } else {
            // CPython looks other keys up in groupindex: an unhashable one is a TypeError.
            Abstract.hash(g);
        }
        throw PyExc.raise(PyExc.IndexError, "no such group");
    }

    PyObject get(int g, PyObject dflt) {
        int s = spans[2 * g];
        if (s < 0) {
            return dflt;
        }
        return SreModule.slice(string, pattern.bytes, text, s, spans[2 * g + 1]);
    }

    private PyObject span(int g) {
        return new PyTuple(PyLong.of(spans[2 * g]), PyLong.of(spans[2 * g + 1]));
    }

    private String lastGroupName() {
        if (lastIndex < 0) {
            return null;
        }
        return pattern.groupNames()[lastIndex];
    }

    private static PyObject argOrZero(PyObject[] a, int off, int n) {
        return n == 0 ? PyLong.of(0) : a[off];
    }

    private static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> {
            throw PyExc.typeError("cannot create 're.Match' instances");
        };
        t.method("group", 0, Integer.MAX_VALUE, (self, a, off, n) -> {
            MatchObject m = cast(self);
            if (n == 0) {
                return m.get(0, PyNone.NONE);
            }
            if (n == 1) {
                return m.get(m.index(a[off]), PyNone.NONE);
            }
            PyObject[] items = new PyObject[n];
            for (int k = 0; k < n; k++) {
                items[k] = m.get(m.index(a[off + k]), PyNone.NONE);
            }
            return new PyTuple(items);
        });
        t.getitem = (self, key) -> cast(self).get(cast(self).index(key), PyNone.NONE);
        t.methodKw("groups", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("groups", new String[] {"default"}, 0, 0, a, off, n, kw);
            MatchObject m = cast(self);
            PyObject dflt = p[0] == null ? PyNone.NONE : p[0];
            PyObject[] items = new PyObject[m.pattern.program.groups];
            for (int g = 1; g <= items.length; g++) {
                items[g - 1] = m.get(g, dflt);
            }
            return new PyTuple(items);
        });
        t.methodKw("groupdict", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("groupdict", new String[] {"default"}, 0, 0, a, off, n, kw);
            MatchObject m = cast(self);
            PyObject dflt = p[0] == null ? PyNone.NONE : p[0];
            PyDict d = new PyDict();
            for (Map.Entry<String, Integer> e : m.pattern.groupIndex.entrySet()) {
                d.setItem(PyUnicode.of(e.getKey()), m.get(e.getValue(), dflt));
            }
            return d;
        });
        t.method("start", 0, 1, (self, a, off, n) -> {
            MatchObject m = cast(self);
            return PyLong.of(m.spans[2 * m.index(argOrZero(a, off, n))]);
        });
        t.method("end", 0, 1, (self, a, off, n) -> {
            MatchObject m = cast(self);
            return PyLong.of(m.spans[2 * m.index(argOrZero(a, off, n)) + 1]);
        });
        t.method("span", 0, 1, (self, a, off, n) -> {
            MatchObject m = cast(self);
            return m.span(m.index(argOrZero(a, off, n)));
        });
        t.method("expand", (self, template) -> {
            MatchObject m = cast(self);
            PyTuple items = SreModule.template(m.pattern, template);
            return SreModule.expand(m, items, template);
        });
        t.classMethod("__class_getitem__", (self, args, off, nargs, kw) ->
                new org.taipan.objects.PyGenericAlias(args[off], args[off + 1]));
        t.method("__copy__", self -> self);
        t.method("__deepcopy__", (self, memo) -> self);
        t.getset("re", self -> cast(self).pattern.owner, null);
        t.getset("string", self -> cast(self).string, null);
        t.getset("pos", self -> PyLong.of(cast(self).pos), null);
        t.getset("endpos", self -> PyLong.of(cast(self).endpos), null);
        t.getset("lastindex", self -> cast(self).lastIndex < 0 ? PyNone.NONE : PyLong.of(cast(self).lastIndex), null);
        t.getset("lastgroup", self -> {
            String name = cast(self).lastGroupName();
            return name == null ? PyNone.NONE : PyUnicode.of(name);
        }, null);
        t.getset("regs", self -> {
            MatchObject m = cast(self);
            PyObject[] r = new PyObject[m.pattern.program.groups + 1];
            for (int g = 0; g < r.length; g++) {
                r[g] = m.span(g);
            }
            return new PyTuple(r);
        }, null);
        t.repr = self -> {
            MatchObject m = cast(self);
            String value = Abstract.repr(m.get(0, PyNone.NONE)).value;
            if (value.codePointCount(0, value.length()) > 50) {
                value = value.substring(0, value.offsetByCodePoints(0, 50));
            }
            return PyUnicode.of("<re.Match object; span=(" + m.spans[0] + ", " + m.spans[1] + "), match=" + value + ">");
        };
    }
}
