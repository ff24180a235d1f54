package org.taipan.vm;

import org.taipan.ast.Mod;
import org.taipan.compile.CodeData;
import org.taipan.compile.Compiler;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyCell;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFunction;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySuper;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;
import org.taipan.objects.TypeCreation;
import org.taipan.parse.Parser;

/**
 * Running code: a code object in a namespace ({@code exec}), compiling source
 * ({@code compile}), class bodies ({@code __build_class__}) and the VM side of zero-argument
 * {@code super()}.
 */
public final class Interpreter {
    private Interpreter() {
    }

    static {
        PySuper.zeroArgResolver = Interpreter::superArgs;
        org.taipan.objects.RecursionGuard.hook = new org.taipan.objects.RecursionGuard.Hook() {
            @Override
            public void enter(String where) {
                Eval.enterRecursiveCall(ThreadState.current(), where);
            }

            @Override
            public void leave() {
                ThreadState.current().recursionDepth--;
            }
        };
    }

    /** Makes sure the VM's hooks into the object model are installed. */
    public static void ensureInitialized() {
        if (InterpreterState.main().gil.isFinalizing()) {
            // a finalized interpreter stays finalized (its threads were told to end): start anew,
            // as Py_Initialize after Py_Finalize does
            InterpreterState.createMain();
        }
    }

    /** The builtins dict a frame with these globals uses ({@code globals['__builtins__']}). */
    public static PyDict builtinsFor(PyDict globals) {
        PyObject b = globals.getStr("__builtins__");
        if (b instanceof PyModule) {
            return b.getDict();
        }
        if (b instanceof PyDict) {
            return (PyDict) b;
        }
        PyDict d = InterpreterState.main().builtins.getDict();
        globals.setStr("__builtins__", InterpreterState.main().builtins);
        return d;
    }

    /** {@code exec(code, globals, locals)}: runs a module-level code object. */
    public static PyObject exec(PyCode code, PyDict globals, PyObject locals) {
        PyDict builtins = builtinsFor(globals);
        PyFrame f = new PyFrame(code, null, globals, builtins, locals);
        return Eval.run(ThreadState.current(), f);
    }

