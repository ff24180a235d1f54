package org.taipan.vm;

import static org.taipan.vm.DispatchOrder.*;

import org.taipan.objects.Abstract;
import org.taipan.objects.CompareOp;
import org.taipan.objects.NumberProtocol;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyCell;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyException;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyFunction;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySuper;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;

/**
 * The evaluation loop: one {@code switch} over the instruction word's low byte. Hot opcodes are
 * inline; rarer ones are in {@link ColdOps} to keep this method small enough for the JIT.
 * Exceptions unwind through the code's exception table exactly as CPython 3.11 (trim the stack to
 * the handler depth, push lasti when flagged, push the exception, jump), adding a traceback
 * entry per frame. Tracing will hook in at the marked points; with tracing off they cost one
 * field read.
 */
public final class Eval {
    private Eval() {
    }


    /** Counts a C-level call against the recursion limit (CPython's _Py_EnterRecursiveCall). */
    static void enterRecursiveCall(ThreadState ts, String where) {
        if (++ts.recursionDepth > ts.interp.recursionLimit) {
            ts.recursionDepth--;
            throw PyExc.raise(PyExc.RecursionError, "maximum recursion depth exceeded" + where);
        }
    }

    /** A built-in called from bytecode counts as one level, as 3.11's CALL fast paths do. */
    private static PyObject callBuiltin(ThreadState ts, PyObject callable, PyObject[] s, int first, int npos, PyTuple kw) {
        enterRecursiveCall(ts, " while calling a Python object");
        try {
            // Straight to the function: no dispatch through builtin_function_or_method's call slot.
            return ((org.taipan.objects.PyBuiltinFunction) callable).invoke(s, first, npos, kw);
        } finally {
            ts.recursionDepth--;
        }
    }

