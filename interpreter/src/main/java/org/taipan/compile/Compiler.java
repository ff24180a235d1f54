package org.taipan.compile;

import org.taipan.ast.Alias;
import org.taipan.ast.Constant;
import org.taipan.ast.ExprStmt;
import org.taipan.ast.ImportFrom;
import org.taipan.ast.Interactive;
import org.taipan.ast.Mod;
import org.taipan.ast.Module;
import org.taipan.ast.Stmt;

/**
 * Compiles an AST into code: CPython's {@code compile()} after parsing. Future features first,
 * then the AST optimiser ({@link ConstantFolder}), the symbol table ({@link SymbolTable}), and
 * one {@link CodeData} per code block ({@link CodeGenerator}, {@link Assembler}).
 */
public final class Compiler {
    /** {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}: lets a module use await, async for and async with. */
    public static final int PYCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    /** {@code CO_FUTURE_BARRY_AS_BDFL}. */
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;

    private Compiler() {
    }

    /**
     * Compiles a module ("exec"), expression ("eval") or interactive statement ("single").
     * {@code optimize} is {@code -O}'s level (0: asserts and {@code __debug__} kept). Compile-time
     * errors ({@code 'return' outside function}, …) are {@code SyntaxErrorException}s. The AST is
     * rewritten in place by constant folding.
     */
    public static CodeData compile(Mod tree, String filename, String mode, int flags, int optimize) {
        try {
            return compileNow(tree, filename, flags, optimize);
        } catch (StackOverflowError e) {
            // Deep (but legal) nesting: retry on a thread with a large stack, as the parser does.
            return onLargeStack(() -> compileNow(tree, filename, flags, optimize));
        }
    }

    private static CodeData onLargeStack(java.util.function.Supplier<CodeData> task) {
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = task.get();
            } catch (RuntimeException ex) {
                result[0] = ex;
            } catch (StackOverflowError ex) {
                result[0] = new org.taipan.parse.ParseLimitException("RecursionError",
                        "maximum recursion depth exceeded during compilation");
            }
        }, "taipan-compiler", 1L << 30);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException ie) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (result[0] instanceof RuntimeException ex) {
            throw ex;
        }
        return (CodeData) result[0];
    }

    private static CodeData compileNow(Mod tree, String filename, int flags, int optimize) {
        int[] future = futureFeatures(tree, filename);
        int features = future[0] | (flags & (CodeData.CO_FUTURE_ANNOTATIONS | CO_FUTURE_BARRY_AS_BDFL));
        boolean futureAnnotations = (features & CodeData.CO_FUTURE_ANNOTATIONS) != 0;
        ConstantFolder.fold(tree, optimize, futureAnnotations);
        SymbolTable st = SymbolTable.build(tree, filename, futureAnnotations,
                (flags & PYCF_ALLOW_TOP_LEVEL_AWAIT) != 0);
        CodeGenerator gen = new CodeGenerator(st, filename, optimize, features, future[1],
                tree instanceof Interactive, (flags & PYCF_ALLOW_TOP_LEVEL_AWAIT) != 0);
        return gen.compileModule(tree);
    }

    private static int checkFeatures(ImportFrom f, String filename) {
        int features = 0;
        for (Alias a : f.names) {
            switch (a.name) {
                case "nested_scopes": case "generators": case "division": case "absolute_import":
                case "with_statement": case "print_function": case "unicode_literals":
                case "generator_stop":
                    break;
                case "barry_as_FLUFL":
                    features |= CO_FUTURE_BARRY_AS_BDFL;
                    break;
                case "annotations":
                    features |= CodeData.CO_FUTURE_ANNOTATIONS;
                    break;
                case "braces":
                    throw CompileErrors.at("not a chance", filename, f);
                default:
                    throw CompileErrors.at("future feature " + a.name + " is not defined", filename, f);
            }
        }
        return features;
    }

    /**
     * CPython's {@code future.c}: the features named by the {@code from __future__ import}
     * statements at the top of a module, and the line of the last one. Returns {features, line}.
     */
    private static int[] futureFeatures(Mod mod, String filename) {
        int features = 0;
        int lineno = -1;
        java.util.List<Stmt> body;
        if (mod instanceof Module m) {
            body = m.body;
        } else if (mod instanceof Interactive i) {
            body = i.body;
        } else {
            return new int[] {0, -1};
        }
        boolean done = false;
        boolean foundDocstring = false;
        int prevLine = 0;
        for (Stmt s : body) {
            if (done && s.lineno > prevLine) {
                break;
            }
            prevLine = s.lineno;
            if (s instanceof ImportFrom f) {
                if ("__future__".equals(f.module)) {
                    if (done) {
                        throw CompileErrors.at("from __future__ imports must occur at the beginning of the file",
                                filename, s.lineno, s.colOffset, s.endLineno, s.endColOffset);
                    }
                    features |= checkFeatures(f, filename);
                    lineno = s.lineno;
                } else {
                    done = true;
                }
            } else if (s instanceof ExprStmt e && !foundDocstring && s == body.get(0)) {
                if (!(e.value instanceof Constant c
                        && (c.value instanceof String || c.value instanceof org.taipan.ast.CodePointString))) {
                    done = true;
                }
                foundDocstring = true;
            } else {
                done = true;
            }
        }
        return new int[] {features, lineno};
    }
}
