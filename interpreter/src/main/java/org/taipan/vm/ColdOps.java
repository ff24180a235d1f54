package org.taipan.vm;

import org.taipan.compile.CodeData;
import org.taipan.compile.Opcode;
import org.taipan.objects.Abstract;
import org.taipan.objects.NumberProtocol;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyCell;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyException;
import org.taipan.objects.PyFunction;
import org.taipan.objects.PyFunctionLike;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySet;
import org.taipan.objects.PySlice;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;
import org.taipan.objects.SlotFunctions;

/** The less frequent opcodes, kept out of {@link Eval}'s loop method so it stays JIT-compilable. */
final class ColdOps {
    private ColdOps() {
    }

    static PyException unboundDeref(PyCode code, int i) {
        String name = code.localsPlusNames[i].value;
        if ((code.data.localsPlusKinds[i] & CodeData.KIND_FREE) != 0) {
            return PyExc.raise(PyExc.NameError, "cannot access free variable '" + name
                    + "' where it is not associated with a value in enclosing scope");
        }
        return PyExc.unboundLocal(name);
    }

    /** LOAD_METHOD: (obj -- meth obj) for a plain function on the type, else (obj -- NULL attr). */
    static int loadMethod(PyObject[] s, int sp, PyUnicode name) {
        PyObject obj = s[sp - 1];
        PyType t = obj.getType();
        if (t.getattro == org.taipan.objects.PyBaseObject.TYPE.getattro) {
            PyObject descr = t.lookup(name.value);
            if (descr instanceof PyFunctionLike || descr instanceof org.taipan.objects.PyMethodDescr) {
                if (org.taipan.objects.PyBaseObject.instanceAttribute(obj, name) == null) {
                    s[sp - 1] = descr;
                    s[sp++] = obj;
                    return sp;
                }
            }
        }
        s[sp - 1] = null;
        s[sp++] = Abstract.getAttr(obj, name);
        return sp;
    }

