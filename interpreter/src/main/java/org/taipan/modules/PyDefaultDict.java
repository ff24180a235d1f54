package org.taipan.modules;

import java.util.IdentityHashMap;
import org.taipan.compile.BinaryOp;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyGenericAlias;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyNotImplemented;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * {@code collections.defaultdict}: a dict whose {@code __missing__} stores and returns
 * {@code default_factory()}; in Java so that a miss costs no interpreted frame (dict's
 * {@code __getitem__} already defers to {@code __missing__} for subclasses).
 */
public class PyDefaultDict extends PyDict {
    public static final PyType TYPE = PyType.builtin("collections.defaultdict", PyDict.TYPE, PyDefaultDict::setup);
    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> REPRS =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** The factory, or None. */
    private PyObject factory = PyNone.NONE;

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** A defaultdict subclass instance created in Python. */
    static final class Derived extends PyDefaultDict {
        private final PyType type;
        private final PyDict dict;

        Derived(PyType type) {
            this.type = type;
            this.dict = type.instancesHaveDict ? new PyDict() : null;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }
    }

    private static PyDefaultDict cast(PyObject o) {
        if (!(o instanceof PyDefaultDict d)) {
            throw PyExc.typeError("descriptor requires a 'collections.defaultdict' object but received a '"
                    + o.getType().getName() + "'");
        }
        return d;
    }

    /** {@code type(self)(self.default_factory, self)}. */
    private static PyObject copy(PyObject self) {
        return Abstract.call(self.getType(), cast(self).factory, self);
    }

    private static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> type == TYPE ? new PyDefaultDict() : new Derived(type);
        t.init = (self, args, off, nargs, kw) -> {
            PyObject f = PyNone.NONE;
            if (nargs > 0) {
                f = args[off];
                if (f != PyNone.NONE && !Abstract.isCallable(f)) {
                    throw PyExc.typeError("first argument must be callable or None");
                }
                off++;
                nargs--;
            }
            cast(self).factory = f;
            PyDict.TYPE.init.init(self, args, off, nargs, kw);
        };
        t.method("__missing__", (self, key) -> {
            PyDefaultDict d = cast(self);
            if (d.factory == PyNone.NONE) {
                throw PyExc.keyError(key);
            }
            PyObject v = Abstract.call(d.factory);
            Abstract.setItem(self, key, v);
            return v;
        });
        t.getset("default_factory", self -> cast(self).factory,
                (descr, self, v) -> cast(self).factory = v == null ? PyNone.NONE : v);
        t.repr = self -> {
            PyDefaultDict d = cast(self);
            String factory;
            if (d.factory == PyNone.NONE) {
                factory = "None";
            } else {
                IdentityHashMap<PyObject, Boolean> seen = REPRS.get();
                if (seen.containsKey(self)) {
                    factory = "...";
                } else {
                    seen.put(self, Boolean.TRUE);
                    try {
                        factory = Abstract.repr(d.factory).value;
                    } finally {
                        seen.remove(self);
                    }
                }
            }
            String items = PyDict.TYPE.repr.apply(self) instanceof PyUnicode u ? u.value : "";
            return PyUnicode.of(self.getType().name + "(" + factory + ", " + items + ")");
        };
        t.method("copy", PyDefaultDict::copy);
        t.method("__copy__", PyDefaultDict::copy);
        t.method("__reduce__", self -> {
            PyObject fargs = cast(self).factory == PyNone.NONE ? PyTuple.EMPTY : new PyTuple(cast(self).factory);
            return new PyTuple(self.getType(), fargs, PyNone.NONE, PyNone.NONE,
                    Abstract.getIter(Abstract.call(Abstract.getAttr(self, "items"))));
        });
        t.nb[BinaryOp.OR.ordinal()] = (a, b) -> {
            if (a instanceof PyDefaultDict da && b instanceof PyDict) {
                PyObject r = copy(a);
                ((PyDict) r).update(b);
                return r;
            }
            if (b instanceof PyDefaultDict db && a instanceof PyDict) {
                PyObject r = Abstract.call(b.getType(), db.factory, a);
                ((PyDict) r).update(b);
                return r;
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        };
        t.classMethod("__class_getitem__", (self, a, off, n, kw) -> new PyGenericAlias(a[off], a[off + 1]));
    }
}
