package org.taipan.objects;

import java.util.Map;

/** The methods of {@code dict} and its views. */
final class DictMethods {
    private DictMethods() {
    }

    static PyType KEYS_TYPE;
    static PyType VALUES_TYPE;
    static PyType ITEMS_TYPE;

    /** {@code dict_keys}/{@code dict_values}/{@code dict_items}: live views over a dict. */
    static final class View extends PyObject {
        final PyDict dict;
        final int kind;

        View(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
        }

        @Override
        public PyType getType() {
            return kind == 0 ? KEYS_TYPE : kind == 1 ? VALUES_TYPE : ITEMS_TYPE;
        }
    }

    static void setupView(PyType t, int kind, String name) {
        t.acceptsSubclasses = false;
        t.len = self -> ((View) self).dict.size();
        t.iter = self -> new BuiltinTypeSetup.DictIter(((View) self).dict, kind);
        t.repr = self -> {
            StringBuilder sb = new StringBuilder(name).append("([");
            PyObject it = new BuiltinTypeSetup.DictIter(((View) self).dict, kind);
            boolean first = true;
            for (PyObject x = ((BuiltinTypeSetup.DictIter) it).next(); x != null; x = ((BuiltinTypeSetup.DictIter) it).next()) {
                sb.append(first ? "" : ", ").append(Abstract.repr(x).value);
                first = false;
            }
            return PyUnicode.of(sb.append("])").toString());
        };
        if (kind == 0) {
            t.contains = (self, k) -> ((View) self).dict.containsKey(k);
        } else if (kind == 2) {
            t.contains = (self, kv) -> {
                if (!(kv instanceof PyTuple) || ((PyTuple) kv).size() != 2) {
                    return false;
                }
                PyObject v = ((View) self).dict.getItem(((PyTuple) kv).get(0));
                return v != null && Abstract.richCompareBool(v, ((PyTuple) kv).get(1), CompareOp.EQ);
            };
        }
        if (kind != 1) {
            // keys and items views are set-like: & | - ^ give sets
            int[] ops = {1, 7, 10, 12};
            for (int op : ops) {
                t.nb[op] = (a, b) -> {
                    PySet x = new PySet(false);
                    x.update(a);
                    PySet y = new PySet(false);
                    try {
                        y.update(b);
                    } catch (PyException e) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    return NumberProtocol.binaryOp(x, y, op);
                };
            }
            t.richcompare = (a, b, op) -> {
                PySet x = new PySet(false);
                x.update(a);
                PyObject y = b;
                if (b instanceof View) {
                    PySet ys = new PySet(false);
                    ys.update(b);
                    y = ys;
                }
                if (!(y instanceof PySet)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                return Abstract.richCompare(x, y, op);
            };
        }
    }

    static void register(PyType t) {
        t.method("get", 1, 2, (self, a, off, n) -> {
            PyObject v = ((PyDict) self).getItem(a[off]);
            return v != null ? v : n > 1 ? a[off + 1] : PyNone.NONE;
        });
        t.method("keys", self -> new View((PyDict) self, 0));
        t.method("__reversed__", self -> {
            PyList keys = new PyList();
            keys.extend(self);
            PyObject[] items = keys.toArray();
            java.util.Collections.reverse(java.util.Arrays.asList(items));
            return new BuiltinTypeSetup.SeqIter(items, -1, null);
        });
        t.method("values", self -> new View((PyDict) self, 1));
        t.method("items", self -> new View((PyDict) self, 2));
        t.method("setdefault", 1, 2, (self, a, off, n) -> {
            PyDict d = (PyDict) self;
            PyObject v = d.getItem(a[off]);
            if (v == null) {
                v = n > 1 ? a[off + 1] : PyNone.NONE;
                d.setItem(a[off], v);
            }
            return v;
        });
        t.method("pop", 1, 2, (self, a, off, n) -> {
            PyObject v = ((PyDict) self).delItemOrNull(a[off]);
            if (v == null) {
                if (n > 1) {
                    return a[off + 1];
                }
                throw PyExc.keyError(a[off]);
            }
            return v;
        });
        t.method("popitem", self -> {
            PyDict d = (PyDict) self;
            if (d.size() == 0) {
                throw PyExc.keyError(PyUnicode.of("popitem(): dictionary is empty"));
            }
            Map.Entry<PyObject, PyObject> last = null;
            for (Map.Entry<PyObject, PyObject> e : d.entries()) {
                last = e;
            }
            d.delItemOrNull(last.getKey());
            return new PyTuple(last.getKey(), last.getValue());
        });
        t.methodKw("update", (self, a, off, n, kw) -> {
            ArgParser.checkCount("update", n, 0, 1);
            PyDict d = (PyDict) self;
            if (n == 1) {
                d.update(a[off]);
            }
            for (int i = 0; kw != null && i < kw.size(); i++) {
                d.setItem(kw.get(i), a[off + n + i]);
            }
            return PyNone.NONE;
        });
        t.method("copy", self -> {
            PyDict d = new PyDict();
            d.update(self);
            return d;
        });
        t.method("clear", self -> {
            ((PyDict) self).clear();
            return PyNone.NONE;
        });
        t.classMethod("fromkeys", (self, a, off, n, kw) -> {
            ArgParser.checkCount("fromkeys", n - 1, 1, 2);
            PyObject d = Abstract.call(a[off]);
            PyObject v = n > 2 ? a[off + 2] : PyNone.NONE;
            PyObject it = Abstract.getIter(a[off + 1]);
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                Abstract.setItem(d, k, v);
            }
            return d;
        });
        t.classMethod("__class_getitem__", (self, args, off, nargs, kw) -> new PyGenericAlias(args[off], args[off + 1]));
    }
}
