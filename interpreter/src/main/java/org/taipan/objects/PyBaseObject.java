package org.taipan.objects;

/**
 * {@code object}: the root type. Holds the generic attribute protocol
 * ({@code PyObject_GenericGetAttr}/{@code PyObject_GenericSetAttr}), the default
 * {@code __new__}/{@code __init__} argument rules, identity hash and equality, and the default
 * {@code repr} ({@code <__main__.C object at 0x…>}).
 */
public final class PyBaseObject {
    public static PyType TYPE;

    private PyBaseObject() {
    }

    static final SlotFunctions.New OBJECT_NEW = PyBaseObject::objectNew;
    static final SlotFunctions.Init OBJECT_INIT = PyBaseObject::objectInit;

    static void setup(PyType t) {
        t.newFunc = OBJECT_NEW;
        t.init = OBJECT_INIT;
        t.repr = PyBaseObject::defaultRepr;
        t.str = self -> Abstract.repr(self);
        t.hash = self -> ObjectIds.id(self) >>> 4;
        t.richcompare = PyBaseObject::defaultCompare;
        t.getattro = PyBaseObject::genericGetAttr;
        t.setattro = PyBaseObject::genericSetAttr;
        t.getset("__class__", self -> self.getType(), (d, obj, v) -> setClass(obj, v));
        t.method("__format__", (self, spec) -> {
            String s = PyUnicode.checkArg(spec, "__format__", "argument").value;
            if (!s.isEmpty()) {
                throw PyExc.typeError("unsupported format string passed to "
                        + self.getType().getName() + ".__format__");
            }
            return Abstract.str(self);
        });
        t.method("__dir__", self -> Dir.ofObject(self));
        t.method("__reduce_ex__", (self, proto) -> reduceEx(self, proto));
        t.method("__reduce__", self -> Abstract.call(copyreg("_reduce_ex"), self, PyLong.of(0)));
        t.method("__getstate__", self -> Abstract.call(copyreg("_object_state"), self, PyBool.FALSE));
        t.method("__sizeof__", self -> PyLong.of(16));
        t.classMethod("__init_subclass__", (self, args, off, nargs, kw) -> {
            if (nargs > 1 || (kw != null && kw.size() > 0)) {
                throw PyExc.typeError(((PyType) args[off]).getName() + ".__init_subclass__() takes no keyword arguments");
            }
            return PyNone.NONE;
        });
        t.classMethod("__subclasshook__", (self, args, off, nargs, kw) -> PyNotImplemented.NOT_IMPLEMENTED);
    }

    /**
     * {@code object.__reduce_ex__(protocol)}: an overridden {@code __reduce__} wins; otherwise the
     * reduction is computed by the {@code copyreg} library module, as CPython's object does.
     */
    private static PyObject reduceEx(PyObject self, PyObject proto) {
        PyObject reduce = self.getType().lookup("__reduce__");
        if (reduce != null && reduce != TYPE.lookup("__reduce__")) {
            return Abstract.callMethod(self, "__reduce__");
        }
        int p = Abstract.asIndex(proto);
        return p >= 2 ? Abstract.call(copyreg("_reduce_newobj"), self)
                : Abstract.call(copyreg("_reduce_ex"), self, PyLong.of(p));
    }

    private static PyObject copyreg(String name) {
        PyObject module = org.taipan.vm.Interpreter.importModule("copyreg", null, PyNone.NONE, 0);
        return Abstract.getAttr(module, name);
    }

    private static boolean excessArgs(int nargs, PyTuple kw) {
        return nargs > 0 || (kw != null && kw.size() > 0);
    }

