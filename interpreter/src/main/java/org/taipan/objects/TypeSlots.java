package org.taipan.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.taipan.compile.BinaryOp;

/**
 * The special-method slot table (CPython's {@code slotdefs} in {@code typeobject.c}): which
 * dunder names feed which {@link PyType} slot, how a native slot is exposed as a
 * {@link PyWrapperDescr}, and the generic slot functions that call a class's Python dunder
 * methods. {@link #update} resolves every slot of a class along its MRO: a slot whose methods are
 * all inherited wrappers keeps the native Java function (so a subclass of int adds at int's
 * speed); any method defined in Python installs the calling slot.
 */
public final class TypeSlots {
    private TypeSlots() {
    }

    /** One slot: its dunder names, accessors, native wrapper and Python-calling implementation. */
    private static final class Def {
        final String[] names;
        final Function<PyType, Object> get;
        final BiConsumer<PyType, Object> set;
        /** For each name: wraps the native slot function as a Python-callable method. */
        final Function<Object, SlotFunctions.Call>[] wrap;
        /** The shared slot function that calls the Python-level dunder. */
        final Object python;

        @SuppressWarnings("unchecked")
        Def(String[] names, Function<PyType, Object> get, BiConsumer<PyType, Object> set, Object python,
            Function<Object, SlotFunctions.Call>... wrap) {
            this.names = names;
            this.get = get;
            this.set = set;
            this.python = python;
            this.wrap = wrap;
        }
    }

    private static final List<Def> DEFS = new ArrayList<>();

    /** CPython's PyObject_HashNotImplemented: the hash slot of unhashable types (list.__hash__ is None). */
    public static final SlotFunctions.Hash HASH_NOT_IMPLEMENTED = self -> {
        throw PyExc.typeError("unhashable type: '" + self.getType().getName() + "'");
    };

