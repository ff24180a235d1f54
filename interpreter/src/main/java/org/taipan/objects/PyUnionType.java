package org.taipan.objects;

import java.util.ArrayList;
import java.util.List;

/** {@code types.UnionType}: {@code int | None} (PEP 604), usable with isinstance and issubclass. */
public final class PyUnionType extends PyObject {
    public static PyType TYPE;
    final PyTuple args;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    private static void flatten(PyObject o, List<PyObject> out) {
        if (o instanceof PyUnionType) {
            for (PyObject x : ((PyUnionType) o).args.items()) {
                flatten(x, out);
            }
            return;
        }
        PyObject v = o == PyNone.NONE ? PyNone.TYPE : o;
        for (PyObject x : out) {
            if (x == v || (x instanceof PyGenericAlias && Abstract.richCompareBool(x, v, CompareOp.EQ))) {
                return;
            }
        }
        out.add(v);
    }

    /** {@code a | b} for types; NotImplemented when either side cannot be in a union. */
    public static PyObject make(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        List<PyObject> items = new ArrayList<>();
        flatten(a, items);
        flatten(b, items);
        if (items.size() == 1) {
            return items.get(0);
        }
        return new PyUnionType(PyTuple.of(items));
    }

    private static String itemRepr(PyObject o) {
        if (o == PyNone.TYPE) {
            return "None";
        }
        if (o instanceof PyType) {
            PyType t = (PyType) o;
            String m = t.moduleName();
            return m.equals("builtins") ? t.qualname : m + "." + t.qualname;
        }
        return Abstract.repr(o).value;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.repr = self -> {
            StringBuilder sb = new StringBuilder();
            for (PyObject x : ((PyUnionType) self).args.items()) {
                sb.append(sb.length() > 0 ? " | " : "").append(itemRepr(x));
            }
            return PyUnicode.of(sb.toString());
        };
        t.nb[org.taipan.compile.BinaryOp.OR.ordinal()] = PyUnionType::make;
        t.getset("__args__", self -> ((PyUnionType) self).args, null);
        t.method("__instancecheck__", (self, obj) -> {
            for (PyObject x : ((PyUnionType) self).args.items()) {
                if (x instanceof PyGenericAlias) {
                    throw PyExc.typeError("isinstance() argument 2 cannot be a parameterized generic");
                }
                if (Abstract.isInstance(obj, x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        t.method("__subclasscheck__", (self, sub) -> {
            for (PyObject x : ((PyUnionType) self).args.items()) {
                if (Abstract.isSubclass(sub, x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyUnionType) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PySet x = new PySet(true);
            x.update(((PyUnionType) a).args);
            PySet y = new PySet(true);
            y.update(((PyUnionType) b).args);
            boolean eq = Abstract.richCompareBool(x, y, CompareOp.EQ);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        t.hash = self -> {
            PySet x = new PySet(true);
            x.update(((PyUnionType) self).args);
            return x.frozenHash();
        };
    }
}