    static int unpackSequence(PyObject[] s, int sp, int n) {
        PyObject seq = s[--sp];
        PyObject[] items;
        if (seq instanceof PyTuple && ((PyTuple) seq).size() == n) {
            items = ((PyTuple) seq).items();
        } else if (seq instanceof PyList && ((PyList) seq).size() == n) {
            items = ((PyList) seq).toArray();
        } else {
            PyObject it;
            try {
                it = Abstract.getIter(seq);
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError) && seq.getType().iter == null && seq.getType().getitem == null) {
                    throw PyExc.typeError("cannot unpack non-iterable " + seq.getType().getName() + " object");
                }
                throw e;
            }
            items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject x = Abstract.next(it);
                if (x == null) {
                    throw PyExc.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                }
                items[i] = x;
            }
            if (Abstract.next(it) != null) {
                throw PyExc.valueError("too many values to unpack (expected " + n + ")");
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            s[sp++] = items[i];
        }
        return sp;
    }

    private static final ThreadLocal<PyObject> RETURN_VALUE = new ThreadLocal<>();

    /** SEND: the receiver's next value, or null when it returned (value via {@link #takeReturnValue}). */
    static PyObject send(PyObject receiver, PyObject value) {
        try {
            if (receiver instanceof PyGenerator) {
                PyGenerator g = (PyGenerator) receiver;
                PyObject r = value == PyNone.NONE ? g.next() : g.send(value);
                if (r == null) {
                    RETURN_VALUE.set(g.lastResult);
                }
                return r;
            }
            if (receiver instanceof AsyncGenerators.Step) {
                return ((AsyncGenerators.Step) receiver).send(value);
            }
            if (value == PyNone.NONE && receiver.getType().isHeapType) {
                // call __next__ itself so that StopIteration's value reaches the delegating frame
                return Abstract.callMethod(receiver, "__next__");
            }
            if (value == PyNone.NONE && receiver.getType().iternext != null) {
                PyObject r = Abstract.next(receiver);
                if (r == null) {
                    RETURN_VALUE.set(PyNone.NONE);
                }
                return r;
            }
            return Abstract.callMethod(receiver, "send", value);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                RETURN_VALUE.set(e.value.attr("value"));
                return null;
            }
            throw e;
        }
    }

    static PyObject takeReturnValue() {
        PyObject v = RETURN_VALUE.get();
        RETURN_VALUE.remove();
        return v == null ? PyNone.NONE : v;
    }

    /** LOAD_NAME: locals, then globals, then builtins. */
    static PyObject loadName(PyFrame f, PyUnicode name) {
        PyObject v = f.locals == null ? null : mappingGet(f.locals, name);
        if (v == null) {
            v = f.globals.getItem(name);
            if (v == null) {
                v = f.builtins.getItem(name);
                if (v == null) {
                    throw PyExc.nameError(name.value);
                }
            }
        }
        return v;
    }

    /** STORE_NAME into the frame's locals mapping. */
    static void storeName(PyFrame f, PyUnicode name, PyObject v) {
        if (f.locals == null) {
            throw PyExc.systemError("no locals found when storing " + Abstract.repr(name).value);
        }
        if (f.locals instanceof PyDict && f.locals.getType() == PyDict.TYPE) {
            ((PyDict) f.locals).setItem(name, v);
        } else {
            Abstract.setItem(f.locals, name, v);
        }
    }

    static int execute(ThreadState ts, PyFrame f, int word, int sp) {
        PyObject[] s = f.localsPlus;
        PyCode code = f.code;
        int arg = word >>> 8;
        Opcode op = Opcode.of(word);
        switch (op) {
            case UNARY_NEGATIVE:
                s[sp - 1] = NumberProtocol.negative(s[sp - 1]);
                return sp;
            case UNARY_POSITIVE:
                s[sp - 1] = NumberProtocol.positive(s[sp - 1]);
                return sp;
            case UNARY_INVERT:
                s[sp - 1] = NumberProtocol.invert(s[sp - 1]);
                return sp;
            case UNARY_NOT:
                s[sp - 1] = PyBool.of(!Abstract.isTrue(s[sp - 1]));
                return sp;
            case DELETE_SUBSCR:
                Abstract.delItem(s[sp - 2], s[sp - 1]);
                s[--sp] = null;
                s[--sp] = null;
                return sp;
            case MAKE_CELL:
                s[arg] = new PyCell(s[arg]);
                return sp;
            case LOAD_CLOSURE:
                s[sp++] = s[arg];
                return sp;
            case DELETE_DEREF: {
                PyCell c = (PyCell) s[arg];
                if (c.ref == null) {
                    throw unboundDeref(code, arg);
                }
                c.ref = null;
                return sp;
            }
            case COPY_FREE_VARS:
                return sp; // done by the argument binder when the frame is made
            case LOAD_CLASSDEREF: {
                PyUnicode name = code.localsPlusNames[arg];
                PyObject v = f.locals == null ? null : mappingGet(f.locals, name);
                if (v == null) {
                    v = ((PyCell) s[arg]).ref;
                    if (v == null) {
                        throw unboundDeref(code, arg);
                    }
                }
                s[sp++] = v;
                return sp;
            }
            case LOAD_NAME: {
                PyUnicode name = code.names[arg];
                PyObject v = f.locals == null ? null : mappingGet(f.locals, name);
                if (v == null) {
                    v = f.globals.getItem(name);
                }
                if (v == null) {
                    v = f.builtins.getItem(name);
                }
                if (v == null) {
                    throw PyExc.nameError(name.value);
                }
                s[sp++] = v;
                return sp;
            }
            case STORE_NAME: {
                PyObject v = s[--sp];
                s[sp] = null;
                if (f.locals == null) {
                    throw PyExc.systemError("no locals found when storing " + Abstract.repr(code.names[arg]).value);
                }
                if (f.locals instanceof PyDict) {
                    ((PyDict) f.locals).setItem(code.names[arg], v);
                } else {
                    Abstract.setItem(f.locals, code.names[arg], v);
                }
                return sp;
            }
            case DELETE_NAME: {
                PyUnicode name = code.names[arg];
                try {
                    Abstract.delItem(f.locals, name);
                } catch (PyException e) {
                    if (e.matches(PyExc.KeyError)) {
                        throw PyExc.nameError(name.value);
                    }
                    throw e;
                }
                return sp;
            }
            case STORE_GLOBAL:
                f.globals.setItem(code.names[arg], s[--sp]);
                s[sp] = null;
                return sp;
            case DELETE_GLOBAL:
                if (f.globals.delItemOrNull(code.names[arg]) == null) {
                    throw PyExc.nameError(code.names[arg].value);
                }
                return sp;
            case DELETE_ATTR:
                Abstract.delAttr(s[sp - 1], code.names[arg]);
                s[--sp] = null;
                return sp;
            case BUILD_SET: {
                PySet set = new PySet(false);
                for (int i = sp - arg; i < sp; i++) {
                    set.add(s[i]);
                    s[i] = null;
                }
                sp -= arg;
                s[sp++] = set;
                return sp;
            }
            case BUILD_MAP: {
                PyDict d = new PyDict();
                for (int i = sp - 2 * arg; i < sp; i += 2) {
                    d.setItem(s[i], s[i + 1]);
                }
                for (int i = sp - 2 * arg; i < sp; i++) {
                    s[i] = null;
                }
                sp -= 2 * arg;
                s[sp++] = d;
                return sp;
            }
            case BUILD_CONST_KEY_MAP: {
                PyTuple keys = (PyTuple) s[--sp];
                PyDict d = new PyDict();
                for (int i = 0; i < arg; i++) {
                    d.setItem(keys.get(i), s[sp - arg + i]);
                }
                for (int i = sp - arg; i <= sp; i++) {
                    s[i] = null;
                }
                sp -= arg;
                s[sp++] = d;
                return sp;
            }
            case BUILD_STRING: {
                // concatAll keeps separate surrogate code points apart ('%s%s' % ('\ud800', '\udc00')).
                PyUnicode joined = PyUnicode.concatAll(s, sp - arg, sp);
                for (int i = sp - arg; i < sp; i++) {
                    s[i] = null;
                }
                sp -= arg;
                s[sp++] = joined;
                return sp;
            }
            case BUILD_SLICE: {
                PyObject step = PyNone.NONE;
                if (arg == 3) {
                    step = s[--sp];
                    s[sp] = null;
                }
                PyObject stop = s[--sp];
                s[sp] = null;
                PyObject start = s[sp - 1];
                s[sp - 1] = new PySlice(start, stop, step);
                return sp;
            }
            case LIST_TO_TUPLE:
                s[sp - 1] = new PyTuple(((PyList) s[sp - 1]).toArray());
                return sp;
            case SET_ADD: {
                PyObject v = s[--sp];
                s[sp] = null;
                ((PySet) s[sp - arg]).add(v);
                return sp;
            }
            case MAP_ADD: {
                PyObject v = s[--sp];
                PyObject k = s[--sp];
                s[sp] = s[sp + 1] = null;
                ((PyDict) s[sp - arg]).setItem(k, v);
                return sp;
            }
            case LIST_EXTEND: {
                PyObject v = s[--sp];
                s[sp] = null;
                try {
                    ((PyList) s[sp - arg]).extend(v);
                } catch (PyException e) {
                    if (e.matches(PyExc.TypeError) && v.getType().iter == null && v.getType().getitem == null) {
                        throw PyExc.typeError("Value after * must be an iterable, not " + v.getType().getName());
                    }
                    throw e;
                }
                return sp;
            }
            case SET_UPDATE: {
                PyObject v = s[--sp];
                s[sp] = null;
                ((PySet) s[sp - arg]).update(v);
                return sp;
            }
            case DICT_UPDATE: {
                PyObject v = s[--sp];
                s[sp] = null;
                if (!(v instanceof PyDict) && Abstract.getAttrOrNull(v, "keys") == null) {
                    throw PyExc.typeError("'" + v.getType().getName() + "' object is not a mapping");
                }
                ((PyDict) s[sp - arg]).update(v);
                return sp;
            }
            case DICT_MERGE: {
                PyObject v = s[--sp];
                s[sp] = null;
                PyDict target = (PyDict) s[sp - arg];
                PyObject func = s[sp - arg - 2];
                if (!(v instanceof PyDict) && Abstract.getAttrOrNull(v, "keys") == null) {
                    throw PyExc.typeError(funcName(func) + " argument after ** must be a mapping, not "
                            + v.getType().getName());
                }
                PyDict src = new PyDict();
                src.update(v);
                for (java.util.Map.Entry<PyObject, PyObject> e : src.entries()) {
                    if (target.containsKey(e.getKey())) {
                        throw PyExc.typeError(funcName(func) + " got multiple values for keyword argument '"
                                + Abstract.str(e.getKey()).value + "'");
                    }
                    target.setItem(e.getKey(), e.getValue());
                }
                return sp;
            }
            case UNPACK_EX:
                return unpackEx(s, sp, arg & 0xFF, arg >>> 8);
            case FORMAT_VALUE: {
                PyObject spec = (arg & 4) != 0 ? s[--sp] : null;
                PyObject v = s[sp - 1];
                switch (arg & 3) {
                    case 1: v = Abstract.str(v); break;
                    case 2: v = Abstract.repr(v); break;
                    case 3: v = PyUnicode.of(org.taipan.modules.BuiltinsModule.ascii(Abstract.repr(v).value)); break;
                    default: break;
                }
                if (spec != null) {
                    s[sp] = null;
                }
                s[sp - 1] = Abstract.format(v, spec == null ? PyUnicode.EMPTY : (PyUnicode) spec);
                return sp;
            }
            case CALL_FUNCTION_EX: {
                PyObject kwargs = null;
                if ((arg & 1) != 0) {
                    kwargs = s[--sp];
                    s[sp] = null;
                }
                PyObject args = s[--sp];
                s[sp] = null;
                PyObject func = s[--sp];
                s[sp] = null;
                if (s[sp - 1] == null) {
                    sp--;
                }
                if (!(args instanceof PyTuple)) {
                    if (args.getType().iter == null && args.getType().getitem == null) {
                        throw PyExc.typeError(funcName(func) + " argument after * must be an iterable, not "
                                + args.getType().getName());
                    }
                    args = PyTuple.fromIterable(args);
                }
                s[sp++] = ts.tracing ? org.taipan.vm.trace.Tracing.callArgs(ts, f, func, (PyTuple) args, (PyDict) kwargs)
                        : Abstract.callArgs(func, (PyTuple) args, (PyDict) kwargs);
                return sp;
            }
            case MAKE_FUNCTION: {
                PyCode c = (PyCode) s[--sp];
                PyFunction fn = new PyFunction(c, f.globals, f.builtins, null);
                if ((arg & 8) != 0) {
                    PyTuple cells = (PyTuple) s[--sp];
                    fn.closure = new PyCell[cells.size()];
                    for (int i = 0; i < cells.size(); i++) {
                        fn.closure[i] = (PyCell) cells.get(i);
                    }
                }
                if ((arg & 4) != 0) {
                    fn.annotations = s[--sp];
                }
                if ((arg & 2) != 0) {
                    fn.kwdefaults = (PyDict) s[--sp];
                }
                if ((arg & 1) != 0) {
                    fn.defaults = (PyTuple) s[--sp];
                }
                for (int i = sp; i < sp + 5 && i < s.length; i++) {
                    s[i] = null;
                }
                s[sp++] = fn;
                return sp;
            }
            case LOAD_BUILD_CLASS: {
                PyObject bc = f.builtins.getStr("__build_class__");
                if (bc == null) {
                    throw PyExc.raise(PyExc.NameError, "__build_class__ not found");
                }
                s[sp++] = bc;
                return sp;
            }
            case LOAD_ASSERTION_ERROR:
                s[sp++] = PyExc.AssertionError;
                return sp;
            case SETUP_ANNOTATIONS:
                if (f.locals instanceof PyDict && !((PyDict) f.locals).containsStr("__annotations__")) {
                    ((PyDict) f.locals).setStr("__annotations__", new PyDict());
                }
                return sp;
            case KW_NAMES:
                f.pendingKwnames = (PyTuple) code.consts[arg];
                return sp;
            case RAISE_VARARGS:
                return Exceptions.raiseVarargs(ts, f, s, sp, arg);
            case PUSH_EXC_INFO: {
                PyObject exc = s[sp - 1];
                PyObject prev = ts.handledException == null ? PyNone.NONE : ts.handledException;
                s[sp - 1] = prev;
                s[sp++] = exc;
                ts.handledException = exc instanceof PyBaseException ? (PyBaseException) exc : null;
                return sp;
            }
            case POP_EXCEPT: {
                PyObject prev = s[--sp];
                s[sp] = null;
                ts.handledException = prev instanceof PyBaseException ? (PyBaseException) prev : null;
                return sp;
            }
            case RERAISE: {
                PyObject exc = s[--sp];
                s[sp] = null;
                if (arg != 0) {
                    f.lasti = ((PyLong) s[sp - arg]).intValue();
                }
                PyException re = new PyException((PyBaseException) exc);
                re.reraised = true;
                throw re;
            }
            case CHECK_EXC_MATCH: {
                PyObject type = s[sp - 1];
                Exceptions.checkExceptType(type);
                s[sp - 1] = PyBool.of(Abstract.isInstance(s[sp - 2], type));
                return sp;
            }
            case BEFORE_WITH: {
                PyObject mgr = s[sp - 1];
                PyObject enter = Abstract.lookupSpecial(mgr, "__enter__");
                if (enter == null) {
                    throw PyExc.typeError("'" + mgr.getType().getName() + "' object does not support the context manager protocol");
                }
                PyObject exit = Abstract.lookupSpecial(mgr, "__exit__");
                if (exit == null) {
                    throw PyExc.typeError("'" + mgr.getType().getName()
                            + "' object does not support the context manager protocol (missed __exit__ method)");
                }
                s[sp - 1] = exit;
                s[sp++] = Abstract.call(enter);
                return sp;
            }
            case WITH_EXCEPT_START: {
                PyObject exc = s[sp - 1];
                PyObject exit = s[sp - 4];
                PyObject tb = exc instanceof PyBaseException && ((PyBaseException) exc).traceback != null
                        ? ((PyBaseException) exc).traceback : PyNone.NONE;
                s[sp++] = Abstract.call(exit, exc.getType(), exc, tb);
                return sp;
            }
            case ASYNC_GEN_WRAP:
                s[sp - 1] = new AsyncGenerators.Wrapped(s[sp - 1]);
                return sp;
            case GET_AITER:
                s[sp - 1] = AsyncGenerators.getAiter(s[sp - 1]);
                return sp;
            case GET_ANEXT:
                s[sp] = AsyncGenerators.getAnext(s[sp - 1]);
                return sp + 1;
            case END_ASYNC_FOR: {
                PyObject exc = s[--sp];
                s[sp] = null;
                if (exc.getType().isSubtypeOf(PyExc.StopAsyncIteration)) {
                    s[--sp] = null;
                    return sp;
                }
                PyException re = new PyException((PyBaseException) exc);
                re.reraised = true;
                throw re;
            }
            case BEFORE_ASYNC_WITH: {
                PyObject mgr = s[sp - 1];
                PyObject enter = Abstract.lookupSpecial(mgr, "__aenter__");
                if (enter == null) {
                    throw PyExc.typeError("'" + mgr.getType().getName()
                            + "' object does not support the asynchronous context manager protocol");
                }
                PyObject exit = Abstract.lookupSpecial(mgr, "__aexit__");
                if (exit == null) {
                    throw PyExc.typeError("'" + mgr.getType().getName()
                            + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
                }
                s[sp - 1] = exit;
                s[sp++] = Abstract.call(enter);
                return sp;
            }
            case MATCH_MAPPING:
                s[sp] = PyBool.of(PatternOps.isMapping(s[sp - 1]));
                return sp + 1;
            case MATCH_SEQUENCE:
                s[sp] = PyBool.of(PatternOps.isSequence(s[sp - 1]));
                return sp + 1;
            case MATCH_KEYS:
                s[sp] = PatternOps.matchKeys(s[sp - 2], s[sp - 1]);
                return sp + 1;
            case MATCH_CLASS: {
                PyObject names = s[--sp];
                PyObject cls = s[--sp];
                s[sp] = s[sp + 1] = null;
                s[sp - 1] = PatternOps.matchClass(s[sp - 1], cls, names, arg);
                return sp;
            }
            case CHECK_EG_MATCH: {
                PyObject type = s[--sp];
                s[sp] = null;
                PatternOps.checkStarType(type);
                PyObject[] mr = PatternOps.egMatch(s[sp - 1], type);
                if (mr[0] != PyNone.NONE) {
                    ts.handledException = (PyBaseException) mr[0];
                }
                s[sp - 1] = mr[1];
                s[sp++] = mr[0];
                return sp;
            }
            case PREP_RERAISE_STAR: {
                PyObject list = s[--sp];
                s[sp] = null;
                s[sp - 1] = PatternOps.prepReraiseStar(s[sp - 1], list);
                return sp;
            }
            case GET_LEN:
                s[sp] = PyLong.of(Abstract.length(s[sp - 1]));
                return sp + 1;
            case IMPORT_NAME:
                return Import.importName(ts, f, s, sp, code.names[arg]);
            case IMPORT_FROM:
                s[sp] = Import.importFrom(s[sp - 1], code.names[arg]);
                return sp + 1;
            case IMPORT_STAR:
                Import.importStar(f, s[--sp]);
                s[sp] = null;
                return sp;
            case GET_YIELD_FROM_ITER: {
                PyObject o = s[sp - 1];
                if (o instanceof PyGenerator) {
                    if (o.getType() == PyGenerator.COROUTINE && (code.flags & (CodeData.CO_COROUTINE
                            | CodeData.CO_ITERABLE_COROUTINE)) == 0) {
                        throw PyExc.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                    }
                    return sp;
                }
                s[sp - 1] = Abstract.getIter(o);
                return sp;
            }
            case GET_AWAITABLE: {
                PyObject o = s[sp - 1];
                s[sp - 1] = awaitable(o, arg);
                return sp;
            }
            case PRINT_EXPR: {
                PyObject v = s[--sp];
                s[sp] = null;
                PyObject hook = ts.interp.sys.getDict().getStr("displayhook");
                Abstract.call(hook, v);
                return sp;
            }
            default:
                throw PyExc.systemError("opcode " + op + " is not implemented yet");
        }
    }

    static PyObject awaitable(PyObject o, int where) {
        if (o instanceof PyGenerator && o.getType() == PyGenerator.COROUTINE) {
            if (((PyGenerator) o).yieldFrom() != null) {
                throw PyExc.runtimeError("coroutine is being awaited already");
            }
            return o;
        }
        if (o instanceof PyGenerator && (((PyGenerator) o).code().flags & CodeData.CO_ITERABLE_COROUTINE) != 0) {
            return o; // a generator function decorated with types.coroutine
        }
        PyObject await = Abstract.lookupSpecial(o, "__await__");
        if (await == null) {
            String msg = where == 1 ? "'async with' received an object from __aenter__ that does not implement __await__: "
                    : where == 2 ? "'async with' received an object from __aexit__ that does not implement __await__: "
                    : "object " + o.getType().getName() + " can't be used in 'await' expression";
            throw PyExc.typeError(where == 0 ? msg : msg + o.getType().getName());
        }
        PyObject it = Abstract.call(await);
        if (it instanceof PyGenerator && it.getType() == PyGenerator.COROUTINE) {
            throw PyExc.typeError("__await__() returned a coroutine");
        }
        if (it.getType().iternext == null) {
            throw PyExc.typeError("__await__() returned non-iterator of type '" + it.getType().getName() + "'");
        }
        return it;
    }

    private static String funcName(PyObject func) {
        if (func instanceof PyFunction) {
            PyObject mod = ((PyFunction) func).module;
            String prefix = mod instanceof PyUnicode && !((PyUnicode) mod).value.equals("builtins")
                    ? ((PyUnicode) mod).value + "." : "";
            return prefix + ((PyFunction) func).qualnameString() + "()";
        }
        if (func instanceof PyType) {
            return ((PyType) func).getName() + "()";
        }
        PyObject n = Abstract.getAttrOrNull(func, "__qualname__");
        return n instanceof PyUnicode ? ((PyUnicode) n).value + "()" : func.getType().getName() + " object";
    }

    private static PyObject mappingGet(PyObject mapping, PyUnicode key) {
        if (mapping instanceof PyDict && mapping.getType() == PyDict.TYPE) {
            return ((PyDict) mapping).getItem(key);
        }
        try {
            return Abstract.getItem(mapping, key);
        } catch (PyException e) {
            if (e.matches(PyExc.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    private static int unpackEx(PyObject[] s, int sp, int before, int after) {
        PyObject seq = s[--sp];
        java.util.List<PyObject> all = new java.util.ArrayList<>();
        PyObject it;
        try {
            it = Abstract.getIter(seq);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw PyExc.typeError("cannot unpack non-iterable " + seq.getType().getName() + " object");
            }
            throw e;
        }
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            all.add(x);
        }
        if (all.size() < before + after) {
            throw PyExc.valueError("not enough values to unpack (expected at least " + (before + after)
                    + ", got " + all.size() + ")");
        }
        PyObject[] items = new PyObject[before + after + 1];
        for (int i = 0; i < before; i++) {
            items[i] = all.get(i);
        }
        items[before] = new PyList(all.subList(before, all.size() - after));
        for (int i = 0; i < after; i++) {
            items[before + 1 + i] = all.get(all.size() - after + i);
        }
        for (int i = items.length - 1; i >= 0; i--) {
            s[sp++] = items[i];
        }
        return sp;
    }
}
