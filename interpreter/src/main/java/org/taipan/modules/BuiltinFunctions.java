package org.taipan.modules;

import java.util.ArrayList;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.CompareOp;
import org.taipan.objects.FormatSpec;
import org.taipan.objects.NumberProtocol;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.Interpreter;
import org.taipan.vm.PyFrame;
import org.taipan.vm.ThreadState;

/** The built-in functions beyond the one-liners in {@link BuiltinsModule}. */
final class BuiltinFunctions {
    /** BINARY_OP's argument for {@code +}. */
    private static final int SUM_ADD = org.taipan.compile.BinaryOp.ADD.ordinal();

    private BuiltinFunctions() {
    }

    static void register(PyModule m) {
        m.addFunction("__build_class__", (self, a, off, n, kw) -> Interpreter.buildClass(a, off, n, kw));
        m.addFunction("__import__", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("__import__", new String[] {"name", "globals", "locals", "fromlist", "level"},
                    0, 1, a, off, n, kw);
            if (!(p[0] instanceof PyUnicode)) {
                throw PyExc.typeError("__import__() argument 1 must be str, not " + p[0].getType().getName());
            }
            PyObject g = p[1] == null || p[1] == PyNone.NONE ? null : p[1];
            int level = p[4] == null ? 0 : Abstract.asIndex(p[4]);
            return Interpreter.importModule(((PyUnicode) p[0]).value, (PyDict) g,
                    p[3] == null ? PyNone.NONE : p[3], level);
        });
        // exit and quit come from the site module (lib/site.py), as in CPython.
        m.addFunction("aiter", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("aiter", kw);
            ArgParser.checkCount("aiter", n, 1, 1);
            return org.taipan.vm.AsyncIteration.aiter(a[off]);
        });
        m.addFunction("anext", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("anext", kw);
            ArgParser.checkCount("anext", n, 1, 2);
            return org.taipan.vm.AsyncIteration.anext(a[off], n > 1 ? a[off + 1] : null);
        });
        m.addFunction("breakpoint", (self, a, off, n, kw) -> {
            PyObject hook = ThreadState.current().interp.sys.getDict().getStr("breakpointhook");
            if (hook == null) {
                throw PyExc.runtimeError("lost sys.breakpointhook");
            }
            return Abstract.call(hook, a, off, n, kw);
        });
        m.addFunction("sorted", (self, a, off, n, kw) -> {
            if (n != 1) {
                throw PyExc.typeError(n == 0 ? "sorted expected 1 argument, got 0"
                        : "sorted expected 1 argument, got " + n);
            }
            PyList l = new PyList();
            l.extend(a[off]);
            PyObject sort = Abstract.getAttr(l, "sort");
            Abstract.call(sort, a, off + n, 0, kw);
            return l;
        });
        m.addFunction("min", (self, a, off, n, kw) -> minMax(a, off, n, kw, "min", CompareOp.LT));
        m.addFunction("max", (self, a, off, n, kw) -> minMax(a, off, n, kw, "max", CompareOp.GT));
        m.addFunction("sum", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("sum", new String[] {"iterable", "start"}, 1, 1, a, off, n, kw);
            PyObject acc = p[1] == null ? PyLong.of(0) : p[1];
            if (acc instanceof PyUnicode) {
                throw PyExc.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            }
            if (acc.getType().getName().equals("bytes")) {
                throw PyExc.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
            }
            PyObject it = Abstract.getIter(p[0]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                // Exact ints in a machine word and floats add inline (the same results as the
                // general path, as CPython's own int and float loops in sum give).
                PyObject r = PyLong.wordOp(acc, x, SUM_ADD);
                if (r == null) {
                    r = PyFloat.wordOp(acc, x, SUM_ADD);
                }
                acc = r != null ? r : NumberProtocol.add(acc, x);
            }
            return acc;
        });
        m.addFunction("any", (self, a, off, n, kw) -> {
            one("any", n, kw);
            PyObject it = Abstract.getIter(a[off]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (Abstract.isTrue(x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        m.addFunction("all", (self, a, off, n, kw) -> {
            one("all", n, kw);
            PyObject it = Abstract.getIter(a[off]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (!Abstract.isTrue(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        m.addFunction("chr", (self, a, off, n, kw) -> {
            one("chr", n, kw);
            if (!(a[off] instanceof PyLong) && a[off].getType().index == null) {
                throw PyExc.typeError("'" + a[off].getType().getName() + "' object cannot be interpreted as an integer");
            }
            PyLong v = Abstract.index(a[off]);
            if (!v.fitsInt()) {
                throw PyExc.overflowError("Python int too large to convert to C int");
            }
            int cp = v.intValue();
            if (cp < 0 || cp > 0x10FFFF) {
                throw PyExc.valueError("chr() arg not in range(0x110000)");
            }
            return PyUnicode.ofCodePoint(cp);
        });
        m.addFunction("ord", (self, a, off, n, kw) -> {
            one("ord", n, kw);
            PyObject c = a[off];
            if (c instanceof PyUnicode) {
                PyUnicode u = (PyUnicode) c;
                if (u.length() != 1) {
                    throw PyExc.typeError("ord() expected a character, but string of length " + u.length() + " found");
                }
                return PyLong.of(u.codePointAt(0));
            }
            // bytes and bytearray (and their subclasses) give their single byte, like CPython.
            if (c instanceof org.taipan.objects.PyBytes || c instanceof org.taipan.objects.PyByteArray) {
                byte[] b = c instanceof org.taipan.objects.PyBytes
                        ? ((org.taipan.objects.PyBytes) c).value : ((org.taipan.objects.PyByteArray) c).toBytes();
                if (b.length != 1) {
                    throw PyExc.typeError("ord() expected a character, but string of length " + b.length + " found");
                }
                return PyLong.of(b[0] & 0xFF);
            }
            throw PyExc.typeError("ord() expected string of length 1, but " + c.getType().getName() + " found");
        });
        m.addFunction("divmod", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("divmod", kw);
            ArgParser.checkCount("divmod", n, 2, 2);
            return divmod(a[off], a[off + 1]);
        });
        m.addFunction("round", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("round", new String[] {"number", "ndigits"}, 0, 1, a, off, n, kw);
            PyObject r = Abstract.lookupSpecial(p[0], "__round__");
            if (r == null) {
                throw PyExc.typeError("type " + p[0].getType().getName() + " doesn't define __round__ method");
            }
            return p[1] == null || p[1] == PyNone.NONE ? Abstract.call(r) : Abstract.call(r, p[1]);
        });
        m.addFunction("pow", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("pow", new String[] {"base", "exp", "mod"}, 0, 2, a, off, n, kw);
            return NumberProtocol.power(p[0], p[1], p[2]);
        });
        m.addFunction("format", (self, a, off, n, kw) -> {
            ArgParser.checkCount("format", n, 1, 2);
            PyObject spec = n > 1 ? a[off + 1] : PyUnicode.EMPTY;
            if (!(spec instanceof PyUnicode)) {
                throw PyExc.typeError("format() argument 2 must be str, not " + spec.getType().getName());
            }
            return Abstract.format(a[off], (PyUnicode) spec);
        });
        m.addFunction("bin", (self, a, off, n, kw) -> {
            one("bin", n, kw);
            return PyUnicode.of(FormatSpec.formatInt(Abstract.index(a[off]), "#b"));
        });
        m.addFunction("oct", (self, a, off, n, kw) -> {
            one("oct", n, kw);
            return PyUnicode.of(FormatSpec.formatInt(Abstract.index(a[off]), "#o"));
        });
        m.addFunction("hex", (self, a, off, n, kw) -> {
            one("hex", n, kw);
            return PyUnicode.of(FormatSpec.formatInt(Abstract.index(a[off]), "#x"));
        });
        m.addFunction("globals", (self, a, off, n, kw) -> {
            noArgs("globals", n, kw);
            return ThreadState.current().frame.globals;
        });
        m.addFunction("locals", (self, a, off, n, kw) -> {
            noArgs("locals", n, kw);
            return ThreadState.current().frame.localsMapping();
        });
        m.addFunction("vars", (self, a, off, n, kw) -> {
            ArgParser.checkCount("vars", n, 0, 1);
            if (n == 0) {
                return ThreadState.current().frame.localsMapping();
            }
            PyObject d = Abstract.getAttrOrNull(a[off], "__dict__");
            if (d == null) {
                throw PyExc.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        m.addFunction("dir", (self, a, off, n, kw) -> {
            ArgParser.checkCount("dir", n, 0, 1);
            PyList l = new PyList();
            if (n == 0) {
                l.extend(ThreadState.current().frame.localsMapping());
            } else {
                PyObject d = Abstract.lookupSpecial(a[off], "__dir__");
                if (d == null) {
                    throw PyExc.typeError("object does not provide __dir__");
                }
                l.extend(Abstract.call(d));
            }
            Abstract.callMethod(l, "sort");
            return l;
        });
        m.addFunction("exec", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("exec", new String[] {"source", "globals", "locals", "closure"}, 3, 1, a, off, n, kw);
            run(p, "exec");
            return PyNone.NONE;
        });
        m.addFunction("eval", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("eval", new String[] {"source", "globals", "locals"}, 3, 1, a, off, n, kw);
            return run(p, "eval");
        });
        m.addFunction("compile", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("compile", new String[] {"source", "filename", "mode", "flags",
                "dont_inherit", "optimize", "_feature_version"}, 0, 3, a, off, n, kw);
            String mode = ((PyUnicode) p[2]).value;
            if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
                throw PyExc.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            }
            PyObject viaAst = org.taipan.modules.astbridge.AstModule.compileBuiltin(p[0],
                    Abstract.str(p[1]).value, mode, p[3], p[5]);
            if (viaAst != null) {
                return viaAst;
            }
            String source = sourceText(p[0], "compile");
            if (AuditHooks.active()) {
                AuditHooks.raise("compile", new org.taipan.objects.PyBytes(
                        source.getBytes(java.nio.charset.StandardCharsets.UTF_8)), p[1]);
            }
            return Interpreter.compile(source, Abstract.str(p[1]).value, mode);
        });
        m.addFunction("input", (self, a, off, n, kw) -> {
            ArgParser.checkCount("input", n, 0, 1);
            AuditHooks.raise("builtins.input", n == 1 ? a[off] : PyNone.NONE);
            PyObject out = SysModule.stream("stdout");
            if (n == 1) {
                StdStream.writeTo(out, Abstract.str(a[off]).value);
            }
            Abstract.callMethod(out, "flush");
            PyObject in = SysModule.stream("stdin");
            PyObject line = Abstract.callMethod(in, "readline");
            String l = Abstract.str(line).value;
            if (l.isEmpty()) {
                throw PyExc.raise(PyExc.EOFError, "EOF when reading a line");
            }
            // CPython raises builtins.input/result only when it reads through readline (a
            // terminal); input() here always reads sys.stdin as its non-terminal path does.
            return PyUnicode.of(l.endsWith("\n") ? l.substring(0, l.length() - 1) : l);
        });
    }

    private static String sourceText(PyObject src, String fname) {
        if (src instanceof PyUnicode) {
            return ((PyUnicode) src).value;
        }
        if (src instanceof org.taipan.objects.PyBytes) {
            return new String(((org.taipan.objects.PyBytes) src).value, java.nio.charset.StandardCharsets.UTF_8);
        }
        throw PyExc.typeError(fname + "() arg 1 must be a string, bytes or code object");
    }

    private static PyObject run(PyObject[] p, String mode) {
        PyFrame caller = ThreadState.current().frame;
        PyObject globals = p[1] == null || p[1] == PyNone.NONE ? null : p[1];
        PyObject locals = p[2] == null || p[2] == PyNone.NONE ? null : p[2];
        if (globals != null && !(globals instanceof PyDict)) {
            throw PyExc.typeError(mode.equals("eval") ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "exec() globals must be a dict, not " + globals.getType().getName());
        }
        if (globals == null) {
            globals = caller.globals;
            if (locals == null) {
                locals = caller.locals != null ? caller.locals : caller.localsMapping();
            }
        } else if (locals == null) {
            locals = globals;
        }
        PyCode code;
        if (p[0] instanceof PyCode) {
            code = (PyCode) p[0];
        } else {
            String text = sourceText(p[0], mode);
            if (mode.equals("eval")) {
                text = text.stripLeading();
            }
            if (AuditHooks.active()) {
                AuditHooks.raise("compile", new org.taipan.objects.PyBytes(
                        text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), PyUnicode.of("<string>"));
            }
            code = Interpreter.compile(text, "<string>", mode);
        }
        AuditHooks.raise("exec", code);
        return Interpreter.exec(code, (PyDict) globals, locals);
    }

    static PyObject divmod(PyObject x, PyObject y) {
        if (x instanceof PyLong && y instanceof PyLong) {
            return new PyTuple(NumberProtocol.binaryOp(x, y, org.taipan.compile.BinaryOp.FLOOR_DIVIDE),
                    NumberProtocol.binaryOp(x, y, org.taipan.compile.BinaryOp.REMAINDER));
        }
        if ((x instanceof PyFloat || x instanceof PyLong) && (y instanceof PyFloat || y instanceof PyLong)) {
            double b = NumberProtocol.asDouble(y);
            if (b == 0.0) {
                throw PyExc.zeroDivision("float divmod()");
            }
            return new PyTuple(NumberProtocol.binaryOp(x, y, org.taipan.compile.BinaryOp.FLOOR_DIVIDE),
                    NumberProtocol.binaryOp(x, y, org.taipan.compile.BinaryOp.REMAINDER));
        }
        PyObject f = Abstract.lookupSpecial(x, "__divmod__");
        if (f != null) {
            PyObject r = Abstract.call(f, y);
            if (r != org.taipan.objects.PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject g = Abstract.lookupSpecial(y, "__rdivmod__");
        if (g != null) {
            PyObject r = Abstract.call(g, x);
            if (r != org.taipan.objects.PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw PyExc.typeError("unsupported operand type(s) for divmod(): '" + x.getType().getName() + "' and '"
                + y.getType().getName() + "'");
    }

    private static PyObject minMax(PyObject[] a, int off, int n, PyTuple kw, String name, CompareOp op) {
        PyObject key = null;
        PyObject dflt = null;
        for (int i = 0; kw != null && i < kw.size(); i++) {
            String k = ((PyUnicode) kw.get(i)).value;
            if (k.equals("key")) {
                key = a[off + n + i];
            } else if (k.equals("default")) {
                dflt = a[off + n + i];
            } else {
                throw PyExc.typeError("'" + k + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (key == PyNone.NONE) {
            key = null;
        }
        List<PyObject> items = new ArrayList<>();
        if (n == 0) {
            throw PyExc.typeError(name + " expected at least 1 argument, got 0");
        }
        if (n == 1) {
            PyObject it = Abstract.getIter(a[off]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                items.add(x);
            }
            if (items.isEmpty()) {
                if (dflt != null) {
                    return dflt;
                }
                throw PyExc.valueError(name + "() arg is an empty sequence");
            }
        } else {
            if (dflt != null) {
                throw PyExc.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            for (int i = 0; i < n; i++) {
                items.add(a[off + i]);
            }
        }
        PyObject best = items.get(0);
        PyObject bestKey = key == null ? best : Abstract.call(key, best);
        for (int i = 1; i < items.size(); i++) {
            PyObject x = items.get(i);
            PyObject k = key == null ? x : Abstract.call(key, x);
            if (Abstract.richCompareBool(k, bestKey, op)) {
                best = x;
                bestKey = k;
            }
        }
        return best;
    }

    private static void one(String name, int n, PyTuple kw) {
        ArgParser.noKeywords(name, kw);
        if (n != 1) {
            throw PyExc.typeError(name + "() takes exactly one argument (" + n + " given)");
        }
    }

    private static void noArgs(String name, int n, PyTuple kw) {
        ArgParser.noKeywords(name, kw);
        if (n != 0) {
            throw PyExc.typeError(name + "() takes no arguments (" + n + " given)");
        }
    }
}
