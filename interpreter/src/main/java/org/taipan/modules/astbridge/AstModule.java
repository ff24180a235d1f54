package org.taipan.modules.astbridge;

import org.taipan.ast.Mod;
import org.taipan.compile.Compiler;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.parse.Parser;
import org.taipan.parse.SyntaxErrorException;
import org.taipan.vm.Interpreter;
import org.taipan.vm.SyntaxErrors;

/**
 * {@code _ast}: the bridge between the parser's Java tree and the {@code ast} module's Python
 * node objects. {@code ast.py} defines the node classes and passes them in; this module parses
 * to them and compiles from them. {@code compile()} comes here for {@code PyCF_ONLY_AST} and for
 * AST arguments ({@link #compileBuiltin}).
 */
public final class AstModule {
    public static final int PYCF_ONLY_AST = 0x400;
    public static final int PYCF_TYPE_COMMENTS = 0x1000;
    public static final int PYCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    private AstModule() {
    }

    private static PyDict classes() {
        PyObject ast = Interpreter.importModule("ast", null, new PyTuple(PyUnicode.of("_classes")), 0);
        return (PyDict) Abstract.getAttr(ast, "_classes");
    }

    static Mod parseJava(PyObject source, String filename, String mode) {
        return parseJava(source, filename, mode, false);
    }

    /** Parses source text or bytes; {@code typeComments} keeps {@code # type:} comments. */
    static Mod parseJava(PyObject source, String filename, String mode, boolean typeComments) {
        try {
            if (source instanceof PyBytes b) {
                if (mode.equals("exec")) {
                    return Parser.parseFile(b.value, filename, typeComments);
                }
                return Parser.parse(new String(b.value, java.nio.charset.StandardCharsets.UTF_8), filename, mode,
                        typeComments);
            }
            if (!(source instanceof PyUnicode s)) {
                throw PyExc.typeError("compile() arg 1 must be a string, bytes or AST object");
            }
            return Parser.parse(s.value, filename, mode, typeComments);
        } catch (SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
    }

    static PyObject parse(PyObject source, String filename, String mode, boolean typeComments) {
        return new AstToPython(classes()).convert(parseJava(source, filename, mode, typeComments));
    }

    /** Compiles a tree of Python AST nodes. */
    static PyCode compileTree(PyObject tree, String filename, String mode, int flags, int optimize) {
        String expected = switch (mode) {
            case "exec" -> "Module";
            case "eval" -> "Expression";
            case "single" -> "Interactive";
            case "func_type" -> "FunctionType";
            default -> throw PyExc.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        };
        String actual = tree.getType().getName();
        if (!isSubclassNamed(tree, expected)) {
            throw PyExc.typeError("expected " + expected + " node, got " + actual);
        }
        Mod mod = (Mod) new AstFromPython().node(tree, Mod.class, "mod");
        try {
            return new PyCode(Compiler.compile(mod, filename, mode, flags, optimize));
        } catch (SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
    }

    private static boolean isSubclassNamed(PyObject obj, String name) {
        for (org.taipan.objects.PyType t : obj.getType().mro) {
            if (t.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAst(PyObject o) {
        for (org.taipan.objects.PyType t : o.getType().mro) {
            if (t.getName().equals("AST") && t.getDict().getStr("__module__") instanceof PyUnicode m
                    && m.value.equals("ast")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The part of {@code compile(source, filename, mode, flags, dont_inherit, optimize)} that
     * involves ASTs: answers the AST (PyCF_ONLY_AST) or the code compiled from an AST argument,
     * or null when the call is an ordinary source compile.
     */
    public static PyObject compileBuiltin(PyObject source, String filename, String mode, PyObject flagsArg,
            PyObject optimizeArg) {
        int flags = flagsArg == null ? 0 : Abstract.index(flagsArg).intValue();
        int optimize = optimizeArg == null ? -1 : Abstract.index(optimizeArg).intValue();
        boolean tree = isAst(source);
        if (!tree && !(source instanceof PyUnicode) && !(source instanceof PyBytes)
                && !(source instanceof org.taipan.objects.PyByteArray)) {
            throw PyExc.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        if ((flags & PYCF_ONLY_AST) != 0) {
            return tree ? source : parse(source, filename, mode, (flags & PYCF_TYPE_COMMENTS) != 0);
        }
        if (!tree) {
            return null;
        }
        return compileTree(source, filename, mode, 0, Math.max(optimize, 0));
    }

    public static PyModule create(org.taipan.vm.InterpreterState interp) {
        PyModule m = new PyModule("_ast");
        m.add("PyCF_ONLY_AST", PyLong.of(PYCF_ONLY_AST));
        m.add("PyCF_TYPE_COMMENTS", PyLong.of(PYCF_TYPE_COMMENTS));
        m.add("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyLong.of(PYCF_ALLOW_TOP_LEVEL_AWAIT));
        m.addFunction("_parse", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("_parse",
                    new String[] {"source", "filename", "mode", "classes", "type_comments"}, 4, 5, a, off, n, kw);
            boolean typeComments = p[4] != null && Abstract.isTrue(p[4]);
            Mod mod = parseJava(p[0], Abstract.str(p[1]).value, Abstract.str(p[2]).value, typeComments);
            return new AstToPython((PyDict) p[3]).convert(mod);
        });
        m.addFunction("_compile", (self, a, off, n, kw) -> {
            PyObject[] p = ArgParser.bind("_compile", new String[] {"tree", "filename", "mode", "optimize"}, 4, 4,
                    a, off, n, kw);
            return compileTree(p[0], Abstract.str(p[1]).value, Abstract.str(p[2]).value, 0,
                    Math.max(Abstract.index(p[3]).intValue(), 0));
        });
        return m;
    }
}
