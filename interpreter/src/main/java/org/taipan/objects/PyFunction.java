package org.taipan.objects;

/**
 * {@code function}: code plus the environment it runs in (globals, builtins, defaults, closure).
 * Calling one binds the arguments straight into a new frame's fast locals
 * ({@link org.taipan.vm.FunctionCall}); no tuple or dict is made for the arguments.
 */
public final class PyFunction extends PyObject implements PyFunctionLike {
    public static PyType TYPE;

    public PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public PyObject name;
    public PyObject qualname;
    /** Positional defaults, or null. */
    public PyTuple defaults;
    /** Keyword-only defaults, or null. */
    public PyDict kwdefaults;
    /** Free-variable cells, or null. */
    public PyCell[] closure;
    public PyObject annotations;
    public PyObject doc;
    public PyObject module;
    private PyDict dict;

    private static final PyUnicode DUNDER_NAME = PyUnicode.interned("__name__");

    public PyFunction(PyCode code, PyDict globals, PyDict builtins, PyObject qualname) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        // Interned: MAKE_FUNCTION runs for every lambda and generator expression evaluated.
        this.name = PyUnicode.interned(code.data.name);
        this.qualname = qualname != null ? qualname : PyUnicode.interned(code.data.qualname);
        PyObject first = code.consts.length > 0 ? code.consts[0] : PyNone.NONE;
        this.doc = first instanceof PyUnicode && !code.hasFlag(0x04000000) ? first : PyNone.NONE;
        PyObject mod = globals.getItem(DUNDER_NAME);
        this.module = mod == null ? PyNone.NONE : mod;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    public String qualnameString() {
        return qualname instanceof PyUnicode ? ((PyUnicode) qualname).value : "?";
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.call = (f, args, off, nargs, kw) -> org.taipan.vm.FunctionCall.call((PyFunction) f, args, off, nargs, kw);
        t.descrGet = (d, obj, type) -> obj == null ? d : new PyMethod(d, obj);
        t.repr = self -> PyUnicode.of("<function " + ((PyFunction) self).qualnameString() + " at "
                + ObjectIds.address(self) + ">");
        t.getset("__name__", self -> ((PyFunction) self).name, (d, self, v) -> {
            if (!(v instanceof PyUnicode)) {
                throw PyExc.typeError("__name__ must be set to a string object");
            }
            ((PyFunction) self).name = v;
        });
        t.getset("__qualname__", self -> ((PyFunction) self).qualname, (d, self, v) -> {
            if (!(v instanceof PyUnicode)) {
                throw PyExc.typeError("__qualname__ must be set to a string object");
            }
            ((PyFunction) self).qualname = v;
        });
        t.getset("__code__", self -> {
            org.taipan.vm.Audit.raise("object.__getattr__", self, PyUnicode.of("__code__"));
            return ((PyFunction) self).code;
        }, (d, self, v) -> {
            if (!(v instanceof PyCode)) {
                throw PyExc.typeError("__code__ must be set to a code object");
            }
            org.taipan.vm.Audit.raise("object.__setattr__", self, PyUnicode.of("__code__"), v);
            ((PyFunction) self).code = (PyCode) v;
        });
        t.getset("__defaults__", self -> {
            PyTuple x = ((PyFunction) self).defaults;
            return x == null ? PyNone.NONE : x;
        }, (d, self, v) -> ((PyFunction) self).defaults = v == null || v == PyNone.NONE ? null : (PyTuple) v);
        t.getset("__kwdefaults__", self -> {
            PyDict x = ((PyFunction) self).kwdefaults;
            return x == null ? PyNone.NONE : x;
        }, (d, self, v) -> ((PyFunction) self).kwdefaults = v == null || v == PyNone.NONE ? null : (PyDict) v);
        t.getset("__closure__", self -> {
            PyCell[] c = ((PyFunction) self).closure;
            return c == null ? PyNone.NONE : new PyTuple((PyObject[]) c.clone());
        }, null);
        t.getset("__globals__", self -> ((PyFunction) self).globals, null);
        t.getset("__builtins__", self -> ((PyFunction) self).builtins, null);
        t.getset("__doc__", self -> ((PyFunction) self).doc, (d, self, v) -> ((PyFunction) self).doc = v == null ? PyNone.NONE : v);
        t.getset("__module__", self -> ((PyFunction) self).module, (d, self, v) -> ((PyFunction) self).module = v == null ? PyNone.NONE : v);
        t.getset("__annotations__", self -> {
            PyFunction f = (PyFunction) self;
            if (f.annotations == null || f.annotations == PyNone.NONE) {
                f.annotations = new PyDict();
            }
            if (f.annotations instanceof PyTuple) {
                PyTuple a = (PyTuple) f.annotations;
                PyDict d = new PyDict();
                for (int i = 0; i + 1 < a.size(); i += 2) {
                    d.setItem(a.get(i), a.get(i + 1));
                }
                f.annotations = d;
            }
            return f.annotations;
        }, (d, self, v) -> ((PyFunction) self).annotations = v);
        t.getset("__dict__", self -> self.getDict(), (d, self, v) -> {
            if (v == null) {
                throw PyExc.typeError("cannot delete __dict__");
            }
            if (!(v instanceof PyDict)) {
                throw PyExc.typeError("__dict__ must be set to a dictionary, not a '" + v.getType().getName() + "'");
            }
            ((PyFunction) self).dict = (PyDict) v;
        });
    }
}
