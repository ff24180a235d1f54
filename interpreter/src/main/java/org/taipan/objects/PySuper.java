package org.taipan.objects;

/**
 * {@code super}: attribute lookup starting after {@code type} in the MRO of {@code obj}'s class.
 * The zero-argument form is resolved by the VM (first argument and the {@code __class__} cell of
 * the calling frame) through {@link #zeroArgResolver}.
 */
public final class PySuper extends PyObject {
    public static PyType TYPE;
    PyType type;
    PyObject obj;
    PyType objType;

    /** Supplies {@code (__class__, first argument)} of the running frame for {@code super()}. */
    public interface ZeroArgResolver {
        PyObject[] resolve();
    }

    public static ZeroArgResolver zeroArgResolver = () -> {
        throw PyExc.runtimeError("super(): no arguments");
    };

    @Override
    public PyType getType() {
        return TYPE;
    }

    /**
     * For LOAD_METHOD on a bound super object ({@code super().name(...)}): the plain Python
     * function {@code name} resolves to, so the VM can call it with {@link #self()} in front
     * instead of making a bound method; null when the look-up would give anything else (another
     * descriptor, a class-level super, {@code __class__}), and the caller then takes the
     * generic path. The MRO walk is the one {@code getattro} does.
     */
    public PyFunction methodFunction(PyUnicode name) {
        if (objType == null || obj == objType || getClass() != PySuper.class) {
            return null;
        }
        PyObject v = findAfterType(name);
        return v != null && v.getClass() == PyFunction.class && !name.value.equals("__class__") ? (PyFunction) v : null;
    }

    /** {@code name} in the dicts of the classes after {@link #type} in {@code objType}'s MRO, or null. */
    private PyObject findAfterType(PyUnicode name) {
        PyType[] mro = objType.mro;
        int i = 0;
        while (i < mro.length && mro[i] != type) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict.getItem(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The object a bound super binds methods to. */
    public PyObject self() {
        return obj;
    }

    private static PyType checkSuper(PyType type, PyObject obj) {
        if (obj instanceof PyType && ((PyType) obj).isSubtypeOf(type)) {
            return (PyType) obj;
        }
        if (obj.getType().isSubtypeOf(type)) {
            return obj.getType();
        }
        throw PyExc.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> new PySuper();
        t.init = (self, args, off, nargs, kw) -> {
            ArgParser.noKeywords("super", kw);
            ArgParser.checkCount("super", nargs, 0, 2);
            PySuper s = (PySuper) self;
            PyObject type;
            PyObject obj = null;
            if (nargs == 0) {
                PyObject[] r = zeroArgResolver.resolve();
                type = r[0];
                obj = r[1];
            } else {
                type = args[off];
                obj = nargs > 1 ? args[off + 1] : null;
            }
            if (!(type instanceof PyType)) {
                throw PyExc.typeError("super() argument 1 must be a type, not " + type.getType().getName());
            }
            s.type = (PyType) type;
            if (obj == PyNone.NONE) {
                obj = null;
            }
            s.obj = obj;
            s.objType = obj == null ? null : checkSuper(s.type, obj);
        };
        t.getattro = (self, name) -> {
            PySuper s = (PySuper) self;
            if (s.objType != null && !name.value.equals("__class__")) {
                PyObject v = s.findAfterType(name);
                if (v != null) {
                    SlotFunctions.DescrGet g = v.getType().descrGet;
                    if (g == null) {
                        return v;
                    }
                    return g.get(v, s.obj == s.objType ? null : s.obj, s.objType);
                }
            }
            return PyBaseObject.genericGetAttr(self, name);
        };
        t.descrGet = (d, obj, type) -> {
            PySuper s = (PySuper) d;
            if (obj == null || s.obj != null) {
                return d;
            }
            PySuper n = new PySuper();
            n.type = s.type;
            n.obj = obj;
            n.objType = checkSuper(s.type, obj);
            return n;
        };
        t.repr = self -> {
            PySuper s = (PySuper) self;
            String tn = s.type == null ? "NULL" : s.type.getName();
            if (s.objType != null) {
                return PyUnicode.of("<super: <class '" + tn + "'>, <" + s.objType.getName() + " object>>");
            }
            return PyUnicode.of("<super: <class '" + tn + "'>, NULL>");
        };
        t.getset("__thisclass__", self -> ((PySuper) self).type, null);
        t.getset("__self__", self -> {
            PyObject o = ((PySuper) self).obj;
            return o == null ? PyNone.NONE : o;
        }, null);
        t.getset("__self_class__", self -> {
            PyObject o = ((PySuper) self).objType;
            return o == null ? PyNone.NONE : o;
        }, null);
    }
}
