package org.taipan.vm;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyBaseObject;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyFunctionLike;
import org.taipan.objects.PyMethodDescr;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;
import org.taipan.objects.SlotFunctions;

/**
 * The cache of one LOAD_ATTR, LOAD_METHOD or STORE_ATTR instruction: for up to {@link #WAYS}
 * types last seen there (a call site often sees a few subclasses), the type's
 * {@link PyType#versionTag} then and what the class look-up along the MRO gave for the name
 * (null when nothing). While the object's type is one of them with an unchanged tag, the look-up
 * would give the same answer, so only the rest of {@code object.__getattribute__}'s (or
 * {@code __setattr__}'s) rule runs: data descriptor, instance dict, other descriptor or class
 * attribute. Only types whose attribute access is the generic one (and, for loads, modules, whose
 * {@code __getattr__} applies only after the generic rule finds nothing) are cached; anything
 * else, and any miss of the rule (an AttributeError to raise), takes the full path.
 */
public final class AttributeCache {
    private static final int WAYS = 4;
    private final PyType[] types = new PyType[WAYS];
    private final int[] tags = new int[WAYS];
    /** The class attribute found along the MRO for each type, or null. */
    private final PyObject[] descrs = new PyObject[WAYS];
    /** The way the next new type replaces (round robin). */
    private int next;

    private AttributeCache() {
    }

    /** LOAD_ATTR: {@code obj.name} for the instruction at {@code pc}. */
    static PyObject loadAttr(PyCode code, int pc, PyObject obj, PyUnicode name) {
        PyType t = obj.getType();
        AttributeCache c = cacheFor(code, pc);
        int w = c.way(t);
        if (w < 0) {
            w = c.fill(t, name, false);
        }
        if (w >= 0) {
            PyObject v = generic(c.descrs[w], obj, t, name);
            if (v != null) {
                return v;
            }
        }
        return Abstract.getAttr(obj, name);
    }

    /**
     * LOAD_METHOD: pushes (method, self) when the class attribute is a plain function or method
     * descriptor the instance dict does not shadow, else (NULL, attribute); returns the new sp.
     */
    static int loadMethod(PyCode code, int pc, PyObject[] s, int sp, PyUnicode name) {
        PyObject obj = s[sp - 1];
        PyType t = obj.getType();
        AttributeCache c = cacheFor(code, pc);
        int w = c.way(t);
        if (w < 0) {
            w = c.fill(t, name, false);
        }
        if (w >= 0) {
            PyObject descr = c.descrs[w];
            if ((descr instanceof PyFunctionLike || descr instanceof PyMethodDescr) && !(obj instanceof PyModule)) {
                PyDict d = obj.getDict();
                if (d == null || d.getItem(name) == null) {
                    s[sp - 1] = descr;
                    s[sp++] = obj;
                    return sp;
                }
            }
            PyObject v = generic(descr, obj, t, name);
            if (v != null) {
                s[sp - 1] = null;
                s[sp++] = v;
                return sp;
            }
        }
        return ColdOps.loadMethod(s, sp, name);
    }

    /** STORE_ATTR: {@code obj.name = value} for the instruction at {@code pc}. */
    static void storeAttr(PyCode code, int pc, PyObject obj, PyUnicode name, PyObject value) {
        PyType t = obj.getType();
        AttributeCache c = cacheFor(code, pc);
        int w = c.way(t);
        if (w < 0) {
            w = c.fill(t, name, true);
        }
        if (w >= 0) {
            PyObject descr = c.descrs[w];
            if (descr != null) {
                SlotFunctions.DescrSet set = descr.getType().descrSet;
                if (set != null) {
                    set.set(descr, obj, value);
                    return;
                }
            }
            PyDict dict = obj.getDict();
            if (dict != null) {
                dict.setItem(name, value);
                return;
            }
        }
        Abstract.setAttr(obj, name, value); // the general rule, and its errors
    }

    private static AttributeCache cacheFor(PyCode code, int pc) {
        AttributeCache[] caches = code.attributeCaches;
        if (caches == null) {
            caches = new AttributeCache[code.code.length];
            code.attributeCaches = caches;
        }
        AttributeCache c = caches[pc];
        if (c == null) {
            c = new AttributeCache();
            caches[pc] = c;
        }
        return c;
    }

    /** The way holding {@code t} with its current tag, or -1. */
    private int way(PyType t) {
        PyType[] ts = types;
        for (int i = 0; i < WAYS; i++) {
            if (ts[i] == t) {
                return tags[i] == t.versionTag() ? i : -1;
            }
        }
        return -1;
    }

    /** Caches the look-up for {@code t} (replacing its stale way or the oldest); -1 if not cacheable. */
    private int fill(PyType t, PyUnicode name, boolean store) {
        if (store ? t.setattro != PyBaseObject.TYPE.setattro
                : t.getattro != PyBaseObject.TYPE.getattro && t != PyModule.TYPE) {
            return -1;
        }
        int w = -1;
        for (int i = 0; i < WAYS; i++) {
            if (types[i] == t) {
                w = i;
            }
        }
        if (w < 0) {
            w = next;
            next = (next + 1) % WAYS;
        }
        int tag = t.versionTag(); // before the look-up: a change during it leaves the way stale
        descrs[w] = t.lookup(name.value);
        types[w] = t;
        tags[w] = tag;
        return w;
    }

    /**
     * {@code object.__getattribute__} given the class look-up's result (as
     * {@link PyBaseObject#genericGetAttrOrNull}); null when it finds nothing.
     */
    private static PyObject generic(PyObject descr, PyObject obj, PyType t, PyUnicode name) {
        SlotFunctions.DescrGet get = null;
        if (descr != null) {
            PyType dt = descr.getType();
            get = dt.descrGet;
            if (get != null && dt.descrSet != null) {
                return get.get(descr, obj, t);
            }
        }
        PyDict dict = obj.getDict();
        if (dict != null) {
            PyObject v = dict.getItem(name);
            if (v != null) {
                return v;
            }
        }
        if (get != null) {
            return get.get(descr, obj, t);
        }
        return descr;
    }
}
