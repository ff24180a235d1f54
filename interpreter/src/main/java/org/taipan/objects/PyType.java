package org.taipan.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code type}: a Python class, built-in or defined in Python. It holds the class namespace
 * ({@code __dict__}), {@code __bases__}, the C3 {@code __mro__}, and the special-method slots
 * (CPython's {@code tp_*}/{@code nb_*}/{@code sq_*}/{@code mp_*}) resolved along the MRO, so that
 * the abstract operations ({@link Abstract}, {@link NumberProtocol}) dispatch through one field.
 *
 * <p>A built-in type is made by {@link #builtin}: its setup function fills the slots with Java
 * lambdas and registers its methods ({@link #method}); the slots it defines become
 * {@code wrapper_descriptor}s in its dict ({@code int.__add__}), and the rest are inherited from
 * the base. A class created in Python ({@link TypeCreation}) resolves every slot with
 * {@link TypeSlots#update}, which runs again when a dunder attribute of the class (or of a base)
 * changes.
 */
public class PyType extends PyObject {
    /** {@code type}; set by {@link CoreTypes}, which makes the types every other one needs. */
    public static PyType TYPE;
    private static final PyObject MISSING = PyNotImplemented.MISSING_MARKER;

    public String name;
    public String qualname;
    /** The metatype ({@code type(cls)}); null means {@code type} itself. */
    PyType metatype;
    public PyTuple bases;
    /** The first base in the instance layout sense (CPython's tp_base). */
    public PyType base;
    public PyType[] mro;
    public final PyDict dict = new PyDict();
    /** True for classes defined in Python (CPython's Py_TPFLAGS_HEAPTYPE): attributes settable. */
    public boolean isHeapType;
    /** Whether Python classes may derive from this type (Py_TPFLAGS_BASETYPE). */
    public boolean acceptsSubclasses = true;
    /** Instances of this class carry a {@code __dict__} (classes without {@code __slots__}). */
    public boolean instancesHaveDict;
    /**
     * The add slot is sequence concatenation (CPython's sq_concat, for str, bytes, bytearray,
     * list, tuple): it publishes {@code __add__} only, no reflected {@code __radd__}.
     */
    public boolean addIsConcat;
    /** Names declared in {@code __slots__} by this class and its bases, in layout order. */
    public String[] slotNames = new String[0];
    /** The empty {@link InstanceShape} this class's instances start from; made on first use. */
    InstanceShape instanceRootShape;
    /** The built-in type whose Java layout the instances use (object, int, list, …). */
    public PyType solidBase;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    private final HashMap<String, PyObject> lookupCache = new HashMap<>();
    /**
     * Changes whenever what {@link #lookup} answers may change (an attribute of this class or of
     * a class on its MRO is set or deleted): attribute caches keyed on (type, tag) stay valid
     * while it holds (CPython's {@code tp_version_tag} idea). Unique across types.
     */
    private int versionTag = ++lastVersionTag;
    private static int lastVersionTag;

    // --- slots (null when the type does not support the operation) ---
    public SlotFunctions.Unary repr, str, iter, neg, pos, invert, abs, index, asInt, asFloat;
    public SlotFunctions.IterNext iternext;
    public SlotFunctions.Hash hash;
    public SlotFunctions.RichCompare richcompare;
    public SlotFunctions.GetAttr getattro;
    public SlotFunctions.SetAttr setattro;
    public SlotFunctions.DescrGet descrGet;
    public SlotFunctions.DescrSet descrSet;
    public SlotFunctions.Call call;
    public SlotFunctions.Len len;
    public SlotFunctions.Inquiry bool;
    public SlotFunctions.Contains contains;
    public SlotFunctions.Binary getitem;
    public SlotFunctions.SetItem setitem;
    public SlotFunctions.New newFunc;
    public SlotFunctions.Init init;
    /** Number operators indexed by {@code org.taipan.compile.BinaryOp} ordinal (binary then in-place). */
    public final SlotFunctions.Binary[] nb = new SlotFunctions.Binary[26];

    PyType(String name, PyType metatype) {
        this.name = name;
        this.qualname = name;
        this.metatype = metatype;
    }

    @Override
    public PyType getType() {
        return metatype == null ? TYPE : metatype;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    /**
     * Creates a built-in type: {@code setup} fills its slots and methods; inherited slots come
     * from {@code base} afterwards. {@code object} is the base when {@code base} is null.
     */
    public static PyType builtin(String name, PyType base, Consumer<PyType> setup) {
        String module = null;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            // "types.GenericAlias": __module__ 'types', __name__ 'GenericAlias' (CPython's tp_name rule)
            module = name.substring(0, dot);
            name = name.substring(dot + 1);
        }
        PyType t = new PyType(name, null);
        if (module != null) {
            t.dict.setStr("__module__", PyUnicode.of(module));
        }
        t.setBases(base == null ? PyBaseObject.TYPE : base);
        if (setup != null) {
            setup.accept(t);
        }
        t.finishBuiltin();
        return t;
    }

    /** A built-in type with several bases ({@code ExceptionGroup}). */
    public static PyType builtinMulti(String name, PyType[] bases, Consumer<PyType> setup) {
        PyType t = new PyType(name, null);
        t.setBases(bases);
        if (setup != null) {
            setup.accept(t);
        }
        t.finishBuiltin();
        return t;
    }

    void setBases(PyType... bs) {
        this.bases = new PyTuple(bs);
        this.base = bs.length == 0 ? null : bs[0];
        this.solidBase = base == null ? this : (base.isHeapType ? base.solidBase : base);
        if (!isHeapType && base != null) {
            solidBase = this;
        }
        this.mro = bs.length == 0 ? new PyType[] {this} : Mro.compute(this, bs);
        for (PyType b : bs) {
            b.subclasses.add(new WeakReference<>(this));
        }
    }

    /** After setup: publish defined slots as wrapper descriptors, then inherit the others. */
    void finishBuiltin() {
        TypeSlots.addWrappers(this);
        if (base != null) {
            TypeSlots.inherit(this, base);
        }
        if (!dict.containsStr("__doc__")) {
            dict.setItem(PyUnicode.of("__doc__"), PyNone.NONE);
        }
    }

    // --- registration API for built-in types ---

    /** Registers a method ({@code method_descriptor}) taking no argument besides self. */
    public void method(String name, PyMethodDescr.M0 f) {
        dict.setItem(PyUnicode.of(name), new PyMethodDescr(this, name, 0, 0, f));
    }

    public void method(String name, PyMethodDescr.M1 f) {
        dict.setItem(PyUnicode.of(name), new PyMethodDescr(this, name, 1, 1, f));
    }

    public void method(String name, PyMethodDescr.M2 f) {
        dict.setItem(PyUnicode.of(name), new PyMethodDescr(this, name, 2, 2, f));
    }

    /** A method with {@code min..max} positional arguments (missing ones are null), no keywords. */
    public void method(String name, int min, int max, PyMethodDescr.MVar f) {
        dict.setItem(PyUnicode.of(name), new PyMethodDescr(this, name, min, max, f));
    }

    /** A method taking any arguments in the vectorcall convention (it parses them itself). */
    public void methodKw(String name, SlotFunctions.Call f) {
        dict.setItem(PyUnicode.of(name), new PyMethodDescr(this, name, f));
    }

    /** A class method ({@code dict.fromkeys}): receives the class as first argument. */
    public void classMethod(String name, SlotFunctions.Call f) {
        dict.setItem(PyUnicode.of(name), new PyClassMethodDescr(this, name, f));
    }

    /** A read-only (setter null) or writable computed attribute ({@code getset_descriptor}). */
    public void getset(String name, SlotFunctions.Unary getter, SlotFunctions.DescrSet setter) {
        dict.setItem(PyUnicode.of(name), new PyGetSetDescr(this, name, getter, setter));
    }

    public void attr(String name, PyObject value) {
        dict.setItem(PyUnicode.of(name), value);
    }

    // --- lookup ---

    /** {@code _PyType_Lookup}: the attribute found first along the MRO, not bound; null if none. */
    public PyObject lookup(String name) {
        PyObject v = lookupCache.get(name);
        if (v == null) {
            PyUnicode key = PyUnicode.of(name);
            v = MISSING;
            for (PyType t : mro) {
                PyObject x = t.dict.getItem(key);
                if (x != null) {
                    v = x;
                    break;
                }
            }
            lookupCache.put(name, v);
        }
        return v == MISSING ? null : v;
    }

    /** See {@link #versionTag}. */
    public int versionTag() {
        return versionTag;
    }

    /** The class along the MRO whose dict defines {@code name}, or null. */
    public PyType definingClass(String name) {
        PyUnicode key = PyUnicode.of(name);
        for (PyType t : mro) {
            if (t.dict.getItem(key) != null) {
                return t;
            }
        }
        return null;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Called after {@code cls.name = value} or a base's change: caches and slots follow. */
    public void attributeChanged(String name) {
        lookupCache.clear();
        versionTag = ++lastVersionTag;
        if (name.startsWith("__") && name.endsWith("__") && isHeapType) {
            TypeSlots.update(this);
        }
        for (WeakReference<PyType> ref : subclasses) {
            PyType sub = ref.get();
            if (sub != null) {
                sub.attributeChanged(name);
            }
        }
    }

    List<PyType> liveSubclasses() {
        List<PyType> r = new ArrayList<>();
        for (WeakReference<PyType> ref : subclasses) {
            PyType sub = ref.get();
            if (sub != null) {
                r.add(sub);
            }
        }
        return r;
    }

    /** {@code __module__} for messages: "builtins" types print bare names. */
    public String moduleName() {
        PyObject m = dict.getItem(PyUnicode.of("__module__"));
        if (m instanceof PyUnicode) {
            return ((PyUnicode) m).value;
        }
        return "builtins";
    }

    /** The name CPython prints in repr and in most messages ({@code tp_name}). */
    public String getName() {
        return name;
    }

    public boolean isDataDescriptorType() {
        return descrSet != null;
    }
}
