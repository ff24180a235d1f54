package org.taipan.vm.trace;

import org.taipan.compile.Opcode;
import org.taipan.modules.SysModule;
import org.taipan.modules.UnraisableHook;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyException;
import org.taipan.objects.PyFunction;
import org.taipan.objects.PyMethod;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.PyFrame;
import org.taipan.vm.PyGenerator;

/**
 * Closes a suspended generator at the point where CPython's reference counting would finalise it
 * ({@code del g}, rebinding {@code g}, the owning frame returning, {@code break} out of
 * {@code for x in gen()}), so that a tracer sees the same 'call', 'exception GeneratorExit' and
 * 'return' events at the same place, and the generator's {@code finally} blocks run there.
 *
 * <p>The JVM has no reference counts, so this is an ownership count kept only for the
 * references the tracing path can see: fast-local slots and {@code for}-loop iterator slots of
 * frames. It runs entirely inside the tracing path (at instruction boundaries, after CALL, at
 * frame exit), so it costs nothing while tracing is off; a generator created while tracing is off
 * is never tracked. A generator is adopted only straight after the CALL of its generator function
 * returned it to Python code that stores it in a local or iterates it. It is given up (never closed
 * early) as soon as a reference may go anywhere the count cannot follow: any use of the local
 * other than storing it in another local, iterating it, {@code next(g)}, or calling its own
 * {@code send}/{@code throw}/{@code close}/{@code __next__}; the frame's locals handed out as a
 * dict ({@code locals()}, {@code frame.f_locals}); the frame left by an exception (its traceback
 * keeps the frame and its locals alive). Missing a close is the old behaviour; closing a generator
 * that is still reachable would be a bug, so every doubt gives the generator up.
 */
public final class GeneratorOwnership {
    private static final int LOAD_FAST = Opcode.LOAD_FAST.ordinal();
    private static final int STORE_FAST = Opcode.STORE_FAST.ordinal();
    private static final int DELETE_FAST = Opcode.DELETE_FAST.ordinal();
    private static final int GET_ITER = Opcode.GET_ITER.ordinal();
    private static final int POP_TOP = Opcode.POP_TOP.ordinal();
    private static final int LOAD_METHOD = Opcode.LOAD_METHOD.ordinal();
    private static final int CALL = Opcode.CALL.ordinal();
    /** Given up for good: a reference went where the count cannot follow. */
    private static final int ESCAPED = -2;

    private GeneratorOwnership() {
    }

    /**
     * After a CALL of {@code callable} from {@code f} returned {@code result} while tracing: a
     * generator just made by that generator function may be adopted at the next instruction.
     */
    static void called(PyFrame f, PyObject callable, PyObject result) {
        if (!(result instanceof PyGenerator)) {
            return;
        }
        PyGenerator g = (PyGenerator) result;
        if (g.getType() != PyGenerator.GENERATOR || g.traceOwners != PyGenerator.UNTRACKED) {
            return;
        }
        PyObject func = callable instanceof PyMethod ? ((PyMethod) callable).func : callable;
        if (func instanceof PyFunction && ((PyFunction) func).code == g.code()) {
            g.adoptFrame = f;
            g.adoptAt = f.lasti;
        }
    }

    private static boolean tracked(PyObject v) {
        return v instanceof PyGenerator && ((PyGenerator) v).traceOwners >= 0;
    }

    /** Before instruction {@code at} of {@code f} runs (after its 'line' and 'opcode' events). */
    static void beforeInstruction(PyFrame f, int at) {
        PyObject[] s = f.localsPlus;
        int sp = f.stackTop();
        int base = f.code.nlocalsplus;
        int word = f.code.code[at];
        int op = word & 0xFF;
        int arg = word >>> 8;
        PyObject tos = sp > base ? s[sp - 1] : null;
        if (tos instanceof PyGenerator && ((PyGenerator) tos).adoptFrame != null) {
            PyGenerator g = (PyGenerator) tos;
            boolean adopt = g.adoptFrame == f && g.adoptAt == at - 1 && (op == STORE_FAST || op == GET_ITER);
            g.adoptFrame = null;
            g.traceOwners = adopt ? 0 : ESCAPED;
        }
        if (op == LOAD_FAST) {
            PyObject v = s[arg];
            if (tracked(v) && !harmlessUse(f, at + 1, sp)) {
                ((PyGenerator) v).traceOwners = ESCAPED;
            }
        } else if (op == STORE_FAST) {
            if (tracked(tos)) {
                ((PyGenerator) tos).traceOwners++;
            }
            release(f, s[arg]);
        } else if (op == DELETE_FAST) {
            release(f, s[arg]);
        } else if (op == GET_ITER) {
            if (tracked(tos)) {
                ((PyGenerator) tos).traceOwners++; // a generator is its own iterator
            }
        } else if (op == POP_TOP && tracked(tos)) {
            // Only a loop's iterator slot was counted ('break', 'return' inside the loop).
            if (topKind(f, at) == StackAnalysis.ITERATOR) {
                release(f, tos);
            }
        }
    }

