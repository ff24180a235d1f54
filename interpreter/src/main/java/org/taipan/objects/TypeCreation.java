package org.taipan.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code type.__new__(metatype, name, bases, namespace, **kwargs)}: creating a class in Python
 * (CPython's {@code type_new}): the winning metaclass, the instance layout base, {@code __slots__},
 * {@code __classcell__}, implicit {@code __hash__ = None}, staticmethod/classmethod wrapping of
 * {@code __new__}/{@code __init_subclass__}/{@code __class_getitem__}, slot resolution, then
 * {@code __set_name__} and the parent's {@code __init_subclass__}.
 */
public final class TypeCreation {
    private TypeCreation() {
    }

    /** The most derived metaclass of {@code meta} and the bases' metaclasses. */
    public static PyType calculateMetaclass(PyType meta, PyTuple bases) {
        PyType winner = meta;
        for (PyObject b : bases.items()) {
            PyType bt = b.getType();
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw PyExc.typeError("metaclass conflict: the metaclass of a derived class must be a "
                    + "(non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    static PyObject typeNew(PyType metatype, PyObject[] args, int off, int nargs, PyTuple kw) {
        if (metatype == PyType.TYPE && nargs == 1 && (kw == null || kw.size() == 0)) {
            return args[off].getType();
        }
        if (nargs != 3) {
            throw PyExc.typeError("type() takes 1 or 3 arguments");
        }
        PyObject nameObj = args[off];
        PyObject basesObj = args[off + 1];
        PyObject nsObj = args[off + 2];
        if (!(nameObj instanceof PyUnicode)) {
            throw PyExc.typeError("type.__new__() argument 1 must be str, not " + nameObj.getType().getName());
        }
        if (!(basesObj instanceof PyTuple)) {
            throw PyExc.typeError("type.__new__() argument 2 must be tuple, not " + basesObj.getType().getName());
        }
        if (!(nsObj instanceof PyDict)) {
            throw PyExc.typeError("type.__new__() argument 3 must be dict, not " + nsObj.getType().getName());
        }
        PyTuple bases = (PyTuple) basesObj;
        for (PyObject b : bases.items()) {
            // Only class statements (and types.new_class) replace bases through __mro_entries__.
            if (!(b instanceof PyType) && Abstract.getAttrOrNull(b, "__mro_entries__") != null) {
                throw PyExc.typeError("type() doesn't support MRO entry resolution; use types.new_class()");
            }
        }
        PyType winner = calculateMetaclass(metatype, bases);
        if (winner != metatype && winner.newFunc != PyType.TYPE.newFunc) {
            return winner.newFunc.make(winner, args, off, nargs, kw);
        }
        PyDict kwargs = new PyDict();
        for (int i = 0; kw != null && i < kw.size(); i++) {
            kwargs.setItem(kw.get(i), args[off + nargs + i]);
        }
        return newClass(winner, ((PyUnicode) nameObj).value, bases, (PyDict) nsObj, kwargs);
    }

    /** Creates the class; {@code kwargs} go to the parent's {@code __init_subclass__}. */
    public static PyType newClass(PyType metatype, String name, PyTuple basesIn, PyDict ns, PyDict kwargs) {
        PyType[] bases;
        if (basesIn.size() == 0) {
            bases = new PyType[] {PyBaseObject.TYPE};
        } else {
            bases = new PyType[basesIn.size()];
            for (int i = 0; i < bases.length; i++) {
                PyObject b = basesIn.get(i);
                if (!(b instanceof PyType)) {
                    throw PyExc.typeError("bases must be types");
                }
                bases[i] = (PyType) b;
                if (!bases[i].acceptsSubclasses) {
                    throw PyExc.typeError("type '" + bases[i].getName() + "' is not an acceptable base type");
                }
            }
        }
        PyType solid = bestBase(bases);
        PyType t = new PyType(name, metatype == PyType.TYPE ? null : metatype);
        t.isHeapType = true;
        t.setBases(bases);
        t.solidBase = solid;
        for (Map.Entry<PyObject, PyObject> e : ns.entries()) {
            t.dict.setItem(e.getKey(), e.getValue());
        }
        if (!t.dict.containsStr("__module__")) {
            setModuleFromCaller(t);
        }
        PyObject qn = t.dict.delItemOrNull(PyUnicode.of("__qualname__"));
        if (qn != null) {
            if (!(qn instanceof PyUnicode)) {
                throw PyExc.typeError("type __qualname__ must be a str, not " + qn.getType().getName());
            }
            t.qualname = ((PyUnicode) qn).value;
        }
        setupSlots(t, bases);
        // after the slots, as in CPython: a '__doc__' slot is not a conflict, it becomes the doc
        if (!t.dict.containsStr("__doc__")) {
            t.dict.setStr("__doc__", PyNone.NONE);
        }
        wrapImplicitMethods(t);
        if (t.dict.containsStr("__eq__") && !t.dict.containsStr("__hash__")) {
            t.dict.setStr("__hash__", PyNone.NONE);
        }
        PyObject cell = t.dict.delItemOrNull(PyUnicode.of("__classcell__"));
        if (cell != null) {
            if (!(cell instanceof PyCell)) {
                throw PyExc.typeError("__classcell__ must be a nonlocal cell, not " + cell.getType());
            }
            ((PyCell) cell).ref = t;
        }
        TypeSlots.update(t);
        // __set_name__ on attributes, in namespace order.
        List<Map.Entry<PyObject, PyObject>> items = new ArrayList<>(t.dict.entries());
        for (Map.Entry<PyObject, PyObject> e : items) {
            PyObject setName = Abstract.lookupSpecial(e.getValue(), "__set_name__");
            if (setName != null) {
                try {
                    Abstract.call(setName, t, e.getKey());
                } catch (PyException ex) {
                    // 3.11 raises a RuntimeError naming the attribute, caused by the error (3.12
                    // adds a note to the error instead)
                    PyBaseException re = PyExc.instance(PyExc.RuntimeError, "Error calling __set_name__ on '"
                            + e.getValue().getType().getName() + "' instance " + Abstract.repr(e.getKey()).value
                            + " in '" + name + "'");
                    re.cause = ex.value;
                    re.context = ex.value;
                    re.suppressContext = true;
                    throw new PyException(re);
                }
            }
        }
        initSubclass(t, kwargs);
        return t;
    }

    private static void initSubclass(PyType t, PyDict kwargs) {
        // super(t, t).__init_subclass__(**kwargs)
        PyObject f = null;
        for (int i = 1; i < t.mro.length && f == null; i++) {
            f = t.mro[i].dict.getItem(PyUnicode.of("__init_subclass__"));
        }
        if (f == null) {
            return;
        }
        SlotFunctions.DescrGet g = f.getType().descrGet;
        PyObject bound = g == null ? f : g.get(f, null, t);
        Abstract.callArgs(bound, PyTuple.EMPTY, kwargs);
    }

    private static void wrapImplicitMethods(PyType t) {
        PyObject nw = t.dict.getStr("__new__");
        if (nw != null && nw.getType() == PyFunction.TYPE) {
            t.dict.setStr("__new__", new PyStaticMethod(nw));
        }
        for (String n : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = t.dict.getStr(n);
            if (f != null && f.getType() == PyFunction.TYPE) {
                t.dict.setStr(n, new PyClassMethod(f));
            }
        }
    }

    private static void setupSlots(PyType t, PyType[] bases) {
        boolean baseHasDict = false;
        List<String> inherited = new ArrayList<>();
        for (PyType b : t.mro) {
            if (b != t && b.instancesHaveDict) {
                baseHasDict = true;
            }
        }
        if (t.base.solidBase != PyBaseObject.TYPE && t.base.solidBase != PyExc.BaseException) {
            // built-in layouts other than object: instance dicts come with the Derived class
        }
        for (String s : t.base.slotNames) {
            inherited.add(s);
        }
        PyObject slots = t.dict.getStr("__slots__");
        if (slots == null) {
            t.instancesHaveDict = true;
            t.slotNames = inherited.toArray(new String[0]);
            if (!baseHasDict) {
                addDictDescriptor(t, true);
            }
            return;
        }
        List<String> names = new ArrayList<>();
        if (slots instanceof PyUnicode) {
            names.add(((PyUnicode) slots).value);
        } else {
            PyObject it = Abstract.getIter(slots);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (!(x instanceof PyUnicode)) {
                    throw PyExc.typeError("__slots__ items must be strings, not '" + x.getType().getName() + "'");
                }
                names.add(((PyUnicode) x).value);
            }
        }
        boolean wantDict = baseHasDict;
        List<String> all = new ArrayList<>(inherited);
        names = mangledSlotNames(t.getName(), names);
        for (String n : names) {
            if (n.equals("__dict__")) {
                if (wantDict) {
                    throw PyExc.typeError("__dict__ slot disallowed: we already got one");
                }
                wantDict = true;
                continue;
            }
            if (n.equals("__weakref__")) {
                continue;
            }
            if (t.dict.containsStr(n)) {
                throw PyExc.valueError("'" + n + "' in __slots__ conflicts with class variable");
            }
            if (t.solidBase != PyBaseObject.TYPE) {
                throw PyExc.typeError("nonempty __slots__ not supported for subtype of '" + t.solidBase.getName() + "'");
            }
            t.dict.setStr(n, new PyMemberDescr(t, n, all.size()));
            all.add(n);
        }
        t.instancesHaveDict = wantDict;
        t.slotNames = all.toArray(new String[0]);
        if (wantDict && !baseHasDict) {
            addDictDescriptor(t, names.contains("__weakref__"));
        } else if (names.contains("__weakref__")) {
            t.getset("__weakref__", self -> PyNone.NONE, null);
        }
    }

    /**
     * Slot names as the members are stored: checked to be identifiers, private names mangled with
     * the class name (so {@code self.__c} compiled inside the class finds them) and, as CPython
     * does, the ordinary slots sorted.
     */
    private static List<String> mangledSlotNames(String className, List<String> names) {
        List<String> special = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String n : names) {
            if (!StrMethods.isIdentifier(n)) {
                throw PyExc.typeError("__slots__ must be identifiers");
            }
            if (n.equals("__dict__") || n.equals("__weakref__")) {
                special.add(n);
            } else {
                plain.add(org.taipan.compile.Mangler.mangle(className, n));
            }
        }
        java.util.Collections.sort(plain);
        special.addAll(plain);
        return special;
    }

    private static void addDictDescriptor(PyType t, boolean weakref) {
        t.getset("__dict__", self -> {
            PyDict d = self.getDict();
            if (d == null) {
                throw PyExc.attributeError(self, PyUnicode.of("__dict__"));
            }
            return d;
        }, (d, self, v) -> {
            if (v == null && self instanceof PyInstance) {
                ((PyInstance) self).setDict(new PyDict()); // del obj.__dict__: a fresh empty one
                return;
            }
            if (!(v instanceof PyDict)) {
                throw PyExc.typeError("__dict__ must be set to a dictionary, not a '"
                        + (v == null ? "NoneType" : v.getType().getName()) + "'");
            }
            if (self instanceof PyInstance) {
                ((PyInstance) self).setDict((PyDict) v);
            } else {
                throw PyExc.typeError("__dict__ assignment not supported here");
            }
        });
        if (weakref) {
            t.getset("__weakref__", self -> PyNone.NONE, null);
        }
    }

    /**
     * {@code type(name, bases, ns)} without a {@code __module__}: CPython takes the {@code __name__}
     * of the calling frame's globals (none if they have no {@code __name__}).
     */
    private static void setModuleFromCaller(PyType t) {
        org.taipan.vm.ThreadState ts = org.taipan.vm.ThreadState.currentOrNull();
        org.taipan.vm.PyFrame f = ts == null ? null : ts.frame;
        PyObject name = f == null ? null : f.globals.getStr("__name__");
        if (name != null) {
            t.dict.setStr("__module__", name);
        }
    }

    /** The base whose instance layout the new class extends (CPython's best_base). */
    private static PyType bestBase(PyType[] bases) {
        PyType winner = null;
        PyType winnerBase = null;
        for (PyType b : bases) {
            PyType solid = b.solidBase;
            if (winner == null) {
                winner = solid;
                winnerBase = b;
            } else if (winner.isSubtypeOf(solid)) {
                // keep
            } else if (solid.isSubtypeOf(winner)) {
                winner = solid;
                winnerBase = b;
            } else {
                throw PyExc.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }
}
