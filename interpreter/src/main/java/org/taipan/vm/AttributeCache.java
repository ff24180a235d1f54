package org.taipan.vm;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyBaseObject;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.InstanceShape;
import org.taipan.objects.PyFunctionLike;
import org.taipan.objects.PyInstance;
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
    /** Per way: the instance-dict entry where the name was last found (see {@link PyDict#valueIfKeyAt}). */
    private final int[] hints = new int[WAYS];
    /**
     * Per way: the last {@link InstanceShape} an instance had here and the index of the name in it
     * (-1: absent); for STORE_ATTR, {@link #grown} is the shape adding the name leads to (null
     * when the name was present). Shapes never change, so a match needs no other check.
     */
    private final InstanceShape[] shapes = new InstanceShape[WAYS];
    private final int[] slots = new int[WAYS];
    private final InstanceShape[] grown = new InstanceShape[WAYS];
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
            PyObject v = c.genericHinted(w, obj, t, name);
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
            if ((descr instanceof PyFunctionLike || descr instanceof PyMethodDescr) && !(obj instanceof PyModule)
                    && c.ownAttribute(w, obj, name) == null) {
                s[sp - 1] = descr;
                s[sp++] = obj;
                return sp;
            }
            PyObject v = c.genericHinted(w, obj, t, name);
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
            if (obj instanceof PyInstance && c.storeInShape(w, (PyInstance) obj, name, value)) {
                return;
            }
            PyDict dict = obj.getDict();
            if (dict != null) {
                int e = c.hints[w];
                if (dict.valueIfKeyAt(e, name) != null) {
                    dict.replaceValueAt(e, value);
                } else {
                    c.hints[w] = dict.setItemEntry(name, value);
                }
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

    /** {@link #generic} for way {@code w}, probing the instance dict at the way's hint first. */
    private PyObject genericHinted(int w, PyObject obj, PyType t, PyUnicode name) {
        PyObject descr = descrs[w];
        SlotFunctions.DescrGet get = null;
        if (descr != null) {
            PyType dt = descr.getType();
            get = dt.descrGet;
            if (get != null && dt.descrSet != null) {
                return get.get(descr, obj, t);
            }
        }
        PyObject v = ownAttribute(w, obj, name);
        if (v != null) {
            return v;
        }
        if (get != null) {
            return get.get(descr, obj, t);
        }
        return descr;
    }

    /**
     * {@code name} among the object's own attributes, or null: by the way's shape (an instance
     * without a dict) or the way's entry hint (a dict), hashing only when both miss.
     */
    private PyObject ownAttribute(int w, PyObject obj, PyUnicode name) {
        if (obj instanceof PyInstance) {
            PyInstance inst = (PyInstance) obj;
            InstanceShape sh = inst.shape();
            if (sh != null && name.getClass() == PyUnicode.class) {
                int i;
                if (shapes[w] == sh) {
                    i = slots[w];
                } else {
                    i = sh.indexOf(name);
                    shapes[w] = sh;
                    slots[w] = i;
                    grown[w] = null;
                }
                return i < 0 ? null : inst.valueAt(i);
            }
            if (sh != null) {
                return inst.attribute(name);
            }
        }
        PyDict dict = obj.getDict();
        if (dict != null) {
            PyObject v = dict.valueIfKeyAt(hints[w], name);
            if (v != null) {
                return v;
            }
            int e = dict.entryOf(name);
            if (e >= 0) {
                hints[w] = e;
                return dict.valueAt(e);
            }
        }
        return null;
    }

    /**
     * Stores {@code name} in an instance kept without a dict: at the way's index when the
     * instance has the way's shape, or by moving it to the way's grown shape; false when the
     * instance keeps a dict (or must start one now), for the caller's dict path.
     */
    private boolean storeInShape(int w, PyInstance inst, PyUnicode name, PyObject value) {
        InstanceShape sh = inst.shape();
        if (sh == null || name.getClass() != PyUnicode.class) {
            return false;
        }
        if (shapes[w] != sh) {
            int i = sh.indexOf(name);
            InstanceShape g = null;
            if (i < 0) {
                g = inst.shapeWith(name);
                if (g == null) {
                    return false;
                }
            }
            shapes[w] = sh;
            slots[w] = i;
            grown[w] = g;
        }
        InstanceShape g = grown[w];
        if (g == null) {
            inst.setValueAt(slots[w], value);
        } else {
            inst.extend(g, value);
        }
        return true;
    }
}
