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
 * The cache of one LOAD_ATTR or LOAD_METHOD instruction: the type last seen there, its
 * {@link PyType#versionTag} then, and what the class look-up along the MRO gave for the name
 * (null when nothing). While the object's type is that type and its tag is unchanged, the look-up
 * would give the same answer, so only the rest of {@code object.__getattribute__}'s rule runs:
 * data descriptor, instance dict, other descriptor or class attribute. Only types whose attribute
 * access is the generic one (and modules, whose {@code __getattr__} applies only after it finds
 * nothing) are cached; anything else, and any miss of the rule, takes the full path.
 */
public final class AttributeCache {
    private PyType type;
    private int tag;
    /** The class attribute found along the MRO, or null. */
    private PyObject descr;

    private AttributeCache() {
    }

    /** LOAD_ATTR: {@code obj.name} for the instruction at {@code pc}. */
    static PyObject loadAttr(PyCode code, int pc, PyObject obj, PyUnicode name) {
        PyType t = obj.getType();
        AttributeCache c = entry(code, pc, t);
        if (c != null) {
            PyObject v = generic(c.descr, obj, t, name);
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
        AttributeCache c = entry(code, pc, t);
        if (c != null) {
            PyObject descr = c.descr;
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

    /** This instruction's cache when it holds (type, current tag), filling it otherwise; null if not cacheable. */
    private static AttributeCache entry(PyCode code, int pc, PyType t) {
        AttributeCache[] caches = code.attributeCaches;
        if (caches != null) {
            AttributeCache c = caches[pc];
            if (c != null && c.type == t && c.tag == t.versionTag()) {
                return c;
            }
        }
        return fill(code, pc, t);
    }

    private static AttributeCache fill(PyCode code, int pc, PyType t) {
        if (t.getattro != PyBaseObject.TYPE.getattro && t != PyModule.TYPE) {
            return null;
        }
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
        int tag = t.versionTag(); // before the look-up: a change during it leaves the entry stale
        c.descr = t.lookup(code.names[pcName(code, pc)].value);
        c.type = t;
        c.tag = tag;
        return c;
    }

    private static int pcName(PyCode code, int pc) {
        return code.code[pc] >>> 8;
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
