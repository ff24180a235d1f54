package org.taipan.objects;

/** {@code types.GenericAlias}: {@code list[int]}, what {@code __class_getitem__} of built-in containers returns. */
public final class PyGenericAlias extends PyObject {
    public static PyType TYPE;
    /** Names looked up on the alias itself; any other attribute is the origin's. */
    private static final java.util.Set<String> OWN_ATTRIBUTES = java.util.Set.of("__class__", "__origin__",
            "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__",
            "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__");
    final PyObject origin;
    final PyObject args;
    /** GenericAlias or a Python subclass of it (with the instance dict a subclass gives). */
    private final PyType type;
    private final PyDict dict;

    public PyGenericAlias(PyObject origin, PyObject args) {
        this(TYPE, origin, args);
    }

    PyGenericAlias(PyType type, PyObject origin, PyObject args) {
        this.type = type;
        this.dict = type != TYPE && type.instancesHaveDict ? new PyDict() : null;
        this.origin = origin;
        // Always a tuple, as in CPython, so list[int] equals GenericAlias(list, (int,)).
        this.args = args instanceof PyTuple ? args : new PyTuple(args);
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    private static String itemRepr(PyObject o) {
        if (o == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (o instanceof PyType) {
            PyType t = (PyType) o;
            String m = t.moduleName();
            return m.equals("builtins") ? t.qualname : m + "." + t.qualname;
        }
        return Abstract.repr(o).value;
    }

    static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> {
            ArgParser.noKeywords("GenericAlias", kw);
            ArgParser.checkCount("GenericAlias", nargs, 2, 2);
            return new PyGenericAlias(type, args[off], args[off + 1]);
        };
        t.getattro = (self, name) -> OWN_ATTRIBUTES.contains(name.value)
                ? PyBaseObject.genericGetAttr(self, name) : Abstract.getAttr(((PyGenericAlias) self).origin, name);
        t.repr = self -> {
            PyGenericAlias g = (PyGenericAlias) self;
            StringBuilder sb = new StringBuilder(itemRepr(g.origin)).append('[');
            if (g.args instanceof PyTuple) {
                PyTuple a = (PyTuple) g.args;
                if (a.size() == 0) {
                    sb.append("()");
                }
                for (int i = 0; i < a.size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(itemRepr(a.get(i)));
                }
            } else {
                sb.append(itemRepr(g.args));
            }
            return PyUnicode.of(sb.append(']').toString());
        };
        t.call = (self, args, off, nargs, kw) -> Abstract.call(((PyGenericAlias) self).origin, args, off, nargs, kw);
        t.getset("__origin__", self -> ((PyGenericAlias) self).origin, null);
        t.getset("__args__", self -> {
            PyObject a = ((PyGenericAlias) self).args;
            return a instanceof PyTuple ? a : new PyTuple(a);
        }, null);
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyGenericAlias) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyGenericAlias x = (PyGenericAlias) a;
            PyGenericAlias y = (PyGenericAlias) b;
            boolean eq = Abstract.richCompareBool(x.origin, y.origin, CompareOp.EQ)
                    && Abstract.richCompareBool(x.args, y.args, CompareOp.EQ);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        t.nb[org.taipan.compile.BinaryOp.OR.ordinal()] = PyUnionType::make;
        t.hash = self -> Abstract.hash(((PyGenericAlias) self).origin) ^ Abstract.hash(((PyGenericAlias) self).args);
    }
}
