package org.taipan.objects;

/** {@code property}: a data descriptor calling fget/fset/fdel. */
public class PyProperty extends PyObject {
    public static PyType TYPE;
    PyObject fget = PyNone.NONE;
    PyObject fset = PyNone.NONE;
    PyObject fdel = PyNone.NONE;
    PyObject doc = PyNone.NONE;
    String name;

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static final String[] PARAMS = {"fget", "fset", "fdel", "doc"};

    private PyProperty copyWith(int which, PyObject f) {
        PyProperty p = (PyProperty) Abstract.call(getType());
        p.fget = which == 0 ? f : fget;
        p.fset = which == 1 ? f : fset;
        p.fdel = which == 2 ? f : fdel;
        p.doc = doc;
        p.name = name;
        return p;
    }

    static void setup(PyType t) {
        t.newFunc = (type, args, off, nargs, kw) -> {
            if (type == TYPE) {
                return new PyProperty();
            }
            return new Derived(type);
        };
        t.init = (self, args, off, nargs, kw) -> {
            PyObject[] a = ArgParser.bind("property", PARAMS, 0, 0, args, off, nargs, kw);
            PyProperty p = (PyProperty) self;
            p.fget = a[0] == null ? PyNone.NONE : a[0];
            p.fset = a[1] == null ? PyNone.NONE : a[1];
            p.fdel = a[2] == null ? PyNone.NONE : a[2];
            p.doc = a[3] == null ? PyNone.NONE : a[3];
            if (p.doc == PyNone.NONE && p.fget != PyNone.NONE) {
                PyObject d = Abstract.getAttrOrNull(p.fget, "__doc__");
                if (d != null) {
                    p.doc = d;
                }
            }
        };
        t.descrGet = (d, obj, type) -> {
            if (obj == null) {
                return d;
            }
            PyProperty p = (PyProperty) d;
            if (p.fget == PyNone.NONE) {
                throw PyExc.attributeErrorFor(obj, PyUnicode.of(String.valueOf(p.name)), p.name == null
                        ? "unreadable attribute"
                        : "property '" + p.name + "' of '" + obj.getType().getName() + "' object has no getter");
            }
            return Abstract.call(p.fget, obj);
        };
        t.descrSet = (d, obj, value) -> {
            PyProperty p = (PyProperty) d;
            PyObject f = value == null ? p.fdel : p.fset;
            if (f == PyNone.NONE) {
                String what = value == null ? "deleter" : "setter";
                throw PyExc.attributeErrorFor(obj, PyUnicode.of(String.valueOf(p.name)), p.name == null
                        ? (value == null ? "can't delete attribute" : "can't set attribute")
                        : "property '" + p.name + "' of '" + obj.getType().getName() + "' object has no " + what);
            }
            if (value == null) {
                Abstract.call(f, obj);
            } else {
                Abstract.call(f, obj, value);
            }
        };
        t.method("getter", (self, f) -> ((PyProperty) self).copyWith(0, f));
        t.method("setter", (self, f) -> ((PyProperty) self).copyWith(1, f));
        t.method("deleter", (self, f) -> ((PyProperty) self).copyWith(2, f));
        t.method("__set_name__", (self, owner, name) -> {
            if (name instanceof PyUnicode) {
                ((PyProperty) self).name = ((PyUnicode) name).value;
            }
            return PyNone.NONE;
        });
        t.getset("fget", self -> ((PyProperty) self).fget, null);
        t.getset("fset", self -> ((PyProperty) self).fset, null);
        t.getset("fdel", self -> ((PyProperty) self).fdel, null);
        t.getset("__doc__", self -> ((PyProperty) self).doc, (d, self, v) -> ((PyProperty) self).doc = v);
        t.getset("__isabstractmethod__", self -> PyBool.FALSE, null);
    }

    static final class Derived extends PyProperty {
        private final PyType type;
        private final PyDict dict = new PyDict();

        Derived(PyType type) {
            this.type = type;
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
}
