package org.taipan.objects;

/**
 * The object protocol (CPython's {@code abstract.h}/{@code object.h} operations): attribute access,
 * calls, rich comparison, truth, repr/str, hash, len, item access, iteration, isinstance. Each
 * dispatches through the operand type's slot; the number operators are in {@link NumberProtocol}.
 * Errors are raised as {@link PyException}s with CPython's messages.
 */
public final class Abstract {
    private Abstract() {
    }

    private static final PyObject[] NO_ARGS = new PyObject[0];

    // --- attributes ---

    public static PyObject getAttr(PyObject obj, PyUnicode name) {
        return obj.getType().getattro.get(obj, name);
    }

    public static PyObject getAttr(PyObject obj, String name) {
        return getAttr(obj, PyUnicode.of(name));
    }

    /** {@code getattr(obj, name, None)}-style: null when AttributeError is raised. */
    public static PyObject getAttrOrNull(PyObject obj, PyUnicode name) {
        SlotFunctions.GetAttr g = obj.getType().getattro;
        try {
            if (g == PyBaseObject.TYPE.getattro) {
                // Saves raising AttributeError when nothing is found; a descriptor's own
                // AttributeError (a property getter's) still counts as "no attribute".
                return PyBaseObject.genericGetAttrOrNull(obj, name);
            }
            return g.get(obj, name);
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    public static PyObject getAttrOrNull(PyObject obj, String name) {
        return getAttrOrNull(obj, PyUnicode.of(name));
    }

    public static void setAttr(PyObject obj, PyUnicode name, PyObject value) {
        SlotFunctions.SetAttr s = obj.getType().setattro;
        if (s == null) {
            throw PyExc.typeError("'" + obj.getType().getName() + "' object has no attributes");
        }
        s.set(obj, name, value);
    }

    public static void setAttr(PyObject obj, String name, PyObject value) {
        setAttr(obj, PyUnicode.of(name), value);
    }

    public static void delAttr(PyObject obj, PyUnicode name) {
        setAttr(obj, name, null);
    }

    /**
     * A special method looked up on the type, bypassing the instance ({@code _PyObject_LookupSpecial}),
     * bound to {@code obj}; null when the type has none.
     */
    public static PyObject lookupSpecial(PyObject obj, String name) {
        PyType t = obj.getType();
        PyObject f = t.lookup(name);
        if (f == null) {
            return null;
        }
        SlotFunctions.DescrGet g = f.getType().descrGet;
        return g == null ? f : g.get(f, obj, t);
    }

    // --- calls ---

    /** Calls in the vectorcall convention (see {@link SlotFunctions.Call}). */
    public static PyObject call(PyObject callable, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        SlotFunctions.Call c = callable.getType().call;
        if (c == null) {
            throw PyExc.notA(callable, "is not callable");
        }
        return c.call(callable, args, off, nargs, kwnames);
    }

    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, 0, args.length, null);
    }

    /** {@code callable(*args, **kwargs)} from a tuple and a dict (either may be null). */
    public static PyObject callArgs(PyObject callable, PyTuple args, PyDict kwargs) {
        int n = args == null ? 0 : args.size();
        if (kwargs == null || kwargs.size() == 0) {
            return call(callable, args == null ? NO_ARGS : args.items(), 0, n, null);
        }
        PyObject[] all = new PyObject[n + kwargs.size()];
        PyObject[] names = new PyObject[kwargs.size()];
        for (int i = 0; i < n; i++) {
            all[i] = args.get(i);
        }
        int k = 0;
        for (java.util.Map.Entry<PyObject, PyObject> e : kwargs.entries()) {
            if (!(e.getKey() instanceof PyUnicode)) {
                throw PyExc.typeError("keywords must be strings");
            }
            names[k] = e.getKey();
            all[n + k] = e.getValue();
            k++;
        }
        return call(callable, all, 0, n, new PyTuple(names));
    }

