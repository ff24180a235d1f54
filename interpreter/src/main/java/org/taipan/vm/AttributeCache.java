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
 *
 * <p>Each way is one small object, so a hit reads one place: the type and tag to compare, then
 * the look-up's result and where the instance keeps the name (its {@link InstanceShape} index,
 * or an entry of its dict).
 */
public final class AttributeCache {
    private static final int WAYS = 4;
    private final Way[] ways = new Way[WAYS];
    /** The way the next new type replaces (round robin). */
    private int next;

    /** What one instruction remembers about one type. */
    private static final class Way {
        final PyType type;
        final int tag;
        /** The class attribute found along the MRO, or null. */
        final PyObject descr;
        /** The class attribute is a plain function or method descriptor (LOAD_METHOD may push it unbound). */
        final boolean plainMethod;
        /** The instance-dict entry where the name was last found (see {@link PyDict#valueIfKeyAt}). */
        int hint;
        /**
         * The last {@link InstanceShape} an instance had here and the index of the name in it (-1:
         * absent); for STORE_ATTR, {@link #grown} is the shape adding the name leads to (null when
         * the name was present). Shapes never change, so a match needs no other check.
         */
        InstanceShape shape;
        int slot;
        InstanceShape grown;

        Way(PyType type, int tag, PyObject descr) {
            this.type = type;
            this.tag = tag;
            this.descr = descr;
            this.plainMethod = descr instanceof PyFunctionLike || descr instanceof PyMethodDescr;
        }
    }

    private AttributeCache() {
    }

    /** LOAD_ATTR: {@code obj.name} for the instruction at {@code pc}. */
    static PyObject loadAttr(PyCode code, int pc, PyObject obj, PyUnicode name) {
        PyType t = obj.getType();
        AttributeCache c = cacheFor(code, pc);
        Way w = c.way(t);
        if (w == null) {
            w = c.fill(t, name, false);
        }
        if (w != null) {
            PyObject v = genericHinted(w, obj, t, name);
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
        Way w = c.way(t);
        if (w == null) {
            w = c.fill(t, name, false);
        }
        if (w != null) {
            if (w.plainMethod && !(obj instanceof PyModule) && ownAttribute(w, obj, name) == null) {
                s[sp - 1] = w.descr;
                s[sp++] = obj;
                return sp;
            }
            PyObject v = genericHinted(w, obj, t, name);
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
        Way w = c.way(t);
        if (w == null) {
            w = c.fill(t, name, true);
        }
        if (w != null) {
            PyObject descr = w.descr;
            if (descr != null) {
                SlotFunctions.DescrSet set = descr.getType().descrSet;
                if (set != null) {
                    set.set(descr, obj, value);
                    return;
                }
            }
            if (obj instanceof PyInstance && storeInShape(w, (PyInstance) obj, name, value)) {
                return;
            }
            PyDict dict = obj.getDict();
            if (dict != null) {
                int e = w.hint;
                if (dict.valueIfKeyAt(e, name) != null) {
                    dict.replaceValueAt(e, value);
                } else {
                    w.hint = dict.setItemEntry(name, value);
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

    /** The way holding {@code t} with its current tag, or null. */
    private Way way(PyType t) {
        Way[] ws = ways;
        for (int i = 0; i < WAYS; i++) {
            Way w = ws[i];
            if (w != null && w.type == t) {
                return w.tag == t.versionTag() ? w : null;
            }
        }
        return null;
    }

    /** Caches the look-up for {@code t} (replacing its stale way or the oldest); null if not cacheable. */
    private Way fill(PyType t, PyUnicode name, boolean store) {
        if (store ? t.setattro != PyBaseObject.TYPE.setattro
                : t.getattro != PyBaseObject.TYPE.getattro && t != PyModule.TYPE) {
            return null;
        }
        int i = -1;
        for (int j = 0; j < WAYS; j++) {
            if (ways[j] != null && ways[j].type == t) {
                i = j;
            }
        }
        if (i < 0) {
            i = next;
            next = (next + 1) % WAYS;
        }
        int tag = t.versionTag(); // before the look-up: a change during it leaves the way stale
        Way w = new Way(t, tag, t.lookup(name.value));
        ways[i] = w;
        return w;
    }

    /**
     * {@code object.__getattribute__} given way {@code w}'s look-up result (as
     * {@link PyBaseObject#genericGetAttrOrNull}); null when it finds nothing.
     */
    private static PyObject genericHinted(Way w, PyObject obj, PyType t, PyUnicode name) {
        PyObject descr = w.descr;
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
    private static PyObject ownAttribute(Way w, PyObject obj, PyUnicode name) {
        if (obj instanceof PyInstance) {
            PyInstance inst = (PyInstance) obj;
            InstanceShape sh = inst.shape();
            if (sh != null && name.getClass() == PyUnicode.class) {
                int i;
                if (w.shape == sh) {
                    i = w.slot;
                } else {
                    i = sh.indexOf(name);
                    w.shape = sh;
                    w.slot = i;
                    w.grown = null;
                }
                return i < 0 ? null : inst.valueAt(i);
            }
            if (sh != null) {
                return inst.attribute(name);
            }
        }
        PyDict dict = obj.getDict();
        if (dict != null) {
            PyObject v = dict.valueIfKeyAt(w.hint, name);
            if (v != null) {
                return v;
            }
            int e = dict.entryOf(name);
            if (e >= 0) {
                w.hint = e;
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
    private static boolean storeInShape(Way w, PyInstance inst, PyUnicode name, PyObject value) {
        InstanceShape sh = inst.shape();
        if (sh == null || name.getClass() != PyUnicode.class) {
            return false;
        }
        if (w.shape != sh) {
            int i = sh.indexOf(name);
            InstanceShape g = null;
            if (i < 0) {
                g = inst.shapeWith(name);
                if (g == null) {
                    return false;
                }
            }
            w.shape = sh;
            w.slot = i;
            w.grown = g;
        }
        InstanceShape g = w.grown;
        if (g == null) {
            inst.setValueAt(w.slot, value);
        } else {
            inst.extend(g, value);
        }
        return true;
    }
}