    static PyObject objectNew(PyType type, PyObject[] args, int off, int nargs, PyTuple kw) {
        if (excessArgs(nargs, kw)) {
            if (type.newFunc != OBJECT_NEW) {
                throw PyExc.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (type.init == OBJECT_INIT) {
                throw PyExc.typeError(type.getName() + "() takes no arguments");
            }
        }
        if (type.solidBase != TYPE) {
            throw PyExc.typeError("object.__new__(" + type.getName() + ") is not safe, use "
                    + type.solidBase.getName() + ".__new__()");
        }
        if (!type.isHeapType && type != TYPE) {
            throw PyExc.typeError("cannot create '" + type.getName() + "' instances");
        }
        return new PyInstance(type);
    }

    static void objectInit(PyObject self, PyObject[] args, int off, int nargs, PyTuple kw) {
        if (excessArgs(nargs, kw)) {
            PyType type = self.getType();
            if (type.init != OBJECT_INIT) {
                throw PyExc.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.newFunc == OBJECT_NEW) {
                throw PyExc.typeError(type.getName() + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
    }

    static PyObject defaultRepr(PyObject self) {
        PyType t = self.getType();
        String mod = t.moduleName();
        String qn = t.qualname;
        String prefix = mod.equals("builtins") ? qn : mod + "." + qn;
        return PyUnicode.of("<" + prefix + " object at " + ObjectIds.address(self) + ">");
    }

    static PyObject defaultCompare(PyObject a, PyObject b, CompareOp op) {
        switch (op) {
            case EQ:
                return a == b ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
            case NE: {
                // object.__ne__ delegates to the type's __eq__ and inverts it.
                SlotFunctions.RichCompare eq = a.getType().richcompare;
                PyObject r = eq == null ? PyNotImplemented.NOT_IMPLEMENTED : eq.compare(a, b, CompareOp.EQ);
                if (r == PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                return PyBool.of(!Abstract.isTrue(r));
            }
            default:
                return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    /** {@code object.__getattribute__}: data descriptors, then the instance dict, then the rest. */
    public static PyObject genericGetAttr(PyObject obj, PyUnicode name) {
        PyObject r = genericGetAttrOrNull(obj, name);
        if (r == null) {
            throw PyExc.attributeError(obj, name);
        }
        return r;
    }

    /** Like {@link #genericGetAttr} but null instead of AttributeError when nothing is found. */
    public static PyObject genericGetAttrOrNull(PyObject obj, PyUnicode name) {
        PyType type = obj.getType();
        PyObject descr = type.lookup(name.value);
        SlotFunctions.DescrGet get = null;
        if (descr != null) {
            PyType dt = descr.getType();
            get = dt.descrGet;
            if (get != null && dt.descrSet != null) {
                return get.get(descr, obj, type);
            }
        }
        PyObject v = instanceAttribute(obj, name);
        if (v != null) {
            return v;
        }
        if (get != null) {
            return get.get(descr, obj, type);
        }
        return descr;
    }

    /**
     * {@code name} in the object's own attributes (its {@code __dict__}), or null: without making
     * a {@link PyInstance} give up its shape for a dict.
     */
    public static PyObject instanceAttribute(PyObject obj, PyUnicode name) {
        if (obj instanceof PyInstance) {
            return ((PyInstance) obj).attribute(name);
        }
        PyDict dict = obj.getDict();
        return dict == null ? null : dict.getItem(name);
    }

    /** {@code object.__setattr__} and {@code object.__delattr__} (value null). */
    public static void genericSetAttr(PyObject obj, PyUnicode name, PyObject value) {
        PyType type = obj.getType();
        PyObject descr = type.lookup(name.value);
        if (descr != null) {
            SlotFunctions.DescrSet set = descr.getType().descrSet;
            if (set != null) {
                set.set(descr, obj, value);
                return;
            }
        }
        if (value != null && obj instanceof PyInstance && ((PyInstance) obj).setAttribute(name, value)) {
            return;
        }
        PyDict dict = obj.getDict();
        if (dict == null) {
            if (descr == null) {
                throw PyExc.attributeErrorFor(obj, name, "'" + type.getName()
                        + "' object has no attribute '" + name.value + "'");
            }
            throw PyExc.attributeErrorFor(obj, name, "'" + type.getName()
                    + "' object attribute '" + name.value + "' is read-only");
        }
        if (value == null) {
            if (dict.delItemOrNull(name) == null) {
                throw PyExc.attributeError(obj, name);
            }
        } else {
            dict.setItem(name, value);
        }
    }

    private static void setClass(PyObject obj, PyObject value) {
        if (value == null) {
            throw PyExc.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType)) {
            throw PyExc.typeError("__class__ must be set to a class, not '"
                    + value.getType().getName() + "' object");
        }
        PyType nt = (PyType) value;
        if (obj instanceof PyInstance && nt.isHeapType && nt.solidBase == TYPE
                && obj.getType().isHeapType) {
            ((PyInstance) obj).type = nt;
            return;
        }
        throw PyExc.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
}