    /** {@code obj.name(*args)}. */
    public static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        return call(getAttr(obj, name), args);
    }

    public static boolean isCallable(PyObject o) {
        return o.getType().call != null;
    }

    // --- comparison and truth ---

    /** {@code PyObject_RichCompare}: reflected operand first when its type is a proper subclass. */
    public static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (v instanceof PyLong && w instanceof PyLong && v.getType() == PyLong.TYPE && w.getType() == PyLong.TYPE) {
            return PyBool.of(op.holds(((PyLong) v).compareTo((PyLong) w)));
        }
        PyType vt = v.getType();
        PyType wt = w.getType();
        boolean checkedReverse = false;
        PyObject r;
        if (vt != wt && wt.richcompare != null && wt.isSubtypeOf(vt)) {
            checkedReverse = true;
            r = wt.richcompare.compare(w, v, op.swapped());
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (vt.richcompare != null) {
            r = vt.richcompare.compare(v, w, op);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!checkedReverse && wt.richcompare != null) {
            r = wt.richcompare.compare(w, v, op.swapped());
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        switch (op) {
            case EQ:
                return PyBool.of(v == w);
            case NE:
                return PyBool.of(v != w);
            default:
                throw PyExc.typeError("'" + op.symbol + "' not supported between instances of '"
                        + vt.getName() + "' and '" + wt.getName() + "'");
        }
    }

    /** Comparison as a Java boolean; identity implies equality (as in containers). */
    public static boolean richCompareBool(PyObject v, PyObject w, CompareOp op) {
        if (v == w) {
            if (op == CompareOp.EQ) {
                return true;
            }
            if (op == CompareOp.NE) {
                return false;
            }
        }
        if (v.getClass() == PyUnicode.class && w.getClass() == PyUnicode.class
                && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return ((PyUnicode) v).value.equals(((PyUnicode) w).value) == (op == CompareOp.EQ);
        }
        PyObject r = richCompare(v, w, op);
        return r instanceof PyBool ? r == PyBool.TRUE : isTrue(r);
    }

    /** {@code bool(o)}: __bool__, then __len__, else true. */
    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        PyType t = o.getType();
        if (t.bool != null) {
            return t.bool.test(o);
        }
        if (t.len != null) {
            return t.len.len(o) != 0;
        }
        return true;
    }

    // --- text ---

    public static PyUnicode repr(PyObject o) {
        PyObject r;
        if (o.getType().isHeapType) {
            // only Python-level __repr__ can recurse; count it like CPython's PyObject_Repr
            RecursionGuard.hook.enter(" while getting the repr of an object");
            try {
                r = o.getType().repr.apply(o);
            } finally {
                RecursionGuard.hook.leave();
            }
        } else {
            r = o.getType().repr.apply(o);
        }
        if (!(r instanceof PyUnicode)) {
            throw PyExc.typeError("__repr__ returned non-string (type " + r.getType().getName() + ")");
        }
        return (PyUnicode) r;
    }

    public static PyUnicode str(PyObject o) {
        if (o instanceof PyUnicode && o.getType() == PyUnicode.TYPE) {
            return (PyUnicode) o;
        }
        PyObject r = o.getType().str.apply(o);
        if (!(r instanceof PyUnicode)) {
            throw PyExc.typeError("__str__ returned non-string (type " + r.getType().getName() + ")");
        }
        return (PyUnicode) r;
    }

    /** {@code format(value, spec)}. */
    public static PyUnicode format(PyObject value, PyUnicode spec) {
        if (spec.value.isEmpty()) {
            if (value.getType() == PyUnicode.TYPE) {
                return (PyUnicode) value;
            }
            if (value.getType() == PyLong.TYPE) {
                return str(value);
            }
        }
        PyObject meth = lookupSpecial(value, "__format__");
        if (meth == null) {
            throw PyExc.typeError("Type " + value.getType().getName() + " doesn't define __format__");
        }
        PyObject r = call(meth, spec);
        if (!(r instanceof PyUnicode)) {
            throw PyExc.typeError("__format__ must return a str, not " + r.getType().getName());
        }
        return (PyUnicode) r;
    }

    // --- hash, len, items ---

    public static long hash(PyObject o) {
        // Exact str and int hash without a type lookup (also what lets dicts work during bootstrap).
        if (o.getClass() == PyUnicode.class) {
            return ((PyUnicode) o).pyHash();
        }
        if (o.getClass() == PyLong.class) {
            return ((PyLong) o).pyHash();
        }
        SlotFunctions.Hash h = o.getType().hash;
        if (h == null) {
            throw PyExc.typeError("unhashable type: '" + o.getType().getName() + "'");
        }
        return h.hash(o);
    }

    /** {@code len(o)} as a Java int, for callers that index Java arrays with it. */
    public static int len(PyObject o) {
        long n = length(o);
        if (n > Integer.MAX_VALUE) {
            throw PyExc.overflowError("Python int too large to convert to C ssize_t");
        }
        return (int) n;
    }

    /** {@code len(o)} up to sys.maxsize, as the builtin {@code len} gives it. */
    public static long length(PyObject o) {
        SlotFunctions.Len l = o.getType().len;
        if (l == null) {
            throw PyExc.typeError("object of type '" + o.getType().getName() + "' has no len()");
        }
        return l.len(o);
    }

    public static PyObject getItem(PyObject o, PyObject key) {
        SlotFunctions.Binary g = o.getType().getitem;
        if (g != null) {
            return g.apply(o, key);
        }
        if (o instanceof PyType) {
            if (o == PyType.TYPE) {
                return new PyGenericAlias(o, key);
            }
            PyObject cg = getAttrOrNull(o, "__class_getitem__");
            if (cg != null) {
                return call(cg, key);
            }
            throw PyExc.typeError("type '" + ((PyType) o).getName() + "' is not subscriptable");
        }
        throw PyExc.notA(o, "is not subscriptable");
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        SlotFunctions.SetItem s = o.getType().setitem;
        if (s == null) {
            throw PyExc.notA(o, "does not support item assignment");
        }
        s.set(o, key, value);
    }

    public static void delItem(PyObject o, PyObject key) {
        SlotFunctions.SetItem s = o.getType().setitem;
        if (s == null) {
            throw PyExc.notA(o, "doesn't support item deletion");
        }
        s.set(o, key, null);
    }

    /** {@code item in container}: __contains__, else iteration. */
    public static boolean contains(PyObject container, PyObject item) {
        SlotFunctions.Contains c = container.getType().contains;
        if (c != null) {
            return c.contains(container, item);
        }
        PyType t = container.getType();
        if (t.iter == null && t.getitem == null) {
            throw PyExc.typeError("argument of type '" + t.getName() + "' is not iterable");
        }
        PyObject it = getIter(container);
        for (PyObject x = next(it); x != null; x = next(it)) {
            if (richCompareBool(x, item, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isSequence(PyObject o) {
        return !(o instanceof PyDict) && o.getType().getitem != null;
    }

    // --- iteration ---

    /** {@code iter(o)}: __iter__, else the {@code __getitem__} sequence protocol. */
    public static PyObject getIter(PyObject o) {
        PyType t = o.getType();
        if (t.iter != null) {
            PyObject it = t.iter.apply(o);
            if (it.getType().iternext == null) {
                throw PyExc.typeError("iter() returned non-iterator of type '" + it.getType().getName() + "'");
            }
            return it;
        }
        if (t.getitem != null && !(o instanceof PyDict)) {
            return new PySeqIter(o);
        }
        throw PyExc.notA(o, "is not iterable");
    }

    /** {@code next(it)}, or null when the iterator is exhausted. */
    public static PyObject next(PyObject it) {
        SlotFunctions.IterNext n = it.getType().iternext;
        if (n == null) {
            throw PyExc.notA(it, "is not an iterator");
        }
        return n.next(it);
    }

    // --- isinstance / issubclass ---

    public static boolean isInstance(PyObject obj, PyObject cls) {
        if (cls instanceof PyType) {
            PyType c = (PyType) cls;
            if (obj.getType().isSubtypeOf(c)) {
                return true;
            }
            if (c.getType() == PyType.TYPE) {
                // __class__ may differ from type(obj) (proxies, mocks); CPython honours it. Only a
                // class defined in Python can answer something else than its type.
                if (obj.getType().isHeapType) {
                    PyObject k = getAttrOrNull(obj, "__class__");
                    return k instanceof PyType && k != obj.getType() && ((PyType) k).isSubtypeOf(c);
                }
                return false;
            }
        }
        if (cls instanceof PyTuple) {
            for (PyObject c : ((PyTuple) cls).items()) {
                if (isInstance(obj, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject check = lookupSpecial(cls, "__instancecheck__");
        if (check != null) {
            return isTrue(call(check, obj));
        }
        throw PyExc.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls instanceof PyTuple) {
            for (PyObject c : ((PyTuple) cls).items()) {
                if (isSubclass(derived, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyType && cls.getType() == PyType.TYPE) {
            if (!(derived instanceof PyType)) {
                throw PyExc.typeError("issubclass() arg 1 must be a class");
            }
            return ((PyType) derived).isSubtypeOf((PyType) cls);
        }
        PyObject check = lookupSpecial(cls, "__subclasscheck__");
        if (check != null) {
            return isTrue(call(check, derived));
        }
        throw PyExc.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    // --- conversion ---

    /** {@code operator.index(o)}: an exact int from __index__. */
    public static PyLong index(PyObject o) {
        if (o instanceof PyLong) {
            return (PyLong) o;
        }
        SlotFunctions.Unary ix = o.getType().index;
        if (ix == null) {
            throw PyExc.typeError("'" + o.getType().getName() + "' object cannot be interpreted as an integer");
        }
        PyObject r = ix.apply(o);
        if (!(r instanceof PyLong)) {
            throw PyExc.typeError("__index__ returned non-int (type " + r.getType().getName() + ")");
        }
        return (PyLong) r;
    }

    /** An index as a Java int, raising IndexError "cannot fit 'int' into an index-sized integer". */
    public static int asIndex(PyObject o) {
        PyLong v = index(o);
        if (!v.fitsInt()) {
            throw PyExc.raise(PyExc.IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return v.intValue();
    }

    /** Clamping variant used for slices. */
    public static long asClampedIndex(PyObject o) {
        PyLong v = index(o);
        if (v.fitsLong()) {
            return v.longValue();
        }
        return v.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
}