    /** {@code compile(source, filename, mode)} to a code object; SyntaxErrors raised as Python exceptions. */
    public static PyCode compile(String source, String filename, String mode) {
        Mod tree;
        try {
            tree = Parser.parse(source, filename, mode);
        } catch (org.taipan.parse.SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
        CodeData d;
        try {
            d = Compiler.compile(tree, filename, mode, 0, 0);
        } catch (org.taipan.parse.SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
        return new PyCode(d);
    }

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    public static PyObject importModule(String name, PyDict globals, PyObject fromlist, int level) {
        return Import.importModule(ThreadState.current().interp, name,
                globals == null ? new PyDict() : globals, fromlist, level);
    }

    /** Compiles a source file's bytes (PEP 263 decoding) to a module code object. */
    public static PyCode compileFile(byte[] source, String filename) {
        try {
            Mod tree = Parser.parseFile(source, filename);
            return new PyCode(Compiler.compile(tree, filename, "exec", 0, 0));
        } catch (org.taipan.parse.SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
    }

    /** {@code __build_class__(func, name, *bases, metaclass=…, **kwds)}. */
    public static PyObject buildClass(PyObject[] a, int off, int n, PyTuple kw) {
        if (n < 2) {
            throw PyExc.typeError("__build_class__: not enough arguments");
        }
        if (!(a[off] instanceof PyFunction)) {
            throw PyExc.typeError("__build_class__: func must be a function");
        }
        if (!(a[off + 1] instanceof PyUnicode)) {
            throw PyExc.typeError("__build_class__: name is not a string");
        }
        PyFunction body = (PyFunction) a[off];
        PyObject name = a[off + 1];
        PyObject[] origBases = new PyObject[n - 2];
        System.arraycopy(a, off + 2, origBases, 0, n - 2);
        PyTuple bases = resolveMroEntries(origBases);
        PyObject meta = null;
        PyDict kwds = new PyDict();
        for (int i = 0; kw != null && i < kw.size(); i++) {
            PyObject k = kw.get(i);
            if (((PyUnicode) k).value.equals("metaclass")) {
                meta = a[off + n + i];
            } else {
                kwds.setItem(k, a[off + n + i]);
            }
        }
        boolean isClass;
        if (meta == null) {
            meta = bases.size() == 0 ? PyType.TYPE : bases.get(0).getType();
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            meta = TypeCreation.calculateMetaclass((PyType) meta, bases);
        }
        PyObject ns;
        PyObject prepare = Abstract.getAttrOrNull(meta, "__prepare__");
        if (prepare == null) {
            ns = new PyDict();
        } else {
            ns = Abstract.callArgs(prepare, new PyTuple(name, bases), kwds);
        }
        if (!(ns instanceof PyDict) && ns.getType().getitem == null) {
            throw PyExc.typeError((isClass ? ((PyType) meta).getName() : "<metaclass>")
                    + ".__prepare__() must return a mapping, not " + ns.getType().getName());
        }
        PyFrame f = new PyFrame(body.code, body, body.globals, body.builtins, ns);
        if (body.closure != null) {
            System.arraycopy(body.closure, 0, f.localsPlus, body.code.nlocalsplus - body.closure.length, body.closure.length);
        }
        PyObject cell = Eval.run(ThreadState.current(), f);
        if (bases != null && origBases.length > 0 && !sameBases(bases, origBases)) {
            Abstract.setItem(ns, PyUnicode.of("__orig_bases__"), new PyTuple(origBases));
        }
        PyObject cls = Abstract.callArgs(meta, new PyTuple(name, bases, ns), kwds);
        if (cls instanceof PyType && cell instanceof PyCell) {
            PyObject inCell = ((PyCell) cell).ref;
            if (inCell != cls) {
                if (inCell == null) {
                    throw PyExc.runtimeError("__class__ not set defining " + Abstract.repr(name).value + " as "
                            + Abstract.repr(cls).value + ". Was __classcell__ propagated to type.__new__?");
                }
                throw PyExc.typeError("__class__ set to " + Abstract.repr(inCell).value + " defining "
                        + Abstract.repr(name).value + " as " + Abstract.repr(cls).value);
            }
        }
        return cls;
    }

    private static boolean sameBases(PyTuple bases, PyObject[] orig) {
        if (bases.size() != orig.length) {
            return false;
        }
        for (int i = 0; i < orig.length; i++) {
            if (bases.get(i) != orig[i]) {
                return false;
            }
        }
        return true;
    }

    private static PyTuple resolveMroEntries(PyObject[] bases) {
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        for (PyObject b : bases) {
            if (b instanceof PyType) {
                out.add(b);
                continue;
            }
            PyObject me = Abstract.getAttrOrNull(b, "__mro_entries__");
            if (me == null) {
                out.add(b);
                continue;
            }
            PyObject r = Abstract.call(me, new PyTuple(bases));
            if (!(r instanceof PyTuple)) {
                throw PyExc.typeError("__mro_entries__ must return a tuple");
            }
            for (PyObject x : ((PyTuple) r).items()) {
                out.add(x);
            }
        }
        return PyTuple.of(out);
    }

    /** {@code super()} without arguments: {@code __class__} from the cell, self from the first local. */
    private static PyObject[] superArgs() {
        PyFrame f = ThreadState.current().frame;
        if (f == null) {
            throw PyExc.runtimeError("super(): no current frame");
        }
        PyCode code = f.code;
        if (code.data.argCount == 0 && (code.data.flags & CodeData.CO_VARARGS) == 0) {
            throw PyExc.runtimeError("super(): no arguments");
        }
        PyObject first = f.localsPlus[0];
        if (first instanceof PyCell && (code.data.localsPlusKinds[0] & CodeData.KIND_CELL) != 0) {
            first = ((PyCell) first).ref;
        }
        if (first == null) {
            throw PyExc.runtimeError("super(): arg[0] deleted");
        }
        for (int i = 0; i < code.nlocalsplus; i++) {
            if ((code.data.localsPlusKinds[i] & CodeData.KIND_FREE) != 0
                    && code.localsPlusNames[i].value.equals("__class__")) {
                PyObject cell = f.localsPlus[i];
                if (!(cell instanceof PyCell)) {
                    throw PyExc.runtimeError("super(): bad __class__ cell");
                }
                PyObject cls = ((PyCell) cell).ref;
                if (cls == null) {
                    throw PyExc.runtimeError("super(): empty __class__ cell");
                }
                if (!(cls instanceof PyType)) {
                    throw PyExc.runtimeError("super(): __class__ is not a type (" + cls.getType().getName() + ")");
                }
                return new PyObject[] {cls, first};
            }
        }
        throw PyExc.runtimeError("super(): __class__ cell not found");
    }
}
