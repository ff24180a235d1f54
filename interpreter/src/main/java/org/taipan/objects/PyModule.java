package org.taipan.objects;

/** {@code module}: a namespace ({@code __dict__}) with a name; built-in and imported modules alike. */
public class PyModule extends PyObject {
    public static PyType TYPE;
    final PyDict dict;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        dict.setStr("__name__", PyUnicode.of(name));
        // A new module's namespace, as ModuleType makes it: __name__, __doc__, __package__, __loader__, __spec__.
        for (String k : new String[] {"__doc__", "__package__", "__loader__", "__spec__"}) {
            if (!dict.containsStr(k)) {
                dict.setStr(k, PyNone.NONE);
            }
        }
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    public String name() {
        PyObject n = dict.getStr("__name__");
        return n instanceof PyUnicode ? ((PyUnicode) n).value : "?";
    }

    /** Adds a module-level function implemented in Java. */
    public PyBuiltinFunction addFunction(String name, SlotFunctions.Call impl) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, this, impl);
        f.module = name();
        dict.setStr(name, f);
        return f;
    }

    public void add(String name, PyObject value) {
        dict.setStr(name, value);
    }

    static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> new PyModule("?");
        t.init = (self, args, off, nargs, kw) -> {
            ArgParser.checkCount("module", nargs, 1, 2);
            PyModule m = (PyModule) self;
            m.dict.setStr("__name__", args[off]);
            m.dict.setStr("__doc__", nargs > 1 ? args[off + 1] : PyNone.NONE);
        };
        t.repr = self -> {
            PyModule m = (PyModule) self;
            PyObject file = m.dict.getStr("__file__");
            if (file instanceof PyUnicode) {
                return PyUnicode.of("<module '" + m.name() + "' from '" + ((PyUnicode) file).value + "'>");
            }
            return PyUnicode.of("<module '" + m.name() + "' (built-in)>");
        };
        t.getattro = (self, name) -> {
            PyObject v = PyBaseObject.genericGetAttrOrNull(self, name);
            if (v != null) {
                return v;
            }
            PyModule m = (PyModule) self;
            PyObject ga = m.dict.getStr("__getattr__");
            if (ga != null) {
                return Abstract.call(ga, name);
            }
            throw PyExc.attributeError(self, name);
        };
        t.getset("__dict__", self -> self.getDict(), null);
        t.method("__dir__", self -> {
            // PEP 562: a module-level __dir__ function answers dir(module).
            PyObject custom = ((PyModule) self).dict.getStr("__dir__");
            if (custom != null) {
                return Abstract.call(custom);
            }
            PyList l = new PyList();
            for (PyObject k : ((PyModule) self).dict.keySet()) {
                l.append(k);
            }
            return l;
        });
    }
}