    /** The kind of value on top of the stack before instruction {@code at}. */
    private static int topKind(PyFrame f, int at) {
        long stack = StackAnalysis.analyse(f.code).stackAt(at);
        return stack < 0 ? 0 : StackAnalysis.top(stack);
    }

    /**
     * Whether the instruction at {@code next}, which follows a LOAD_FAST of a tracked generator,
     * uses it in a way that leaves no reference behind. {@code sp} is the stack top before the load.
     */
    private static boolean harmlessUse(PyFrame f, int next, int sp) {
        int[] code = f.code.code;
        if (next >= code.length) {
            return false;
        }
        int op = code[next] & 0xFF;
        int arg = code[next] >>> 8;
        if (op == STORE_FAST || op == GET_ITER || op == POP_TOP) {
            return true;
        }
        if (op == LOAD_METHOD) {
            String name = f.code.names[arg].value;
            return name.equals("send") || name.equals("throw") || name.equals("close") || name.equals("__next__");
        }
        if (op == CALL && arg == 1 && sp >= f.code.nlocalsplus + 2) {
            // next(g): NULL and the builtin 'next' under the argument.
            PyObject[] s = f.localsPlus;
            return s[sp - 2] == null && s[sp - 1] == f.builtins.getItem(PyUnicode.of("next"));
        }
        return false;
    }

    /** One owning slot of {@code v} goes away; the last one closes a suspended generator. */
    private static void release(PyFrame f, PyObject v) {
        if (!tracked(v)) {
            return;
        }
        PyGenerator g = (PyGenerator) v;
        if (--g.traceOwners > 0) {
            return;
        }
        g.traceOwners = ESCAPED;
        if (f.hasLocalsSnapshot()) {
            return; // a locals() dict may still hold it
        }
        finalise(g);
    }

    /** The frame returned: its locals go away, in slot order (as CPython clears a frame). */
    static void frameReturned(PyFrame f) {
        PyObject[] s = f.localsPlus;
        int n = f.code.nlocalsplus;
        for (int i = 0; i < n; i++) {
            PyObject v = s[i];
            if (tracked(v)) {
                release(f, v);
            }
        }
    }

    /**
     * An exception leaves the frame: its traceback keeps the frame, and so the locals, alive (give
     * them up); the loop iterators on the value stack are dropped.
     */
    static void frameUnwound(PyFrame f) {
        PyObject[] s = f.localsPlus;
        int n = f.code.nlocalsplus;
        for (int i = 0; i < n; i++) {
            if (tracked(s[i])) {
                ((PyGenerator) s[i]).traceOwners = ESCAPED;
            }
        }
        boolean any = false;
        for (int i = n; i < s.length && !any; i++) {
            any = tracked(s[i]);
        }
        long stack = any ? StackAnalysis.analyse(f.code).stackAt(f.lasti) : 0;
        if (stack <= 0) {
            return;
        }
        int depth = StackAnalysis.depth(stack);
        for (int k = depth - 1; k >= 0; k--) {
            int kind = (int) ((stack >>> (3 * (depth - 1 - k))) & 7);
            int slot = n + k;
            if (kind == StackAnalysis.ITERATOR && slot < s.length && tracked(s[slot])) {
                release(f, s[slot]);
            }
        }
    }

    /** CPython's generator finaliser: close(); an error is reported as unraisable. */
    private static void finalise(PyGenerator g) {
        if (g.isFinished()) {
            return;
        }
        try {
            g.close();
        } catch (PyException e) {
            PyObject hook = SysModule.stream("unraisablehook");
            if (hook != PyNone.NONE) {
                try {
                    Abstract.call(hook, UnraisableHook.args(e.value, null, g));
                } catch (PyException ignored) {
                    // The hook itself failed: nothing more can be reported.
                }
            }
        }
    }
}
