package org.taipan.objects;

/** {@code method}: a function bound to an instance ({@code obj.f}); calling it prepends self. */
public final class PyMethod extends PyObject {
    public static PyType TYPE;
    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.newFunc = (type, args, off, nargs, kw) -> {
            ArgParser.noKeywords("method", kw);
            ArgParser.checkCount("method", nargs, 2, 2);
            if (!Abstract.isCallable(args[off])) {
                throw PyExc.typeError("first argument must be callable");
            }
            if (args[off + 1] == PyNone.NONE) {
                throw PyExc.typeError("instance must not be None");
            }
            return new PyMethod(args[off], args[off + 1]);
        };
        t.call = (m, args, off, nargs, kw) -> {
            PyMethod pm = (PyMethod) m;
            if (pm.func instanceof PyFunction) {
                return org.taipan.vm.FunctionCall.callWithSelf((PyFunction) pm.func, pm.self, args, off, nargs, kw);
            }
            int total = nargs + (kw == null ? 0 : kw.size());
            PyObject[] all = new PyObject[total + 1];
            all[0] = pm.self;
            System.arraycopy(args, off, all, 1, total);
            return Abstract.call(pm.func, all, 0, nargs + 1, kw);
        };
        t.getattro = (self, name) -> {
            if (name instanceof PyUnicode && ((PyUnicode) name).value.equals("__doc__")) {
                // A bound method's docstring is its function's (the type keeps its own doc).
                return Abstract.getAttr(((PyMethod) self).func, name);
            }
            PyObject v = PyBaseObject.genericGetAttrOrNull(self, name);
            if (v != null) {
                return v;
            }
            return Abstract.getAttr(((PyMethod) self).func, name);
        };
        t.getset("__func__", self -> ((PyMethod) self).func, null);
        t.getset("__self__", self -> ((PyMethod) self).self, null);
        t.repr = self -> {
            PyMethod m = (PyMethod) self;
            PyObject qn = Abstract.getAttrOrNull(m.func, "__qualname__");
            String name = qn instanceof PyUnicode ? ((PyUnicode) qn).value : "?";
            return PyUnicode.of("<bound method " + name + " of " + Abstract.repr(m.self).value + ">");
        };
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyMethod) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyMethod x = (PyMethod) a;
            PyMethod y = (PyMethod) b;
            boolean eq = x.self == y.self && Abstract.richCompareBool(x.func, y.func, CompareOp.EQ);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        t.hash = self -> ObjectIds.id(((PyMethod) self).self) ^ Abstract.hash(((PyMethod) self).func);
    }
}
