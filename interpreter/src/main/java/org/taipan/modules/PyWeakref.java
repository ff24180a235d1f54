package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.CompareOp;
import org.taipan.objects.ObjectIds;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyGenericAlias;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyNotImplemented;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * {@code weakref.ref} ({@code weakref.ReferenceType}): a reference that does not keep its referent
 * alive. The JVM clears it when the referent is collected; the optional callback then runs at
 * the next sweep of {@link WeakrefLists} (which {@code gc.collect()} forces), since the JVM has no
 * refcount telling the exact moment CPython would call it.
 */
public class PyWeakref extends PyObject {
    public static final PyType TYPE = PyType.builtin("weakref.ReferenceType", null, PyWeakref::setup);

    /** The JVM reference to the referent; also this object's entry in the referent's list. */
    final WeakrefLists.Entry entry;
    final PyObject callback;
    /** The referent's hash once taken (CPython keeps it, so a dead ref stays hashable). */
    private long hash = -1;
    private boolean hashed;

    PyWeakref(PyObject referent, PyObject callback) {
        this.callback = callback;
        this.entry = WeakrefLists.add(referent, this);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** A subclass instance created in Python (e.g. {@code weakref.WeakMethod}, {@code KeyedRef}). */
    static final class Derived extends PyWeakref {
        private final PyType type;
        private final PyDict dict;

        Derived(PyType type, PyObject referent, PyObject callback) {
            super(referent, callback);
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

    /** The referent, or null once it has been collected. */
    public PyObject get() {
        return entry.get();
    }

    boolean hasCallback() {
        return callback != null;
    }

    private static PyWeakref cast(PyObject o) {
        return (PyWeakref) o;
    }

    private static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> {
            if (type == TYPE && kw != null && kw.size() > 0) {
                throw PyExc.typeError("ref() takes no keyword arguments");
            }
            if (nargs < 1 || nargs > 2) {
                throw PyExc.typeError(nargs < 1
                        ? "__new__ expected at least 1 argument, got " + nargs
                        : "__new__ expected at most 2 arguments, got " + nargs);
            }
            PyObject referent = args[off];
            PyObject cb = nargs == 2 && args[off + 1] != PyNone.NONE ? args[off + 1] : null;
            WeakrefModule.checkWeakrefable(referent);
            if (type == TYPE && cb == null) {
                // CPython shares one callback-less basic ref per referent
                PyWeakref basic = WeakrefLists.basicRef(referent);
                if (basic != null) {
                    return basic;
                }
            }
            return type == TYPE ? new PyWeakref(referent, cb) : new Derived(type, referent, cb);
        };
        // ref(obj, callback) arguments were consumed by __new__; subclasses may take more in __init__
        t.init = (self, args, off, nargs, kw) -> { };
        t.call = (self, args, off, nargs, kw) -> {
            ArgParser.noKeywords("weakref", kw);
            if (nargs != 0) {
                throw PyExc.typeError("weakref expected 0 arguments, got " + nargs);
            }
            PyObject o = cast(self).get();
            return o == null ? PyNone.NONE : o;
        };
        t.hash = self -> {
            PyWeakref r = cast(self);
            if (!r.hashed) {
                PyObject o = r.get();
                if (o == null) {
                    throw PyExc.typeError("weak object has gone away");
                }
                r.hash = Abstract.hash(o);
                r.hashed = true;
            }
            return r.hash;
        };
        t.richcompare = (a, b, op) -> {
            if ((op != CompareOp.EQ && op != CompareOp.NE) || !(b instanceof PyWeakref)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyObject x = cast(a).get();
            PyObject y = cast(b).get();
            if (x == null || y == null) {
                // a dead reference equals only itself
                boolean same = a == b;
                return PyBool.of(op == CompareOp.EQ ? same : !same);
            }
            return Abstract.richCompare(x, y, op);
        };
        t.repr = self -> {
            PyObject o = cast(self).get();
            String at = "<weakref at " + ObjectIds.address(self) + "; ";
            if (o == null) {
                return PyUnicode.of(at + "dead>");
            }
            // CPython looks __name__ up as a special method: on the type, so a module or an instance
            // with its own __name__ shows none
            PyObject name = Abstract.lookupSpecial(o, "__name__");
            String shown = o.getType().getName();
            String named = name instanceof PyUnicode ? " (" + ((PyUnicode) name).value + ")" : "";
            return PyUnicode.of(at + "to '" + shown + "' at " + ObjectIds.address(o) + named + ">");
        };
        t.getset("__callback__", self -> cast(self).callback == null ? PyNone.NONE : cast(self).callback, null);
        t.classMethod("__class_getitem__", (self, args, off, nargs, kw) -> new PyGenericAlias(args[off], args[off + 1]));
    }
}
