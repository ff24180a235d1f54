package org.taipan.objects;

import java.util.List;

/** The behaviour of {@code type} itself: calling a class, class attribute lookup and assignment, repr, introspection. */
final class TypeBuiltins {
    private TypeBuiltins() {
    }

    static void setupType(PyType t) {
        t.newFunc = TypeCreation::typeNew;
        t.init = (self, args, off, nargs, kw) -> {
            if (nargs != 1 && nargs != 3) {
                throw PyExc.typeError("type.__init__() takes 1 or 3 arguments");
            }
        };
        t.call = TypeBuiltins::callType;
        t.getattro = TypeBuiltins::typeGetAttr;
        t.setattro = TypeBuiltins::typeSetAttr;
        t.repr = self -> {
            PyType c = (PyType) self;
            String mod = c.moduleName();
            return PyUnicode.of(mod.equals("builtins") ? "<class '" + c.qualname + "'>"
                    : "<class '" + mod + "." + c.qualname + "'>");
        };
        t.getset("__name__", self -> PyUnicode.of(((PyType) self).name), (d, self, v) -> {
            PyType c = (PyType) self;
            checkMutable(c, "__name__");
            c.name = PyUnicode.checkArg(v, "can only assign string to " + c.name + ".__name__, not", "").value;
        });
        t.getset("__qualname__", self -> PyUnicode.of(((PyType) self).qualname), (d, self, v) -> {
            PyType c = (PyType) self;
            checkMutable(c, "__qualname__");
            if (!(v instanceof PyUnicode)) {
                throw PyExc.typeError("can only assign string to " + c.name + ".__qualname__, not '"
                        + (v == null ? "NoneType" : v.getType().getName()) + "'");
            }
            c.qualname = ((PyUnicode) v).value;
        });
        t.getset("__module__", self -> {
            PyType c = (PyType) self;
            PyObject m = c.dict.getStr("__module__");
            return m != null ? m : PyUnicode.of("builtins");
        }, (d, self, v) -> {
            PyType c = (PyType) self;
            checkMutable(c, "__module__");
            c.dict.setStr("__module__", v);
        });
        t.getset("__bases__", self -> ((PyType) self).bases, null);
        t.getset("__base__", self -> {
            PyType b = ((PyType) self).base;
            return b == null ? PyNone.NONE : b;
        }, null);
        t.getset("__mro__", self -> new PyTuple((PyObject[]) ((PyType) self).mro.clone()), null);
        // only the flags library code tests: heap type (class statement) and ready
        t.getset("__flags__", self -> PyLong.of((((PyType) self).isHeapType ? 1 << 9 : 0) | 1 << 12), null);
        t.getset("__dict__", self -> new PyMappingProxy(((PyType) self).dict), null);
        t.getset("__doc__", self -> {
            PyObject d = ((PyType) self).dict.getStr("__doc__");
            if (d == null) {
                return PyNone.NONE;
            }
            SlotFunctions.DescrGet g = d.getType().descrGet;
            return g == null ? d : g.get(d, null, (PyType) self);
        }, (d, self, v) -> {
            checkMutable((PyType) self, "__doc__");
            ((PyType) self).dict.setStr("__doc__", v);
        });
        t.method("mro", self -> new PyList(List.of((PyObject[]) ((PyType) self).mro)));
        t.method("__subclasses__", self -> {
            PyList l = new PyList();
            for (PyType s : ((PyType) self).liveSubclasses()) {
                l.append(s);
            }
            return l;
        });
        t.method("__instancecheck__", (self, obj) -> PyBool.of(obj.getType().isSubtypeOf((PyType) self)));
        t.method("__subclasscheck__", (self, sub) -> {
            if (!(sub instanceof PyType)) {
                throw PyExc.typeError("issubclass() arg 1 must be a class");
            }
            return PyBool.of(((PyType) sub).isSubtypeOf((PyType) self));
        });
        t.method("__dir__", self -> Dir.ofType((PyType) self));
        t.method("__sizeof__", self -> PyLong.of(400));
        t.classMethod("__prepare__", (self, args, off, nargs, kw) -> new PyDict());
        t.nb[org.taipan.compile.BinaryOp.OR.ordinal()] = PyUnionType::make;
    }

    private static void checkMutable(PyType c, String name) {
        if (!c.isHeapType) {
            throw PyExc.typeError("cannot set '" + name + "' attribute of immutable type '" + c.getName() + "'");
        }
    }

    /** {@code cls(*args)}: __new__, then __init__ when the result is an instance of cls. */
    static PyObject callType(PyObject self, PyObject[] args, int off, int nargs, PyTuple kw) {
        PyType type = (PyType) self;
        if (type == PyType.TYPE && nargs == 1 && (kw == null || kw.size() == 0)) {
            return args[off].getType();
        }
        if (type.newFunc == null) {
            throw PyExc.typeError("cannot create '" + type.getName() + "' instances");
        }
        PyObject obj = type.newFunc.make(type, args, off, nargs, kw);
        if (!obj.getType().isSubtypeOf(type)) {
            return obj;
        }
        PyType ot = obj.getType();
        if (ot.init != null) {
            ot.init.init(obj, args, off, nargs, kw);
        }
        return obj;
    }

    /** {@code type.__getattribute__}: metatype data descriptors, the class's MRO, then the metatype. */
    static PyObject typeGetAttr(PyObject self, PyUnicode name) {
        PyType type = (PyType) self;
        PyType meta = type.getType();
        PyObject metaAttr = meta.lookup(name.value);
        SlotFunctions.DescrGet metaGet = null;
        if (metaAttr != null) {
            metaGet = metaAttr.getType().descrGet;
            if (metaGet != null && metaAttr.getType().descrSet != null) {
                return metaGet.get(metaAttr, type, meta);
            }
        }
        PyObject attr = type.lookup(name.value);
        if (attr != null) {
            SlotFunctions.DescrGet g = attr.getType().descrGet;
            return g == null ? attr : g.get(attr, null, type);
        }
        if (metaGet != null) {
            return metaGet.get(metaAttr, type, meta);
        }
        if (metaAttr != null) {
            return metaAttr;
        }
        throw PyExc.attributeError(type, name);
    }

    static void typeSetAttr(PyObject self, PyUnicode name, PyObject value) {
        PyType type = (PyType) self;
        PyObject metaAttr = type.getType().lookup(name.value);
        if (metaAttr != null && metaAttr.getType().descrSet != null) {
            metaAttr.getType().descrSet.set(metaAttr, type, value);
            return;
        }
        if (!type.isHeapType) {
            throw PyExc.typeError("cannot set '" + name.value + "' attribute of immutable type '" + type.getName() + "'");
        }
        if (value == null) {
            if (type.dict.delItemOrNull(name) == null) {
                throw PyExc.attributeError(type, name);
            }
        } else {
            type.dict.setItem(name, value);
        }
        type.attributeChanged(name.value);
    }
}
