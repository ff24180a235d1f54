package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.CompareOp;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBuiltinFunction;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyNotImplemented;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/** The {@code functools} module: reduce, partial, wraps/update_wrapper, cmp_to_key, lru_cache/cache, total_ordering. */
final class FunctoolsModule {
    private FunctoolsModule() {
    }

    private static final String[] ASSIGNED = {"__module__", "__name__", "__qualname__", "__doc__"};

    static PyObject updateWrapper(PyObject wrapper, PyObject wrapped) {
        for (String a : ASSIGNED) {
            PyObject v = Abstract.getAttrOrNull(wrapped, a);
            if (v != null) {
                Abstract.setAttr(wrapper, a, v);
            }
        }
        PyObject wd = Abstract.getAttrOrNull(wrapper, "__dict__");
        PyObject d = Abstract.getAttrOrNull(wrapped, "__dict__");
        if (wd instanceof PyDict && d instanceof PyDict) {
            ((PyDict) wd).update(d);
        }
        Abstract.setAttr(wrapper, "__wrapped__", wrapped);
        return wrapper;
    }

    static PyModule create() {
        PyModule m = new PyModule("functools");
        m.addFunction("reduce", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("reduce", kw);
            ArgParser.checkCount("reduce", n, 2, 3);
            PyObject it = Abstract.getIter(a[off + 1]);
            PyObject acc = n == 3 ? a[off + 2] : Abstract.next(it);
            if (acc == null) {
                throw PyExc.typeError("reduce() of empty iterable with no initial value");
            }
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                acc = Abstract.call(a[off], acc, x);
            }
            return acc;
        });
        m.addFunction("update_wrapper", (self, a, off, n, kw) -> {
            ArgParser.checkCount("update_wrapper", n, 2, 2);
            return updateWrapper(a[off], a[off + 1]);
        });
        m.addFunction("wraps", (self, a, off, n, kw) -> {
            ArgParser.checkCount("wraps", n, 1, 1);
            PyObject wrapped = a[off];
            return new PyBuiltinFunction("decorator", null, (s2, b, o2, n2, k2) -> updateWrapper(b[o2], wrapped));
        });
        m.add("partial", PartialType.TYPE);
        m.addFunction("cmp_to_key", (self, a, off, n, kw) -> {
            ArgParser.checkCount("cmp_to_key", n, 1, 1);
            PyObject cmp = a[off];
            return new PyBuiltinFunction("K", null, (s2, b, o2, n2, k2) -> new CmpKey(cmp, b[o2]));
        });
        m.addFunction("lru_cache", (self, a, off, n, kw) -> {
            if (n == 1 && Abstract.isCallable(a[off]) && !(a[off] instanceof PyLong)) {
                return new Cached(a[off], "128");
            }
            PyObject[] p = ArgParser.bind("lru_cache", new String[] {"maxsize", "typed"}, 0, 0, a, off, n, kw);
            String max = p[0] == null ? "128" : Abstract.repr(p[0]).value;
            return new PyBuiltinFunction("decorating_function", null, (s2, b, o2, n2, k2) -> new Cached(b[o2], max));
        });
        m.addFunction("cache", (self, a, off, n, kw) -> new Cached(a[off], "None"));
        m.addFunction("total_ordering", (self, a, off, n, kw) -> totalOrdering((PyType) a[off]));
        return m;
    }

    private static PyObject totalOrdering(PyType cls) {
        String[] ops = {"__lt__", "__le__", "__gt__", "__ge__"};
        String root = null;
        for (String op : ops) {
            PyObject f = cls.lookup(op);
            if (f != null && f != org.taipan.objects.PyBaseObject.TYPE.lookup(op)) {
                root = op;
                break;
            }
        }
        if (root == null) {
            throw PyExc.valueError("must define at least one ordering operation: < > <= >=");
        }
        final String r = root;
        for (String op : ops) {
            PyObject f = cls.lookup(op);
            if (f != null && f != org.taipan.objects.PyBaseObject.TYPE.lookup(op)) {
                continue;
            }
            final String target = op;
            PyObject derived = org.taipan.objects.PyMethodDescr.of(cls, op, (self, b, o2, n2, k2) -> {
                PyObject other = b[o2];
                PyObject base = Abstract.callMethod(self, r, other);
                if (base == PyNotImplemented.NOT_IMPLEMENTED) {
                    return base;
                }
                boolean v = Abstract.isTrue(base);
                boolean eq = Abstract.richCompareBool(self, other, CompareOp.EQ);
                boolean res;
                switch (r + target) {
                    case "__lt____gt__": res = !v && !eq; break;
                    case "__lt____le__": res = v || eq; break;
                    case "__lt____ge__": res = !v; break;
                    case "__le____lt__": res = v && !eq; break;
                    case "__le____gt__": res = !v; break;
                    case "__le____ge__": res = !v || eq; break;
                    case "__gt____lt__": res = !v && !eq; break;
                    case "__gt____ge__": res = v || eq; break;
                    case "__gt____le__": res = !v; break;
                    case "__ge____le__": res = !v || eq; break;
                    case "__ge____gt__": res = v && !eq; break;
                    default: res = !v; break;
                }
                return PyBool.of(res);
            });
            Abstract.setAttr(cls, op, derived);
        }
        return cls;
    }

    /** {@code functools.partial}. */
    static final class PartialType extends PyObject {
        static final PyType TYPE = PyType.builtin("functools.partial", null, t -> {
            t.newFunc = (type, a, off, n, kw) -> {
                if (n < 1) {
                    throw PyExc.typeError("type 'partial' takes at least one argument");
                }
                if (!Abstract.isCallable(a[off])) {
                    throw PyExc.typeError("the first argument must be callable");
                }
                PyDict kws = new PyDict();
                for (int i = 0; kw != null && i < kw.size(); i++) {
                    kws.setItem(kw.get(i), a[off + n + i]);
                }
                return new PartialType(a[off], PyTuple.copyOf(a, off + 1, n - 1), kws);
            };
            t.call = (self, a, off, n, kw) -> {
                PartialType p = (PartialType) self;
                PyObject[] all = new PyObject[p.args.size() + n];
                for (int i = 0; i < p.args.size(); i++) {
                    all[i] = p.args.get(i);
                }
                System.arraycopy(a, off, all, p.args.size(), n);
                PyDict kws = new PyDict();
                kws.update(p.keywords);
                for (int i = 0; kw != null && i < kw.size(); i++) {
                    kws.setItem(kw.get(i), a[off + n + i]);
                }
                return Abstract.callArgs(p.func, new PyTuple(all), kws);
            };
            t.getset("func", self -> ((PartialType) self).func, null);
            t.getset("args", self -> ((PartialType) self).args, null);
            t.getset("keywords", self -> ((PartialType) self).keywords, null);
            t.repr = self -> {
                PartialType p = (PartialType) self;
                StringBuilder sb = new StringBuilder("functools.partial(").append(Abstract.repr(p.func).value);
                for (PyObject x : p.args.items()) {
                    sb.append(", ").append(Abstract.repr(x).value);
                }
                for (java.util.Map.Entry<PyObject, PyObject> e : p.keywords.entries()) {
                    sb.append(", ").append(Abstract.str(e.getKey()).value).append('=').append(Abstract.repr(e.getValue()).value);
                }
                return PyUnicode.of(sb.append(')').toString());
            };
            t.descrGet = null;
        });
        final PyObject func;
        final PyTuple args;
        final PyDict keywords;

        PartialType(PyObject func, PyTuple args, PyDict keywords) {
            this.func = func;
            this.args = args;
            this.keywords = keywords;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    /** The key object cmp_to_key makes: compares through the cmp function. */
    static final class CmpKey extends PyObject {
        static final PyType TYPE = PyType.builtin("functools.KeyWrapper", null, t -> {
            t.richcompare = (a, b, op) -> {
                if (!(b instanceof CmpKey)) {
                    throw PyExc.typeError("other argument must be K instance");
                }
                PyObject c = Abstract.call(((CmpKey) a).cmp, ((CmpKey) a).obj, ((CmpKey) b).obj);
                return Abstract.richCompare(c, PyLong.of(0), op);
            };
            t.hash = org.taipan.objects.TypeSlots.HASH_NOT_IMPLEMENTED;
            t.getset("obj", self -> ((CmpKey) self).obj, null);
        });
        final PyObject cmp;
        final PyObject obj;

        CmpKey(PyObject cmp, PyObject obj) {
            this.cmp = cmp;
            this.obj = obj;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    /** {@code lru_cache}/{@code cache} wrapper (unbounded; cache_info counts hits and misses). */
    static final class Cached extends PyObject {
        static final PyType TYPE = PyType.builtin("functools._lru_cache_wrapper", null, t -> {
            t.call = (self, a, off, n, kw) -> {
                Cached c = (Cached) self;
                PyObject[] keyItems = new PyObject[n + 2 * (kw == null ? 0 : kw.size())];
                System.arraycopy(a, off, keyItems, 0, n);
                for (int i = 0; kw != null && i < kw.size(); i++) {
                    keyItems[n + 2 * i] = kw.get(i);
                    keyItems[n + 2 * i + 1] = a[off + n + i];
                }
                PyTuple key = new PyTuple(keyItems);
                PyObject v = c.cache.getItem(key);
                if (v != null) {
                    c.hits++;
                    return v;
                }
                c.misses++;
                v = Abstract.call(c.func, a, off, n, kw);
                c.cache.setItem(key, v);
                return v;
            };
            t.descrGet = (d, obj, type) -> obj == null ? d : new org.taipan.objects.PyMethod(d, obj);
            t.method("cache_info", self -> {
                Cached c = (Cached) self;
                return PyUnicode.of("CacheInfo(hits=" + c.hits + ", misses=" + c.misses + ", maxsize=" + c.maxsize + ", currsize="
                        + c.cache.size() + ")");
            });
            t.method("cache_clear", self -> {
                Cached c = (Cached) self;
                c.cache.clear();
                c.hits = 0;
                c.misses = 0;
                return PyNone.NONE;
            });
            t.instancesHaveDict = true;
            t.getset("__dict__", self -> self.getDict(), null);
        });
        final PyObject func;
        final PyDict cache = new PyDict();
        final PyDict dict = new PyDict();
        long hits;
        long misses;

        final String maxsize;

        Cached(PyObject func, String maxsize) {
            this.func = func;
            this.maxsize = maxsize;
            updateWrapper(this, func);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }
    }
}
