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

    /** {@code function(code, globals, name=None, argdefs=None, closure=None)}. */
    private static PyFunction construct(PyObject[] args, int off, int nargs, PyTuple kw) {
        PyObject[] a = ArgParser.bind("function", new String[] {"code", "globals", "name", "argdefs", "closure"},
                0, 2, args, off, nargs, kw);
        if (!(a[0] instanceof PyCode)) {
            throw PyExc.typeError("function() argument 'code' must be code, not " + a[0].getType().getName());
        }
        if (!(a[1] instanceof PyDict)) {
            throw PyExc.typeError("function() argument 'globals' must be dict, not " + a[1].getType().getName());
        }
        PyCode code = (PyCode) a[0];
        PyDict globals = (PyDict) a[1];
        org.taipan.modules.SysModule.audit("function.__new__", code);
        PyObject name = a[2] == null ? PyNone.NONE : a[2];
        PyObject argdefs = a[3] == null ? PyNone.NONE : a[3];
        PyObject closure = a[4] == null ? PyNone.NONE : a[4];
        if (name != PyNone.NONE && !(name instanceof PyUnicode)) {
            throw PyExc.typeError("arg 3 (name) must be None or string");
        }
        if (argdefs != PyNone.NONE && !(argdefs instanceof PyTuple)) {
            throw PyExc.typeError("arg 4 (defaults) must be None or tuple");
        }
        if (closure != PyNone.NONE && !(closure instanceof PyTuple)) {
            throw PyExc.typeError(code.nfree == 0 ? "arg 5 (closure) must be None or tuple" : "arg 5 (closure) must be tuple");
        }
        int given = closure == PyNone.NONE ? 0 : ((PyTuple) closure).size();
        if (given != code.nfree) {
            if (closure == PyNone.NONE) {
                throw PyExc.typeError("arg 5 (closure) must be tuple");
            }
            throw PyExc.valueError(code.data.name + " requires closure of length " + code.nfree + ", not " + given);
        }
        PyCell[] cells = null;
        if (given > 0) {
            cells = new PyCell[given];
            for (int i = 0; i < given; i++) {
                PyObject c = ((PyTuple) closure).get(i);
                if (!(c instanceof PyCell)) {
                    throw PyExc.typeError("arg 5 (closure) expected cell, found " + c.getType().getName());
                }
                cells[i] = (PyCell) c;
            }
        }
        // builtins come from globals['__builtins__'] when it is there, as for a frame
        PyObject b = globals.getStr("__builtins__");
        PyDict builtins = b instanceof PyModule ? b.getDict() : b instanceof PyDict ? (PyDict) b
                : org.taipan.vm.InterpreterState.main().builtins.getDict();
        PyFunction fn = new PyFunction(code, globals, builtins, null);
        if (name != PyNone.NONE) {
            fn.name = name;
        }
        if (argdefs != PyNone.NONE && ((PyTuple) argdefs).size() > 0) {
            fn.defaults = (PyTuple) argdefs;
        }
        fn.closure = cells;
        return fn;
    }

    static void setup(PyType t) {
        t.acceptsSubclasses = false;
        t.call = (f, args, off, nargs, kw) -> org.taipan.vm.FunctionCall.call((PyFunction) f, args, off, nargs, kw);
        t.newFunc = (type, args, off, nargs, kw) -> construct(args, off, nargs, kw);
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
        t.getset("__dict__", self -> self.getDict(), null);
    }
}