    /** Runs {@code f} on thread state {@code ts} until it returns; raises what it raises. */
    public static PyObject run(ThreadState ts, PyFrame f) {
        if (++ts.recursionDepth > ts.interp.recursionLimit) {
            ts.recursionDepth--;
            throw PyExc.raise(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        f.back = ts.frame;
        // Publish the fully built frame with a release store: readers on other threads (volatile
        // reads) see it complete, without the full fence a volatile store costs on every call.
        FRAME.setRelease(ts, f);
        try {
            return loop(ts, f);
        } finally {
            FRAME.setRelease(ts, f.back);
            ts.recursionDepth--;
        }
    }

    private static PyObject loop(ThreadState ts, PyFrame f) {
        final PyCode code = f.code;
        final int[] insns = code.code;
        final PyObject[] consts = code.consts;
        final PyUnicode[] names = code.names;
        final PyObject[] s = f.localsPlus;
        int sp = f.stackTop;
        int pc = f.lasti + 1;
        PyTuple kwnames = null;
        while (true) {
            try {
                if (f.pendingThrow != null) {
                    PyException t = f.pendingThrow;
                    f.pendingThrow = null;
                    if (ts.tracing) {
                        org.taipan.vm.trace.Tracing.callEvent(ts, f); // gen.throw(): 'call' first
                    }
                    throw t;
                }
                while (true) {
                    int word = insns[pc];
                    if (ts.tracing) {
                        // Hook point for 'call', 'line' and 'opcode' trace events: f.lasti is
                        // still the previous instruction; a raising hook is attributed to this
                        // one; an f_lineno jump moves pc and the stack.
                        f.stackTop = sp;
                        int at = pc++;
                        pc = org.taipan.vm.trace.Tracing.instruction(ts, f, at);
                        sp = f.stackTop;
                        word = insns[pc];
                    }
                    f.lasti = pc;
                    pc++;
                    int arg = word >>> 8;
                    switch (OF_OPCODE[word & 0xFF]) {
                        case NOP:
                            break;
                        case RESUME:
                            // Hook point for the 'call' trace event (arg 0) and generator resumption.
                            if (ts.evalBreaker && arg < 2) {
                                ts.handleEvalBreaker();
                            }
                            break;
                        case POP_TOP:
                            s[--sp] = null;
                            break;
                        case PUSH_NULL:
                            s[sp++] = null;
                            break;
                        case COPY:
                            s[sp] = s[sp - arg];
                            sp++;
                            break;
                        case SWAP: {
                            PyObject t = s[sp - 1];
                            s[sp - 1] = s[sp - arg];
                            s[sp - arg] = t;
                            break;
                        }
                        case UNARY_NOT: {
                            PyObject v = s[sp - 1];
                            s[sp - 1] = v == PyBool.TRUE ? PyBool.FALSE : v == PyBool.FALSE ? PyBool.TRUE
                                    : PyBool.of(!Abstract.isTrue(v));
                            break;
                        }
                        case UNARY_NEGATIVE:
                            s[sp - 1] = NumberProtocol.negative(s[sp - 1]);
                            break;
                        case MAKE_CELL:
                            s[arg] = new PyCell(s[arg]);
                            break;
                        case LOAD_CLOSURE:
                            s[sp++] = s[arg];
                            break;
                        case COPY_FREE_VARS:
                            break; // done by the argument binder when the frame is made
                        case LOAD_CONST:
                            s[sp++] = consts[arg];
                            break;
                        case LOAD_FAST: {
                            PyObject v = s[arg];
                            if (v == null) {
                                throw PyExc.unboundLocal(code.localsPlusNames[arg].value);
                            }
                            s[sp++] = v;
                            break;
                        }
                        case STORE_FAST:
                            s[arg] = s[--sp];
                            s[sp] = null;
                            break;
                        case DELETE_FAST:
                            if (s[arg] == null) {
                                throw PyExc.unboundLocal(code.localsPlusNames[arg].value);
                            }
                            s[arg] = null;
                            break;
                        case LOAD_DEREF: {
                            PyObject v = ((PyCell) s[arg]).ref;
                            if (v == null) {
                                throw ColdOps.unboundDeref(code, arg);
                            }
                            s[sp++] = v;
                            break;
                        }
                        case STORE_DEREF:
                            ((PyCell) s[arg]).ref = s[--sp];
                            s[sp] = null;
                            break;
                        case LOAD_GLOBAL: {
                            PyObject v = GlobalCache.load(code, f, arg >>> 1);
                            if ((arg & 1) != 0) {
                                s[sp++] = null;
                            }
                            s[sp++] = v;
                            break;
                        }
                        case LOAD_NAME:
                            s[sp++] = ColdOps.loadName(f, names[arg]);
                            break;
                        case STORE_NAME:
                            ColdOps.storeName(f, names[arg], s[--sp]);
                            s[sp] = null;
                            break;
                        case LOAD_ATTR:
                            s[sp - 1] = AttributeCache.loadAttr(code, pc - 1, s[sp - 1], names[arg]);
                            break;
                        case STORE_ATTR:
                            AttributeCache.storeAttr(code, pc - 1, s[sp - 1], names[arg], s[sp - 2]);
                            s[--sp] = null;
                            s[--sp] = null;
                            break;
                        case LOAD_METHOD: {
                            // super().name(...): the function and self, as for an instance's
                            // method, instead of a bound method made by super's getattro.
                            PyObject owner = s[sp - 1];
                            PyFunction m;
                            if (owner.getClass() == PySuper.class
                                    && (m = ((PySuper) owner).methodFunction(names[arg])) != null) {
                                s[sp - 1] = m;
                                s[sp++] = ((PySuper) owner).self();
                            } else {
                                sp = AttributeCache.loadMethod(code, pc - 1, s, sp, names[arg]);
                            }
                            break;
                        }
                        case BINARY_OP: {
                            PyObject b = s[--sp];
                            s[sp] = null;
                            PyObject a = s[sp - 1];
                            PyObject r = PyLong.wordOp(a, b, arg);
                            if (r == null) {
                                r = PyFloat.wordOp(a, b, arg);
                                if (r == null) {
                                    r = NumberProtocol.binaryOp(a, b, arg);
                                }
                            }
                            s[sp - 1] = r;
                            break;
                        }
                        case COMPARE_OP: {
                            PyObject b = s[--sp];
                            s[sp] = null;
                            PyObject a = s[sp - 1];
                            s[sp - 1] = a.getClass() == PyLong.class && b.getClass() == PyLong.class
                                    ? PyBool.of(CompareOp.of(arg).holds(((PyLong) a).compareTo((PyLong) b)))
                                    : Abstract.richCompare(a, b, CompareOp.of(arg));
                            break;
                        }
                        case IS_OP: {
                            PyObject b = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = PyBool.of((s[sp - 1] == b) ^ (arg == 1));
                            break;
                        }
                        case CONTAINS_OP: {
                            PyObject b = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = PyBool.of(Abstract.contains(b, s[sp - 1]) ^ (arg == 1));
                            break;
                        }
                        case BINARY_SUBSCR: {
                            PyObject k = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = Abstract.getItem(s[sp - 1], k);
                            break;
                        }
                        case STORE_SUBSCR:
                            Abstract.setItem(s[sp - 2], s[sp - 1], s[sp - 3]);
                            sp -= 3;
                            s[sp] = s[sp + 1] = s[sp + 2] = null;
                            break;
                        case JUMP:
                            if (arg < pc && ts.evalBreaker) {
                                ts.handleEvalBreaker(); // backward jump: let other threads run
                            }
                            pc = arg;
                            break;
                        case JUMP_NO_INTERRUPT:
                            pc = arg;
                            break;
                        case POP_JUMP_IF_FALSE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (v == PyBool.FALSE || (v != PyBool.TRUE && !Abstract.isTrue(v))) {
                                if (arg < pc && ts.evalBreaker) {
                                    ts.handleEvalBreaker(); // backward jump (a loop's test)
                                }
                                pc = arg;
                            }
                            break;
                        }
                        case POP_JUMP_IF_TRUE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (v == PyBool.TRUE || (v != PyBool.FALSE && Abstract.isTrue(v))) {
                                if (arg < pc && ts.evalBreaker) {
                                    ts.handleEvalBreaker(); // backward jump (a loop's test)
                                }
                                pc = arg;
                            }
                            break;
                        }
                        case POP_JUMP_IF_NONE:
                            if (s[--sp] == PyNone.NONE) {
                                if (arg < pc && ts.evalBreaker) {
                                    ts.handleEvalBreaker(); // backward jump (a loop's test)
                                }
                                pc = arg;
                            }
                            s[sp] = null;
                            break;
                        case POP_JUMP_IF_NOT_NONE:
                            if (s[--sp] != PyNone.NONE) {
                                if (arg < pc && ts.evalBreaker) {
                                    ts.handleEvalBreaker(); // backward jump (a loop's test)
                                }
                                pc = arg;
                            }
                            s[sp] = null;
                            break;
                        case JUMP_IF_FALSE_OR_POP:
                            if (!Abstract.isTrue(s[sp - 1])) {
                                pc = arg;
                            } else {
                                s[--sp] = null;
                            }
                            break;
                        case JUMP_IF_TRUE_OR_POP:
                            if (Abstract.isTrue(s[sp - 1])) {
                                pc = arg;
                            } else {
                                s[--sp] = null;
                            }
                            break;
                        case GET_ITER:
                            s[sp - 1] = Abstract.getIter(s[sp - 1]);
                            break;
                        case FOR_ITER: {
                            PyObject it = s[sp - 1];
                            PyObject next;
                            if (it instanceof org.taipan.objects.PyRange.RangeIter) {
                                // for i in range(...): no slot dispatch for the commonest loop
                                org.taipan.objects.PyRange.RangeIter r = (org.taipan.objects.PyRange.RangeIter) it;
                                next = r.hasNext() ? PyLong.of(r.nextLong()) : null;
                            } else {
                                next = it instanceof PyGenerator ? PyGenerator.forIterNext(ts, (PyGenerator) it)
                                        : Abstract.next(it);
                            }
                            if (next == null) {
                                if (ts.tracing) {
                                    org.taipan.vm.trace.Tracing.forIterStopped(ts, f, s[sp - 1]);
                                }
                                s[--sp] = null;
                                pc = arg;
                            } else {
                                s[sp++] = next;
                            }
                            break;
                        }
                        case KW_NAMES:
                            kwnames = (PyTuple) consts[arg];
                            break;
                        case CALL: {
                            // (NULL callable args) or (callable self args): one array slice, no copy.
                            int nkw = kwnames == null ? 0 : kwnames.size();
                            int base = sp - arg - 2;
                            PyObject callable;
                            int first;
                            int npos;
                            if (s[base] == null) {
                                callable = s[base + 1];
                                first = base + 2;
                                npos = arg - nkw;
                            } else {
                                callable = s[base];
                                first = base + 1;
                                npos = arg - nkw + 1;
                            }
                            // Hook point for the profiler's c_call/c_return/c_exception events.
                            PyObject r = ts.tracing
                                    ? org.taipan.vm.trace.Tracing.call(ts, f, callable, s, first, npos, kwnames)
                                    : callable instanceof PyFunction
                                    ? FunctionCall.call(ts, (PyFunction) callable, s, first, npos, kwnames)
                                    : callable instanceof org.taipan.objects.PyMethodDescr
                                    ? org.taipan.objects.PyMethodDescr.callUnbound(callable, s, first, npos, kwnames)
                                    : callable instanceof org.taipan.objects.PyBuiltinFunction
                                    ? callBuiltin(ts, callable, s, first, npos, kwnames)
                                    : FunctionCall.callObject(ts, callable, s, first, npos, kwnames);
                            kwnames = null;
                            for (int i = base; i < sp; i++) {
                                s[i] = null;
                            }
                            sp = base;
                            s[sp++] = r;
                            break;
                        }
                        case RETURN_GENERATOR:
                            f.stackTop = sp;
                            return new PyGenerator(f);
                        case YIELD_VALUE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            f.stackTop = sp;
                            f.suspended = true;
                            // Hook point for the 'return' trace event of a yield.
                            if (ts.tracing) {
                                org.taipan.vm.trace.Tracing.returnEvent(ts, f, v);
                            }
                            return v;
                        }
                        case SEND: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            PyObject r = ColdOps.send(s[sp - 1], v);
                            if (r == null) {
                                PyObject receiver = s[sp - 1];
                                s[sp - 1] = ColdOps.takeReturnValue();
                                if (ts.tracing) {
                                    org.taipan.vm.trace.Tracing.sendStopped(ts, f, receiver, v, s[sp - 1]);
                                }
                                pc = arg;
                            } else {
                                s[sp++] = r;
                            }
                            break;
                        }
                        case RETURN_VALUE: {
                            PyObject r = s[--sp];
                            s[sp] = null;
                            // Hook point for the 'return' trace event.
                            if (ts.tracing) {
                                org.taipan.vm.trace.Tracing.returnEvent(ts, f, r);
                            }
                            return r;
                        }
                        case BUILD_TUPLE: {
                            PyObject[] items = new PyObject[arg];
                            sp -= arg;
                            System.arraycopy(s, sp, items, 0, arg);
                            java.util.Arrays.fill(s, sp, sp + arg, null);
                            s[sp++] = arg == 0 ? PyTuple.EMPTY : new PyTuple(items);
                            break;
                        }
                        case BUILD_LIST: {
                            PyObject[] items = new PyObject[arg];
                            sp -= arg;
                            System.arraycopy(s, sp, items, 0, arg);
                            java.util.Arrays.fill(s, sp, sp + arg, null);
                            s[sp++] = new PyList(items, arg);
                            break;
                        }
                        case LIST_APPEND: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            ((PyList) s[sp - arg]).append(v);
                            break;
                        }
                        case UNPACK_SEQUENCE:
                            sp = ColdOps.unpackSequence(s, sp, arg);
                            break;
                        default:
                            sp = ColdOps.execute(ts, f, word, sp);
                            if (f.pendingKwnames != null) {
                                kwnames = f.pendingKwnames;
                                f.pendingKwnames = null;
                            }
                            break;
                    }
                }
            } catch (RuntimeException | OutOfMemoryError ex) {
                // A failed Java allocation is Python's MemoryError, catchable by the program.
                PyException e = ex instanceof PyException ? (PyException) ex
                        : ex instanceof OutOfMemoryError ? PyExc.memoryError()
                        : internalError((RuntimeException) ex);
                // Hook point for the 'exception' trace event.
                if (e.reraised) {
                    e.reraised = false;
                    e.contextLinked = true;
                } else {
                    if (!e.contextLinked) {
                        e.contextLinked = true;
                        Exceptions.chain(ts.handledException, e.value);
                    }
                    Traceback.addFrame(e.value, f);
                    if (ts.tracing) {
                        e = org.taipan.vm.trace.Tracing.exception(ts, f, e);
                    }
                }
                // The handler is looked up for the instruction that raised, not f_lasti: RERAISE
                // restores f_lasti to the original instruction (as CPython's exception_unwind does).
                int handler = findHandler(code, pc - 1);
                if (handler < 0) {
                    if (ts.tracing) {
                        throw org.taipan.vm.trace.Tracing.unwind(ts, f, e);
                    }
                    throw e;
                }
                int[] table = code.data.exceptionTable;
                int depth = table[handler + 3] >>> 1;
                boolean pushLasti = (table[handler + 3] & 1) != 0;
                int newSp = code.nlocalsplus + depth;
                for (int i = newSp; i < sp; i++) {
                    s[i] = null;
                }
                sp = newSp;
                if (pushLasti) {
                    s[sp++] = PyLong.of(f.lasti);
                }
                s[sp++] = e.value;
                pc = table[handler + 2];
                kwnames = null;
            } catch (StackOverflowError e) {
                throw PyExc.raise(PyExc.RecursionError, "maximum recursion depth exceeded");
            }
        }
    }

    /** A Java exception from a Taipan bug, surfaced as SystemError so the program sees a Python error. */
    static PyException internalError(RuntimeException ex) {
        java.io.StringWriter w = new java.io.StringWriter();
        ex.printStackTrace(new java.io.PrintWriter(w));
        if (Boolean.getBoolean("taipan.debug")) {
            System.err.println(w);
        }
        return PyExc.systemError("internal error: " + ex);
    }

    /** The exception-table entry covering instruction {@code index}, as an offset into the table, or -1. */
    static int findHandler(PyCode code, int index) {
        int[] t = code.data.exceptionTable;
        for (int i = 0; i + 3 < t.length; i += 4) {
            if (index >= t[i] && index < t[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    /** {@link ThreadState#frame}, for release stores (see {@link #run}). */
    private static final java.lang.invoke.VarHandle FRAME;
    static {
        try {
            FRAME = java.lang.invoke.MethodHandles.lookup().findVarHandle(ThreadState.class, "frame", PyFrame.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