    private static final String[] BINARY_NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul",
        "mod", "or", "pow", "rshift", "sub", "truediv", "xor"};

    /** The init slot of a class whose {@code __init__} is defined in Python. */
    private static final SlotFunctions.Init PYTHON_INIT = (self, args, off, nargs, kw) -> {
        PyObject m = self.getType().lookup("__init__");
        initResult(callBoundVector(m, self, args, off, nargs, kw));
    };

    /** Checks what a Python {@code __init__} returned. */
    public static void initResult(PyObject r) {
        if (r != PyNone.NONE) {
            throw PyExc.typeError("__init__() should return None, not '" + r.getType().getName() + "'");
        }
    }

    /**
     * The {@code __init__} of a plain class (metaclass {@code type}, {@code object.__new__}) when it
     * is a Python function: calling the class is then allocating an instance and calling that
     * function on it, which the CALL instruction does without an argument copy. Null otherwise.
     */
    public static PyFunction plainPythonInit(PyType t) {
        if (t.init != PYTHON_INIT || t.newFunc != PyBaseObject.OBJECT_NEW || t.getType() != PyType.TYPE) {
            return null;
        }
        PyObject m = t.lookup("__init__");
        return m instanceof PyFunction ? (PyFunction) m : null;
    }

    static {
        DEFS.add(new Def(new String[] {"__repr__"}, t -> t.repr, (t, f) -> t.repr = (SlotFunctions.Unary) f,
                unary("__repr__"), TypeSlots::wrapUnary));
        DEFS.add(new Def(new String[] {"__str__"}, t -> t.str, (t, f) -> t.str = (SlotFunctions.Unary) f,
                unary("__str__"), TypeSlots::wrapUnary));
        DEFS.add(new Def(new String[] {"__hash__"}, t -> t.hash, (t, f) -> t.hash = (SlotFunctions.Hash) f,
                (SlotFunctions.Hash) self -> hashResult(callDunder(self, "__hash__")),
                f -> (self, a, o, n, k) -> {
                    noArgs("__hash__", n, k);
                    return PyLong.of(((SlotFunctions.Hash) f).hash(self));
                }));
        DEFS.add(new Def(new String[] {"__call__"}, t -> t.call, (t, f) -> t.call = (SlotFunctions.Call) f,
                (SlotFunctions.Call) TypeSlots::callSlot, f -> (SlotFunctions.Call) f));
        DEFS.add(new Def(new String[] {"__getattribute__", "__getattr__"}, t -> t.getattro,
                (t, f) -> t.getattro = (SlotFunctions.GetAttr) f, null,
                f -> (self, a, o, n, k) -> {
                    ArgParser.checkCount("__getattribute__", n, 1, 1);
                    return ((SlotFunctions.GetAttr) f).get(self, strArg(a[o]));
                },
                f -> (self, a, o, n, k) -> {
                    ArgParser.checkCount("__getattr__", n, 1, 1);
                    return ((SlotFunctions.GetAttr) f).get(self, strArg(a[o]));
                }));
        DEFS.add(new Def(new String[] {"__setattr__", "__delattr__"}, t -> t.setattro,
                (t, f) -> t.setattro = (SlotFunctions.SetAttr) f,
                (SlotFunctions.SetAttr) (self, name, v) -> {
                    if (v == null) {
                        callDunder(self, "__delattr__", name);
                    } else {
                        callDunder(self, "__setattr__", name, v);
                    }
                },
                f -> (self, a, o, n, k) -> {
                    ArgParser.checkCount("__setattr__", n, 2, 2);
                    ((SlotFunctions.SetAttr) f).set(self, strArg(a[o]), a[o + 1]);
                    return PyNone.NONE;
                },
                f -> (self, a, o, n, k) -> {
                    ArgParser.checkCount("__delattr__", n, 1, 1);
                    ((SlotFunctions.SetAttr) f).set(self, strArg(a[o]), null);
                    return PyNone.NONE;
                }));
        Function<Object, SlotFunctions.Call>[] cmpWrappers = cmpWrappers();
        DEFS.add(new Def(new String[] {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"},
                t -> t.richcompare, (t, f) -> t.richcompare = (SlotFunctions.RichCompare) f,
                (SlotFunctions.RichCompare) (a, b, op) -> {
                    PyObject m = a.getType().lookup(op.dunder);
                    if (m == null) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    return callBound(m, a, b);
                }, cmpWrappers));
        DEFS.add(new Def(new String[] {"__iter__"}, t -> t.iter, (t, f) -> t.iter = (SlotFunctions.Unary) f,
                unary("__iter__"), TypeSlots::wrapUnary));
        DEFS.add(new Def(new String[] {"__next__"}, t -> t.iternext, (t, f) -> t.iternext = (SlotFunctions.IterNext) f,
                (SlotFunctions.IterNext) self -> {
                    try {
                        return callDunder(self, "__next__");
                    } catch (PyException e) {
                        if (e.matches(PyExc.StopIteration)) {
                            return null;
                        }
                        throw e;
                    }
                },
                f -> (self, a, o, n, k) -> {
                    noArgs("__next__", n, k);
                    PyObject r = ((SlotFunctions.IterNext) f).next(self);
                    if (r == null) {
                        throw PyExc.stopIteration(null);
                    }
                    return r;
                }));
        DEFS.add(new Def(new String[] {"__get__"}, t -> t.descrGet, (t, f) -> t.descrGet = (SlotFunctions.DescrGet) f,
                (SlotFunctions.DescrGet) (d, obj, type) -> callDunder(d, "__get__",
                        obj == null ? PyNone.NONE : obj, type == null ? PyNone.NONE : type),
                f -> (self, a, o, n, k) -> {
                    ArgParser.checkCount("__get__", n, 1, 2);
                    PyObject obj = a[o] == PyNone.NONE ? null : a[o];
                    PyObject type = n > 1 && a[o + 1] != PyNone.NONE ? a[o + 1] : null;
                    if (obj == null && type == null) {
                        throw PyExc.typeError("__get__(None, None) is invalid");
                    }
                    return ((SlotFunctions.DescrGet) f).get(self, obj, (PyType) type);
                }));
        DEFS.add(new Def(new String[] {"__set__", "__delete__"}, t -> t.descrSet,
                (t, f) -> t.descrSet = (SlotFunctions.DescrSet) f,
                (SlotFunctions.DescrSet) (d, obj, v) -> {
                    if (v == null) {
                        callDunder(d, "__delete__", obj);
                    } else {
                        callDunder(d, "__set__", obj, v);
                    }
                },
                f -> (self, a, o, n, k) -> {
                    ArgParser.checkCount("__set__", n, 2, 2);
                    ((SlotFunctions.DescrSet) f).set(self, a[o], a[o + 1]);
                    return PyNone.NONE;
                },
                f -> (self, a, o, n, k) -> {
                    ArgParser.checkCount("__delete__", n, 1, 1);
                    ((SlotFunctions.DescrSet) f).set(self, a[o], null);
                    return PyNone.NONE;
                }));
        DEFS.add(new Def(new String[] {"__len__"}, t -> t.len, (t, f) -> t.len = (SlotFunctions.Len) f,
                (SlotFunctions.Len) self -> lenResult(callDunder(self, "__len__")),
                f -> (self, a, o, n, k) -> {
                    noArgs("__len__", n, k);
                    return PyLong.of(((SlotFunctions.Len) f).len(self));
                }));
        DEFS.add(new Def(new String[] {"__bool__"}, t -> t.bool, (t, f) -> t.bool = (SlotFunctions.Inquiry) f,
                (SlotFunctions.Inquiry) self -> {
                    PyObject r = callDunder(self, "__bool__");
                    if (!(r instanceof PyBool)) {
                        throw PyExc.typeError("__bool__ should return bool, returned " + r.getType().getName());
                    }
                    return r == PyBool.TRUE;
                },
                f -> (self, a, o, n, k) -> {
                    noArgs("__bool__", n, k);
                    return PyBool.of(((SlotFunctions.Inquiry) f).test(self));
                }));
        DEFS.add(new Def(new String[] {"__contains__"}, t -> t.contains, (t, f) -> t.contains = (SlotFunctions.Contains) f,
                (SlotFunctions.Contains) (self, x) -> Abstract.isTrue(callDunder(self, "__contains__", x)),
                f -> (self, a, o, n, k) -> {
                    ArgParser.checkCount("__contains__", n, 1, 1);
                    return PyBool.of(((SlotFunctions.Contains) f).contains(self, a[o]));
                }));
        DEFS.add(new Def(new String[] {"__getitem__"}, t -> t.getitem, (t, f) -> t.getitem = (SlotFunctions.Binary) f,
                (SlotFunctions.Binary) (self, key) -> callDunder(self, "__getitem__", key),
                f -> (self, a, o, n, k) -> {
                    ArgParser.checkCount("__getitem__", n, 1, 1);
                    return ((SlotFunctions.Binary) f).apply(self, a[o]);
                }));
        DEFS.add(new Def(new String[] {"__setitem__", "__delitem__"}, t -> t.setitem,
                (t, f) -> t.setitem = (SlotFunctions.SetItem) f,
                (SlotFunctions.SetItem) (self, key, v) -> {
                    if (v == null) {
                        callDunder(self, "__delitem__", key);
                    } else {
                        callDunder(self, "__setitem__", key, v);
                    }
                },
                f -> (self, a, o, n, k) -> {
                    ArgParser.checkCount("__setitem__", n, 2, 2);
                    ((SlotFunctions.SetItem) f).set(self, a[o], a[o + 1]);
                    return PyNone.NONE;
                },
                f -> (self, a, o, n, k) -> {
                    ArgParser.checkCount("__delitem__", n, 1, 1);
                    ((SlotFunctions.SetItem) f).set(self, a[o], null);
                    return PyNone.NONE;
                }));
        DEFS.add(new Def(new String[] {"__neg__"}, t -> t.neg, (t, f) -> t.neg = (SlotFunctions.Unary) f,
                unary("__neg__"), TypeSlots::wrapUnary));
        DEFS.add(new Def(new String[] {"__pos__"}, t -> t.pos, (t, f) -> t.pos = (SlotFunctions.Unary) f,
                unary("__pos__"), TypeSlots::wrapUnary));
        DEFS.add(new Def(new String[] {"__invert__"}, t -> t.invert, (t, f) -> t.invert = (SlotFunctions.Unary) f,
                unary("__invert__"), TypeSlots::wrapUnary));
        DEFS.add(new Def(new String[] {"__abs__"}, t -> t.abs, (t, f) -> t.abs = (SlotFunctions.Unary) f,
                unary("__abs__"), TypeSlots::wrapUnary));
        DEFS.add(new Def(new String[] {"__index__"}, t -> t.index, (t, f) -> t.index = (SlotFunctions.Unary) f,
                unary("__index__"), TypeSlots::wrapUnary));
        DEFS.add(new Def(new String[] {"__int__"}, t -> t.asInt, (t, f) -> t.asInt = (SlotFunctions.Unary) f,
                unary("__int__"), TypeSlots::wrapUnary));
        DEFS.add(new Def(new String[] {"__float__"}, t -> t.asFloat, (t, f) -> t.asFloat = (SlotFunctions.Unary) f,
                unary("__float__"), TypeSlots::wrapUnary));
        DEFS.add(new Def(new String[] {"__init__"}, t -> t.init, (t, f) -> t.init = (SlotFunctions.Init) f,
                PYTHON_INIT,
                f -> (self, a, o, n, k) -> {
                    ((SlotFunctions.Init) f).init(self, a, o, n, k);
                    return PyNone.NONE;
                }));
        for (int op = 0; op < 13; op++) {
            final int i = op;
            DEFS.add(new Def(new String[] {"__" + BINARY_NAMES[op] + "__", "__r" + BINARY_NAMES[op] + "__"},
                    t -> t.nb[i], (t, f) -> t.nb[i] = (SlotFunctions.Binary) f, binarySlot(op),
                    f -> BINARY_NAMES[i].equals("pow") ? wrapPower(f, false) : wrapBinary(f, false),
                    f -> BINARY_NAMES[i].equals("pow") ? wrapPower(f, true) : wrapBinary(f, true)));
            final String iname = "__i" + BINARY_NAMES[op] + "__";
            final int ii = op + BinaryOp.INPLACE_ADD.ordinal();
            DEFS.add(new Def(new String[] {iname}, t -> t.nb[ii], (t, f) -> t.nb[ii] = (SlotFunctions.Binary) f,
                    (SlotFunctions.Binary) (a, b) -> callDunder(a, iname, b),
                    f -> (self, a, o, n, k) -> {
                        ArgParser.checkCount(iname, n, 1, 1);
                        return ((SlotFunctions.Binary) f).apply(self, a[o]);
                    }));
        }
    }

    /** {@code __op__}/{@code __rop__} of a binary slot: one argument (CPython's wrap_binaryfunc_l/_r). */
    private static SlotFunctions.Call wrapBinary(Object f, boolean reflected) {
        SlotFunctions.Binary slot = (SlotFunctions.Binary) f;
        return (self, a, o, n, k) -> {
            if (n != 1) {
                throw PyExc.typeError("expected 1 argument, got " + n);
            }
            return reflected ? slot.apply(a[o], self) : slot.apply(self, a[o]);
        };
    }

    /**
     * {@code __pow__}/{@code __rpow__}: an optional modulus (CPython's wrap_ternaryfunc(_r)). With a
     * modulus other than None it is the type's own ternary pow: int's needs three ints
     * (NotImplemented otherwise), float's refuses any modulus, complex's too.
     */
    private static SlotFunctions.Call wrapPower(Object f, boolean reflected) {
        SlotFunctions.Binary slot = (SlotFunctions.Binary) f;
        return (self, a, o, n, k) -> {
            // CPython's wrapper checks its arguments with an empty function name, hence the space.
            if (n < 1) {
                throw PyExc.typeError(" expected at least 1 argument, got " + n);
            }
            if (n > 2) {
                throw PyExc.typeError(" expected at most 2 arguments, got " + n);
            }
            PyObject x = reflected ? a[o] : self;
            PyObject y = reflected ? self : a[o];
            if (n == 1 || a[o + 1] == PyNone.NONE) {
                return slot.apply(x, y);
            }
            PyObject mod = a[o + 1];
            if (self instanceof PyLong) {
                return x instanceof PyLong && y instanceof PyLong && mod instanceof PyLong
                        ? PyLong.modPow((PyLong) x, (PyLong) y, (PyLong) mod) : PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (self instanceof PyFloat) {
                throw PyExc.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            if (self instanceof PyComplex) {
                throw PyExc.valueError("complex modulo");
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        };
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, SlotFunctions.Call>[] cmpWrappers() {
        Function<Object, SlotFunctions.Call>[] w = new Function[6];
        for (CompareOp op : CompareOp.values()) {
            w[op.ordinal()] = f -> (self, a, o, n, k) -> {
                if (n != 1) {
                    throw PyExc.typeError("expected 1 argument, got " + n);
                }
                return ((SlotFunctions.RichCompare) f).compare(self, a[o], op);
            };
        }
        return w;
    }

    private static SlotFunctions.Unary unary(String name) {
        return self -> callDunder(self, name);
    }

    private static SlotFunctions.Call wrapUnary(Object f) {
        return (self, a, o, n, k) -> {
            noArgs("method", n, k);
            return ((SlotFunctions.Unary) f).apply(self);
        };
    }

    private static void noArgs(String name, int n, PyTuple k) {
        if (n != 0 || (k != null && k.size() > 0)) {
            throw PyExc.typeError("expected 0 arguments, got " + n);
        }
    }

    private static PyUnicode strArg(PyObject o) {
        if (!(o instanceof PyUnicode)) {
            throw PyExc.typeError("attribute name must be string, not '" + o.getType().getName() + "'");
        }
        return (PyUnicode) o;
    }

    private static long hashResult(PyObject r) {
        if (!(r instanceof PyLong)) {
            throw PyExc.typeError("__hash__ method should return an integer");
        }
        PyLong v = (PyLong) r;
        long h = v.fitsLong() ? v.longValue() : v.pyHash();
        return h == -1 ? -2 : h;
    }

    private static long lenResult(PyObject r) {
        if (!(r instanceof PyLong)) {
            throw PyExc.typeError("'" + r.getType().getName() + "' object cannot be interpreted as an integer");
        }
        PyLong v = (PyLong) r;
        if (v.signum() < 0) {
            throw PyExc.valueError("__len__() should return >= 0");
        }
        if (!v.fitsLong()) {
            throw PyExc.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return v.longValue();
    }

    // --- calling Python-level dunders ---

    /** Calls the dunder {@code name} found on type(self), bound to self. */
    public static PyObject callDunder(PyObject self, String name, PyObject... args) {
        PyObject m = self.getType().lookup(name);
        if (m == null) {
            throw PyExc.attributeError(self, PyUnicode.of(name));
        }
        return callBound(m, self, args);
    }

    /** Calls an unbound attribute found on the type as a method of self (binding via __get__). */
    static PyObject callBound(PyObject m, PyObject self, PyObject... args) {
        if (m instanceof PyFunction) {
            return org.taipan.vm.FunctionCall.callWithSelf((PyFunction) m, self, args, 0, args.length, null);
        }
        if (m instanceof PyFunctionLike) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return Abstract.call(m, all, 0, all.length, null);
        }
        SlotFunctions.DescrGet g = m.getType().descrGet;
        PyObject bound = g == null ? m : g.get(m, self, self.getType());
        return Abstract.call(bound, args);
    }

    static PyObject callBoundVector(PyObject m, PyObject self, PyObject[] args, int off, int nargs, PyTuple kw) {
        if (m instanceof PyFunction) {
            return org.taipan.vm.FunctionCall.callWithSelf((PyFunction) m, self, args, off, nargs, kw);
        }
        int total = nargs + (kw == null ? 0 : kw.size());
        if (m instanceof PyFunctionLike) {
            PyObject[] all = new PyObject[total + 1];
            all[0] = self;
            System.arraycopy(args, off, all, 1, total);
            return Abstract.call(m, all, 0, nargs + 1, kw);
        }
        SlotFunctions.DescrGet g = m.getType().descrGet;
        PyObject bound = g == null ? m : g.get(m, self, self.getType());
        return Abstract.call(bound, args, off, nargs, kw);
    }

    private static PyObject callSlot(PyObject self, PyObject[] args, int off, int nargs, PyTuple kw) {
        PyObject m = self.getType().lookup("__call__");
        if (m == null) {
            throw PyExc.notA(self, "is not callable");
        }
        return callBoundVector(m, self, args, off, nargs, kw);
    }

    /** CPython's SLOT1BINFULL: __op__ of the left operand, __rop__ of the right one. */
    private static SlotFunctions.Binary binarySlot(int op) {
        String name = "__" + BINARY_NAMES[op] + "__";
        String rname = "__r" + BINARY_NAMES[op] + "__";
        SlotFunctions.Binary[] self = new SlotFunctions.Binary[1];
        self[0] = (a, b) -> {
            PyType at = a.getType();
            PyType bt = b.getType();
            boolean doOther = at != bt && bt.nb[op] == self[0];
            if (at.nb[op] == self[0]) {
                if (doOther && bt.isSubtypeOf(at) && overrides(bt, at, rname)) {
                    PyObject r = callOptional(b, rname, a);
                    if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                        return r;
                    }
                    doOther = false;
                }
                PyObject r = callOptional(a, name, b);
                if (r != PyNotImplemented.NOT_IMPLEMENTED || at == bt) {
                    return r;
                }
            }
            if (doOther) {
                return callOptional(b, rname, a);
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        };
        return self[0];
    }

    private static boolean overrides(PyType sub, PyType base, String name) {
        PyObject a = sub.lookup(name);
        return a != null && a != base.lookup(name);
    }

    private static PyObject callOptional(PyObject self, String name, PyObject arg) {
        PyObject m = self.getType().lookup(name);
        if (m == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return callBound(m, self, arg);
    }

    private static final SlotFunctions.GetAttr GETATTR_HOOK = (self, name) -> {
        PyType t = self.getType();
        PyObject ga = t.lookup("__getattribute__");
        try {
            if (ga instanceof PyWrapperDescr) {
                return ((SlotFunctions.GetAttr) ((PyWrapperDescr) ga).slot).get(self, name);
            }
            return callBound(ga, self, name);
        } catch (PyException e) {
            PyObject g = t.lookup("__getattr__");
            if (g == null || !e.matches(PyExc.AttributeError)) {
                throw e;
            }
            return callBound(g, self, name);
        }
    };

    // --- building types ---

    /** Publishes a built-in type's own slots as wrapper descriptors in its dict. */
    static void addWrappers(PyType t) {
        for (Def d : DEFS) {
            Object f = d.get.apply(t);
            if (f == null || (t.base != null && d.get.apply(t.base) == f)) {
                continue;
            }
            if (f == HASH_NOT_IMPLEMENTED) {
                t.dict.setStr("__hash__", PyNone.NONE);
                continue;
            }
            for (int i = 0; i < d.names.length; i++) {
                String name = d.names[i];
                if (t.dict.containsStr(name)) {
                    continue;
                }
                if (name.equals("__getattr__") || (t.addIsConcat && name.equals("__radd__"))) {
                    continue;
                }
                t.dict.setStr(name, new PyWrapperDescr(t, name, f, d.wrap[i].apply(f)));
            }
        }
        if (t.newFunc != null && (t.base == null || t.base.newFunc != t.newFunc)) {
            t.dict.setStr("__new__", newWrapper(t));
        }
    }

    /** {@code T.__new__}: a built-in function taking the class first (CPython's tp_new_wrapper). */
    static PyBuiltinFunction newWrapper(PyType owner) {
        PyBuiltinFunction f = new PyBuiltinFunction("__new__", owner, (self, args, off, nargs, kw) -> {
            if (nargs < 1) {
                throw PyExc.typeError(owner.getName() + ".__new__(): not enough arguments");
            }
            if (!(args[off] instanceof PyType)) {
                throw PyExc.typeError(owner.getName() + ".__new__(X): X is not a type object ("
                        + args[off].getType().getName() + ")");
            }
            PyType sub = (PyType) args[off];
            if (!sub.isSubtypeOf(owner)) {
                throw PyExc.typeError(owner.getName() + ".__new__(" + sub.getName() + "): "
                        + sub.getName() + " is not a subtype of " + owner.getName());
            }
            if (sub.solidBase != owner.solidBase && owner.solidBase == PyBaseObject.TYPE) {
                throw PyExc.typeError(owner.getName() + ".__new__(" + sub.getName() + ") is not safe, use "
                        + sub.solidBase.getName() + ".__new__()");
            }
            return owner.newFunc.make(sub, args, off + 1, nargs - 1, kw);
        });
        return f;
    }

    /** Fills the slots a built-in type left empty from its base. */
    static void inherit(PyType t, PyType base) {
        for (Def d : DEFS) {
            if (d.get.apply(t) == null) {
                d.set.accept(t, d.get.apply(base));
            }
        }
        if (t.newFunc == null && base != PyBaseObject.TYPE) {
            t.newFunc = base.newFunc;
        }
    }

    /** Resolves every slot of a class defined in Python from its MRO. */
    public static void update(PyType t) {
        for (Def d : DEFS) {
            d.set.accept(t, resolve(t, d));
        }
        if (t.lookup("__getattr__") != null) {
            t.getattro = GETATTR_HOOK;
        }
        PyObject hash = t.lookup("__hash__");
        if (hash == PyNone.NONE) {
            t.hash = HASH_NOT_IMPLEMENTED;
        }
        if (t.lookup("__iter__") == PyNone.NONE) {
            // CPython's slot_tp_iter: __iter__ = None makes instances not iterable, even with __getitem__.
            t.iter = self -> {
                throw PyExc.notA(self, "is not iterable");
            };
        }
        PyObject nw = t.lookup("__new__");
        if (nw instanceof PyBuiltinFunction && ((PyBuiltinFunction) nw).self instanceof PyType
                && ((PyBuiltinFunction) nw).name.equals("__new__")) {
            t.newFunc = ((PyType) ((PyBuiltinFunction) nw).self).newFunc;
        } else if (nw != null) {
            t.newFunc = PYTHON_NEW;
        }
    }

    private static final SlotFunctions.New PYTHON_NEW = (type, args, off, nargs, kw) -> {
        PyObject nw = type.lookup("__new__");
        SlotFunctions.DescrGet g = nw.getType().descrGet;
        PyObject f = g == null ? nw : g.get(nw, null, type);
        int total = nargs + (kw == null ? 0 : kw.size());
        PyObject[] all = new PyObject[total + 1];
        all[0] = type;
        System.arraycopy(args, off, all, 1, total);
        return Abstract.call(f, all, 0, nargs + 1, kw);
    };

    private static Object resolve(PyType t, Def d) {
        Object nativeSlot = null;
        boolean anyFound = false;
        for (String name : d.names) {
            PyObject found = t.lookup(name);
            if (found == null) {
                continue;
            }
            anyFound = true;
            if (found instanceof PyWrapperDescr && ((PyWrapperDescr) found).name.equals(name)
                    && d.get.apply(((PyWrapperDescr) found).owner) == ((PyWrapperDescr) found).slot) {
                if (nativeSlot == null) {
                    nativeSlot = ((PyWrapperDescr) found).slot;
                }
                continue;
            }
            if (found == PyNone.NONE && name.equals("__hash__")) {
                return HASH_NOT_IMPLEMENTED;
            }
            if (d.python == null) {
                return GETATTR_HOOK;
            }
            return d.python;
        }
        return anyFound ? nativeSlot : null;
    }
}
